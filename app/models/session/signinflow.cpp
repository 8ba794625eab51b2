#include "models/session/signinflow.h"

#include "core/pendingcall.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "models/errorcatalog.h"
#include "persistence/sessionstore.h"
#include "persistence/settings.h"

#include <memory>
#include <utility>

SignInFlow::SignInFlow(UserService *users, SessionStore *sessions, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_sessions(sessions)
    , m_settings(settings)
{ }

void SignInFlow::setDemoServer(const DemoServer &demo)
{
    m_demo = demo;
}

Config SignInFlow::configFor(const ServerChoice &choice) const
{
    ServerChoice reached = choice;
    if (reached.kind == Settings::ServerKind::LocalDemo && m_demo.baseUrl.isValid()) {
        reached.appId = m_demo.appId;
        reached.apiKey = m_demo.apiKey;
    }
    return reached.toConfig(m_demo.baseUrl);
}

void SignInFlow::restore()
{
    const QString identity = m_settings->lastIdentity();
    const Config config = configFor(ServerChoice::fromSettings(*m_settings));
    if (!m_settings->staySignedIn() || identity.isEmpty() || !m_sessions->isAvailable() || !config.isValid()) {
        Q_EMIT restoreFailed(QString());
        return;
    }
    const QString key = SessionStore::keyFor(config, identity);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_sessions, &SessionStore::loaded, this,
                          [this, key, config, identity, connection](const QString &loadedKey, const QString &secret,
                                                                    const QString &errorString) {
                              if (loadedKey != key)
                                  return;
                              disconnect(*connection);
                              User user;
                              QString token;
                              if (!errorString.isEmpty() || !SessionStore::unpackSession(secret, &user, &token)) {
                                  Q_EMIT restoreFailed(QString());
                                  return;
                              }
                              m_users->client()->setConfig(config);
                              m_users->restoreSession(user, token);
                              // The keychain holds only who the token belongs to. The profile itself (and its `updated`
                              // stamp, which the save's conflict check compares) comes from the server; reading it also
                              // tells whether the session is still valid.
                              UserCall *reload = m_users->reloadCurrentUser();
                              connect(reload, &PendingCall::finished, this, [this, reload, config, identity] {
                                  const Error error = reload->error();
                                  if (error.isError()) {
                                      m_users->clearSession();
                                      Q_EMIT restoreFailed(error.endsSession() ? ErrorCatalog::sessionEnded()
                                                                               : ErrorCatalog::text(error));
                                      return;
                                  }
                                  m_config = config;
                                  m_identity = identity;
                                  Q_EMIT signedIn();
                              });
                          });
    m_sessions->load(key);
}

void SignInFlow::signIn(const Request &request)
{
    if (m_loginCall)
        return;
    if (request.server) {
        const Config config = configFor(*request.server);
        if (!config.isValid()) {
            Q_EMIT signInFailed(Error::local(config.errorString()));
            return;
        }
        m_users->client()->setConfig(config);
    }
    UserCall *call = m_users->login(request.identity, request.password);
    m_loginCall = call;
    SignInFlow::Request kept = request;
    kept.password.clear(); // the password goes to the server and nowhere else
    connect(call, &PendingCall::finished, this, [this, call, kept] {
        m_loginCall.clear();
        if (call->error().isError())
            Q_EMIT signInFailed(call->error());
        else
            finishSignIn(kept);
    });
}

void SignInFlow::finishSignIn(const Request &request)
{
    m_config = m_users->client()->config();
    if (request.server)
        request.server->save(*m_settings);
    if (request.renewing) {
        keepSessionIfWanted();
        Q_EMIT renewed();
        return;
    }
    m_identity = request.identity;
    m_settings->setLastIdentity(request.identity);
    m_settings->setStaySignedIn(request.staySignedIn);
    m_settings->sync();
    if (request.staySignedIn)
        keepSession();
    else
        m_sessions->remove(SessionStore::keyFor(m_config, m_identity));
    Q_EMIT signedIn();
}

void SignInFlow::cancel()
{
    if (m_loginCall)
        m_loginCall->cancel();
}

void SignInFlow::requestPasswordReset(const QString &identity, const std::optional<ServerChoice> &server)
{
    if (m_resetCall)
        return;
    if (server) {
        const Config config = configFor(*server);
        if (!config.isValid()) {
            // Answered like any other failure: the view waiting for it must hear why, not nothing.
            Q_EMIT passwordResetFinished(Error::local(config.errorString()));
            return;
        }
        m_users->client()->setConfig(config);
    }
    PendingCall *call = m_users->restorePassword(identity);
    m_resetCall = call;
    connect(call, &PendingCall::finished, this, [this, call] { Q_EMIT passwordResetFinished(call->error()); });
}

void SignInFlow::probeIdentityProperty(const ServerChoice &server)
{
    const Config config = configFor(server);
    if (m_probeCall || !config.isValid())
        return;
    // A client of its own, gone with the answer: the one signed in with is not touched.
    auto *client = new RestClient(config, m_users->client()->networkAccessManager(), this);
    auto *probe = new UserService(client, client);
    SchemaCall *call = probe->describeUserClass();
    m_probeCall = call;
    connect(call, &PendingCall::finished, this, [this, call, client] {
        client->deleteLater();
        if (!call->error().isError() && !call->result().isEmpty())
            Q_EMIT identityPropertyFound(call->result().identityProperty());
    });
}

void SignInFlow::keepSessionIfWanted()
{
    if (m_settings->staySignedIn())
        keepSession();
}

void SignInFlow::keepSession()
{
    // Without a keychain the session cannot be kept anywhere safe: say so rather than fail silently.
    auto cannotKeep = [this](const QString &why) {
        m_settings->setStaySignedIn(false);
        m_notice = why;
        Q_EMIT sessionNotKept(why);
    };
    if (!m_sessions->isAvailable()) {
        cannotKeep(m_sessions->unavailableReason());
        return;
    }
    const QString key = SessionStore::keyFor(m_config, m_identity);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        m_sessions, &SessionStore::stored, this,
        [this, key, connection, cannotKeep](const QString &storedKey, const QString &errorString) {
            if (storedKey != key)
                return;
            disconnect(*connection);
            if (!errorString.isEmpty())
                cannotKeep(m_sessions->unavailableReason().isEmpty() ? errorString : m_sessions->unavailableReason());
        });
    m_sessions->store(key, SessionStore::packSession(m_users->currentUser(), m_users->userToken()));
}

QString SignInFlow::takeNotice()
{
    return std::exchange(m_notice, QString());
}

void SignInFlow::signOut()
{
    m_sessions->remove(SessionStore::keyFor(m_config, m_identity));
    m_settings->setStaySignedIn(false);
    PendingCall *logout = m_users->logout();
    Q_UNUSED(logout) // the local session is dropped either way; the server's ends on its own
}
