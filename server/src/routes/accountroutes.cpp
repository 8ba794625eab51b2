#include "routes/accountroutes.h"

#include "api/router.h"
#include "auth/passwordhasher.h"
#include "config/runtimesettings.h"
#include "host/servicecontext.h"
#include "storage/maillog.h"
#include "storage/schemastore.h"
#include "storage/userrepository.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/qtconcurrenttask.h>

namespace Server {

namespace {

// The same bound as a login's (Authenticator): PBKDF2 over a megabyte would cost seconds.
constexpr qsizetype MaxPasswordLength = 1024;

HttpReply databaseError()
{
    return HttpReply::error(ErrorCode::InternalError, QStringLiteral("Database error"));
}

HttpReply answer(const ApiError &error)
{
    return error.isError() ? HttpReply::error(error) : HttpReply::empty();
}

} // namespace

AccountRoutes::AccountRoutes(ServiceContext &context)
    : m_context(context)
    , m_access(context)
    , m_actions(context)
{ }

void AccountRoutes::registerRoutes(Router &router)
{
    const auto bind = [this](auto member) { return bindRoute(this, member); };
    router.add(Method::Put, QStringLiteral("users/*/status"), bind(&AccountRoutes::setStatus), true);
    router.add(Method::Post, QStringLiteral("users/assignRole"), bind(&AccountRoutes::assignRole), true);
    router.add(Method::Post, QStringLiteral("users/unassignRole"), bind(&AccountRoutes::unassignRole), true);
    router.add(Method::Get, QStringLiteral("users/userroles/*"), bind(&AccountRoutes::userRolesOf));
    // The SDK's own spelling of the route (src/urls.js userVerifyPassowrd).
    router.add(Method::Post, QStringLiteral("users/verifypassowrd"), bind(&AccountRoutes::verifyPassword), true);
    router.add(Method::Get, QStringLiteral("users/restorepassword/*"), bind(&AccountRoutes::restorePassword));
    router.add(Method::Post, QStringLiteral("users/resendconfirmation/*"), bind(&AccountRoutes::resendConfirmation));
}

HttpReply AccountRoutes::setStatus(const ApiRequest &request)
{
    // JS-SDK test/e2e/specs/users.js:573: the REST key gets 3054 and this message.
    if (!request.cloudCode)
        return HttpReply::error(ErrorCode::StatusChangeOnlyFromCloudCode,
                                QStringLiteral("Operation allowed only for BL logic."));
    return answer(
        m_actions.setStatus(request.args.value(0), request.body.value(QStringLiteral("userStatus")).toString()));
}

HttpReply AccountRoutes::assignRole(const ApiRequest &request)
{
    return changeRole(request, true);
}

HttpReply AccountRoutes::unassignRole(const ApiRequest &request)
{
    return changeRole(request, false);
}

HttpReply AccountRoutes::changeRole(const ApiRequest &request, bool assign)
{
    // JS-SDK test/e2e/specs/users.js:467: the REST key gets 2011.
    if (!request.cloudCode)
        return HttpReply::error(ErrorCode::RoleChangeOnlyFromCloudCode,
                                QStringLiteral("Assigning/unassigning a role can be done only from server code"));
    // The SDK sends the identity as a string or a number (src/users/roles.js changeRole).
    const QJsonValue user = request.body.value(QStringLiteral("user"));
    const QString identity = user.isDouble() ? QString::number(user.toDouble(), 'g', 17) : user.toString().trimmed();
    return answer(m_actions.changeRole(identity, request.body.value(QStringLiteral("roleName")).toString(), assign));
}

HttpReply AccountRoutes::userRolesOf(const ApiRequest &request)
{
    const QString objectId = request.args.value(0);
    if (!request.cloudCode) {
        // Our choice (no SDK suite reads another user's roles with the REST key): one's own roles,
        // as GET users/userroles answers them; another user's are Business Logic's to read.
        Caller caller;
        ApiError error;
        if (!m_access.identify(request.userToken, &caller, &error))
            return HttpReply::error(error);
        if (!caller.isSelf(objectId))
            return HttpReply::error(ErrorCode::RoleChangeOnlyFromCloudCode,
                                    QStringLiteral("Roles of another user can be read only from server code"));
    }
    QStringList roles;
    ApiError error;
    if (!m_actions.rolesOf(objectId, &roles, &error))
        return HttpReply::error(error);
    return HttpReply::json(QJsonArray::fromStringList(roles));
}

HttpReply AccountRoutes::verifyPassword(const ApiRequest &request)
{
    // JS-SDK test/e2e/specs/users.js:640, :658.
    if (!request.cloudCode)
        return HttpReply::error(ErrorCode::PasswordCheckOnlyFromCloudCode,
                                QStringLiteral("Password verification allowed only from CloudCode"));
    if (request.userToken.isEmpty())
        return HttpReply::error(ErrorCode::NotLoggedIn, QStringLiteral("User is not logged in"));
    Caller caller;
    ApiError error;
    if (!m_access.identify(request.userToken, &caller, &error))
        return HttpReply::error(error);
    const QString password = request.body.value(QStringLiteral("password")).toString();
    if (password.isEmpty() || password.size() > MaxPasswordLength)
        return HttpReply::json(false);
    const QString stored = caller.row.value(SchemaStore::passwordHashColumn()).toString();
    return HttpReply::later(
        QtConcurrent::task([password, stored]() { return HttpReply::json(PasswordHasher::verify(password, stored)); })
            .onThreadPool(m_context.workers)
            .spawn());
}

HttpReply AccountRoutes::mailTo(const QString &identity, MailLog::Kind kind, int unknownUserCode,
                                bool confirmationPending)
{
    QVariantMap row;
    switch (m_context.users.findByIdentity(identity, &row)) {
    case UserRepository::Lookup::Failed:
        return databaseError();
    case UserRepository::Lookup::Missing:
        return HttpReply::error(unknownUserCode, QStringLiteral("User not found"));
    case UserRepository::Lookup::Found:
        break;
    }
    if (confirmationPending
        && row.value(QStringLiteral("userStatus")).toString() != QLatin1String("EMAIL_CONFIRMATION_PENDING"))
        return HttpReply::error(ErrorCode::AlreadyConfirmed, QStringLiteral("User email is already confirmed"));
    if (!m_context.mail.record(kind, identity, row.value(QStringLiteral("objectId")).toString()))
        return HttpReply::error(ErrorCode::MailNotSent, QStringLiteral("Unable to send the email"));
    return HttpReply::empty();
}

HttpReply AccountRoutes::restorePassword(const ApiRequest &request)
{
    // Asking for a reset lifts no account lock (3036): anyone may ask. Completing one, a new
    // password, does (UserUpdater), as Keycloak's brute-force detector behaves (issue 25, item 5).
    return mailTo(request.args.value(0).trimmed(), MailLog::Kind::PasswordReset, ErrorCode::RestoreUnknownUser, false);
}

HttpReply AccountRoutes::resendConfirmation(const ApiRequest &request)
{
    if (!m_context.settings.emailConfirmation.load())
        return HttpReply::error(ErrorCode::ConfirmationNotEnabled,
                                QStringLiteral("Email confirmation is not enabled for this application"));
    return mailTo(request.args.value(0).trimmed(), MailLog::Kind::EmailConfirmation, ErrorCode::ConfirmationUnknownUser,
                  true);
}

} // namespace Server
