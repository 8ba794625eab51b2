#include "core/accountservice.h"

#include "core/config.h"
#include "core/userservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

AccountService::AccountService(RestClient *client, UserService *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
{ }

bool AccountService::meansServiceMissing(const Error &error)
{
    return error.kind == Error::Kind::Server && (error.code == ErrorCode::ServiceNotFound || error.httpStatus == 404);
}

PendingCall *AccountService::sendPasswordReset(const QString &identity)
{
    // The same request as anyone's "forgot password"; staff are told its answer (3020: no such user).
    return m_session->restorePassword(identity);
}

PendingCall *AccountService::resendConfirmation(const QString &identity)
{
    RestRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.path = QStringLiteral("users/resendconfirmation/") + Config::encodeSegment(identity);
    request.expect = Expect::Nothing;
    auto *call = new PendingCall(this);
    call->attach(m_client->send(request), {});
    return call;
}

void AccountService::forgetServiceState()
{
    if (m_serviceState == ServiceState::Unknown)
        return;
    m_serviceState = ServiceState::Unknown;
    Q_EMIT serviceStateChanged(m_serviceState);
}

void AccountService::noteServiceAnswer(const Error &error)
{
    ServiceState state = m_serviceState;
    if (meansServiceMissing(error))
        state = ServiceState::Missing;
    else if (error.kind == Error::Kind::None || error.kind == Error::Kind::Server)
        state = ServiceState::Installed; // the service answered, if only with a refusal
    if (state == m_serviceState)
        return;
    m_serviceState = state;
    Q_EMIT serviceStateChanged(state);
}

void AccountService::invoke(PendingCall *call, const QString &method, const QJsonObject &arguments, Expect expect,
                            PendingCall::Parser parser)
{
    if (m_serviceState == ServiceState::Missing) {
        call->failLater(Error::local(QStringLiteral("the ProfileDeskStaff service is not installed in this app"),
                                     ErrorCode::StaffServiceMissing));
        return;
    }
    RestRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.path = QStringLiteral("services/%1/%2").arg(serviceName(), method);
    request.body = arguments;
    request.expect = expect;
    request.userToken = m_session->userToken();
    call->attach(m_client->send(request), std::move(parser),
                 [self = QPointer<AccountService>(this), session = QPointer<UserService>(m_session),
                  token = request.userToken](PendingCall *done) {
                     if (self)
                         self->noteServiceAnswer(done->error());
                     if (session && done->error().isError())
                         session->handleCallError(done->error(), token);
                 });
}

Call<QString> *AccountService::setUserStatus(const QString &objectId, bool enabled)
{
    auto *call = new Call<QString>(this);
    const QString wanted = enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED");
    invoke(call, QStringLiteral("setUserStatus"),
           QJsonObject{{QStringLiteral("userId"), objectId}, {QStringLiteral("userStatus"), wanted}}, Expect::Object,
           [call](const QJsonValue &value) {
               const QString status = value.toObject().value(QStringLiteral("userStatus")).toString();
               if (status.isEmpty())
                   return Error::protocol(QStringLiteral("setUserStatus answered no userStatus"));
               call->setResult(status);
               return Error();
           });
    return call;
}

RolesCall *AccountService::userRoles(const QString &objectId)
{
    auto *call = new RolesCall(this);
    invoke(call, QStringLiteral("getUserRoles"), QJsonObject{{QStringLiteral("userId"), objectId}}, Expect::Array,
           [call](const QJsonValue &value) { return takeRoles(call, value); });
    return call;
}

RolesCall *AccountService::assignRole(const QString &objectId, const QString &role)
{
    auto *call = new RolesCall(this);
    invoke(call, QStringLiteral("assignRole"),
           QJsonObject{{QStringLiteral("userId"), objectId}, {QStringLiteral("roleName"), role}}, Expect::Array,
           [call](const QJsonValue &value) { return takeRoles(call, value); });
    return call;
}

RolesCall *AccountService::unassignRole(const QString &objectId, const QString &role)
{
    auto *call = new RolesCall(this);
    invoke(call, QStringLiteral("unassignRole"),
           QJsonObject{{QStringLiteral("userId"), objectId}, {QStringLiteral("roleName"), role}}, Expect::Array,
           [call](const QJsonValue &value) { return takeRoles(call, value); });
    return call;
}
