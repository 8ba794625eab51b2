#include "core/userservice.h"

#include "core/userproperties.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>

#include <memory>

UserService::UserService(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(client);
}

UserService::~UserService() = default;

void UserService::setSession(const User &user, const QString &token)
{
    m_currentUser = user;
    m_token = token;
    Q_EMIT currentUserChanged();
}

void UserService::restoreSession(const User &user, const QString &token)
{
    setSession(user, token);
}

void UserService::clearSession()
{
    const bool had = isLoggedIn() || !m_currentUser.isNull();
    m_currentUser = User();
    m_token.clear();
    if (had)
        Q_EMIT currentUserChanged();
}

void UserService::handleCallError(const Error &error, const QString &tokenUsed)
{
    if (!error.endsSession() || !isLoggedIn() || tokenUsed != m_token)
        return;
    clearSession();
    Q_EMIT sessionEnded(error);
}

RestCall *UserService::send(RestRequest request)
{
    request.userToken = m_token;
    return m_client->send(request);
}

PendingCall::Observer UserService::sessionObserver(std::function<void(PendingCall *)> onSuccess)
{
    return [this, token = m_token, onSuccess = std::move(onSuccess)](PendingCall *call) {
        if (call->error().isError())
            handleCallError(call->error(), token);
        else if (onSuccess && token == m_token)
            onSuccess(call);
    };
}

UserCall *UserService::login(const QString &identity, const QString &password)
{
    RestRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.path = QStringLiteral("users/login");
    request.body = QJsonObject{{QStringLiteral("login"), identity}, {UserProperties::password(), password}};
    auto *call = new UserCall(this);
    // The token goes from the parser straight into the session: it is never part of the call's result.
    auto token = std::make_shared<QString>();
    call->attach(
        m_client->send(request), // no token: a login starts a session, it does not use one
        [call, token](const QJsonValue &value) {
            *token = value.toObject().value(UserProperties::userToken()).toString();
            if (token->isEmpty())
                return Error::protocol(QStringLiteral("the login reply has no user-token"));
            return takeUser(call, value);
        },
        [this, call, token](PendingCall *done) {
            if (!done->error().isError())
                setSession(call->result(), *token);
        });
    return call;
}

PendingCall *UserService::logout()
{
    auto *call = new PendingCall(this);
    if (!isLoggedIn()) {
        call->succeedLater([this](PendingCall *) { clearSession(); });
        return call;
    }
    RestRequest request;
    request.path = QStringLiteral("users/logout");
    request.expect = Expect::Nothing;
    call->attach(send(request), {}, [this, token = m_token](PendingCall *done) {
        // As the official SDK: the local session goes on success and when the server says it is gone.
        if ((!done->error().isError() || done->error().endsSession()) && token == m_token)
            clearSession();
    });
    return call;
}

UserCall *UserService::update(const User &changes)
{
    auto *call = new UserCall(this);
    const QString objectId = changes.objectId().isEmpty() ? m_currentUser.objectId() : changes.objectId();
    if (objectId.isEmpty()) {
        call->failLater(Error::local(tr("No user is logged in."), ErrorCode::NotLoggedIn));
        return call;
    }
    RestRequest request;
    request.verb = QByteArrayLiteral("PUT");
    request.path = QStringLiteral("users/") + Config::encodeSegment(objectId);
    request.body = changes.updateBody();
    call->attach(
        send(request), [call](const QJsonValue &value) { return takeUser(call, value); },
        sessionObserver([this, call](PendingCall *) {
            const User user = call->result();
            if (user.objectId() == m_currentUser.objectId()) {
                m_currentUser = user;
                Q_EMIT currentUserChanged();
            }
        }));
    return call;
}

QFuture<User> UserService::updateFuture(const User &changes)
{
    auto promise = std::make_shared<QPromise<User>>();
    promise->start();
    UserCall *call = update(changes);
    connect(call, &PendingCall::finished, this, [promise, call] {
        if (call->error().isError())
            promise->setException(ErrorException(call->error()));
        else
            promise->addResult(call->result());
        promise->finish();
    });
    return promise->future();
}

BoolCall *UserService::isValidLogin()
{
    auto *call = new BoolCall(this);
    if (!isLoggedIn()) {
        call->succeedLater();
        return call;
    }
    RestRequest request;
    request.path = QStringLiteral("users/isvalidusertoken/") + Config::encodeSegment(m_token);
    request.logPath = QStringLiteral("users/isvalidusertoken/<token>");
    request.expect = Expect::Boolean;
    call->attach(
        send(request),
        [call](const QJsonValue &value) {
            call->setResult(value.toBool());
            return Error();
        },
        sessionObserver([this, call](PendingCall *) {
            if (!call->result())
                clearSession();
        }));
    return call;
}

SchemaCall *UserService::describeUserClass()
{
    RestRequest request;
    request.path = QStringLiteral("users/userclassprops");
    request.expect = Expect::Array;
    auto *call = new SchemaCall(this);
    call->attach(
        send(request),
        [call](const QJsonValue &value) {
            bool ok = false;
            call->setResult(UserSchema::fromJson(value.toArray(), &ok));
            return ok ? Error() : Error::protocol(QStringLiteral("malformed user class description"));
        },
        sessionObserver());
    return call;
}

PendingCall *UserService::restorePassword(const QString &identity)
{
    RestRequest request;
    request.path = QStringLiteral("users/restorepassword/") + Config::encodeSegment(identity);
    request.expect = Expect::Nothing;
    auto *call = new PendingCall(this);
    call->attach(m_client->send(request), {});
    return call;
}

RolesCall *UserService::userRoles()
{
    RestRequest request;
    request.path = QStringLiteral("users/userroles");
    request.expect = Expect::Array;
    auto *call = new RolesCall(this);
    call->attach(
        send(request), [call](const QJsonValue &value) { return takeRoles(call, value); }, sessionObserver());
    return call;
}

UserCall *UserService::reloadCurrentUser()
{
    auto *call = new UserCall(this);
    if (!isLoggedIn()) {
        call->failLater(Error::local(tr("No user is logged in."), ErrorCode::NotLoggedIn));
        return call;
    }
    RestRequest request;
    request.path = QStringLiteral("data/Users/") + Config::encodeSegment(m_currentUser.objectId());
    call->attach(
        send(request), [call](const QJsonValue &value) { return takeUser(call, value); },
        sessionObserver([this, call](PendingCall *) {
            m_currentUser = call->result();
            Q_EMIT currentUserChanged();
        }));
    return call;
}
