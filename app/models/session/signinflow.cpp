#include "models/session/signinflow.h"

#include "core/pendingcall.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "models/errorcatalog.h"
#include "persistence/sessionstore.h"
#include "persistence/settings.h"

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
    SecretCall *load = m_sessions->load(SessionStore::keyFor(config, identity));
    connect(load, &PendingCall::finished, this, [this, load, config, identity] {
        User user;
        QString token;
        if (load->error().isError() || !SessionStore::unpackSession(load->result(), &user, &token)) {
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
                Q_EMIT restoreFailed(error.endsSession() ? ErrorCatalog::sessionEnded() : ErrorCatalog::text(error));
                return;
            }
            m_config = config;
            m_identity = identity;
            Q_EMIT signedIn();
        });
    });
}

PendingCall *SignInFlow::signIn(const Request &request)
{
    if (m_signInAnswer)
        return nullptr;
    auto *answer = new PendingCall(this);
    m_signInAnswer = answer;
    if (request.server) {
        const Config config = configFor(*request.server);
        if (!config.isValid()) {
            answerSignIn(Error::local(config.errorString()));
            return answer;
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
            answerSignIn(call->error());
        else
            finishSignIn(kept);
    });
    return answer;
}

void SignInFlow::answerSignIn(const Error &error)
{
    PendingCall *answer = std::exchange(m_signInAnswer, nullptr).data();
    if (!answer)
        return;
    if (error.kind == Error::Kind::Cancelled)
        answer->cancel(); // at once, as cancel() was asked: the view stops being busy now
    else if (error.isError())
        answer->failLater(error);
    else
        answer->succeedLater();
}

void SignInFlow::finishSignIn(const Request &request)
{
    m_config = m_users->client()->config();
    if (request.server)
        request.server->save(*m_settings);
    if (request.renewing) {
        keepSessionIfWanted();
        answerSignIn(Error());
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
    answerSignIn(Error());
    Q_EMIT signedIn();
}

void SignInFlow::cancel()
{
    if (m_loginCall)
        m_loginCall->cancel();
}

PendingCall *SignInFlow::requestPasswordReset(const QString &identity, const std::optional<ServerChoice> &server)
{
    if (m_resetCall)
        return nullptr;
    if (server) {
        const Config config = configFor(*server);
        if (!config.isValid()) {
            // Answered like any other failure: the view waiting for it must hear why, not nothing.
            auto *refused = new PendingCall(this);
            refused->failLater(Error::local(config.errorString()));
            return refused;
        }
        m_users->client()->setConfig(config);
    }
    PendingCall *call = m_users->restorePassword(identity);
    m_resetCall = call;
    return call;
}

Call<QString> *SignInFlow::probeIdentityProperty(const ServerChoice &server)
{
    const Config config = configFor(server);
    if (!config.isValid())
        return nullptr;
    // A client of its own, gone with the answer: the one signed in with is not touched.
    auto *client = new RestClient(config, m_users->client()->networkAccessManager(), this);
    auto *probe = new UserService(client, client);
    auto *answer = new Call<QString>(this);
    SchemaCall *call = probe->describeUserClass();
    connect(call, &PendingCall::finished, answer, [call, client, answer] {
        client->deleteLater();
        if (call->error().isError())
            return answer->failLater(call->error());
        if (!call->result().isEmpty())
            answer->setResult(call->result().identityProperty());
        answer->succeedLater();
    });
    // An answer nobody waits for any more stops its request.
    connect(answer, &QObject::destroyed, call, [call] { call->cancel(); });
    return answer;
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
    PendingCall *stored = m_sessions->store(SessionStore::keyFor(m_config, m_identity),
                                            SessionStore::packSession(m_users->currentUser(), m_users->userToken()));
    connect(stored, &PendingCall::finished, this, [this, stored, cannotKeep] {
        if (stored->error().isError())
            cannotKeep(m_sessions->unavailableReason().isEmpty() ? stored->error().message
                                                                 : m_sessions->unavailableReason());
    });
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
