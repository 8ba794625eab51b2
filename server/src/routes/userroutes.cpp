#include "routes/userroutes.h"

#include "api/router.h"
#include "auth/loginguard.h"
#include "auth/sessionregistry.h"
#include "host/servicecontext.h"
#include "storage/schemastore.h"
#include "storage/userrepository.h"

#include <QJsonArray>

namespace Server {

namespace {

HttpReply databaseError()
{
    return HttpReply::error(ErrorCode::InternalError, QStringLiteral("Database error"));
}

} // namespace

UserRoutes::UserRoutes(ServiceContext &context)
    : m_context(context)
    , m_access(context)
    , m_updater(context)
    , m_authenticator(context)
{ }

void UserRoutes::registerRoutes(Router &router)
{
    const auto bind = [this](auto member) { return bindRoute(this, member); };
    router.add(Method::Post, QStringLiteral("users/login"), bind(&UserRoutes::login), true);
    router.add(Method::Get, QStringLiteral("users/logout"), bind(&UserRoutes::logout));
    router.add(Method::Get, QStringLiteral("users/isvalidusertoken/*"), bind(&UserRoutes::isValidUserToken));
    router.add(Method::Post, QStringLiteral("users/register"), bind(&UserRoutes::registerUser), true);
    router.add(Method::Get, QStringLiteral("users/userclassprops"), bind(&UserRoutes::describeUserClass));
    router.add(Method::Get, QStringLiteral("users/restorepassword/*"), bind(&UserRoutes::restorePassword));
    router.add(Method::Get, QStringLiteral("users/userroles"), bind(&UserRoutes::userRoles));
    router.add(Method::Put, QStringLiteral("users/*"), bind(&UserRoutes::update), true);
    // What the SDKs allow only with the Cloud Code key: this server has the REST key alone, so the
    // answer is the refusal the SDKs' e2e suite saw with it (test/e2e/specs/users.js:467, :573, :640).
    router.add(Method::Put, QStringLiteral("users/*/status"),
               cloudCodeOnly(ErrorCode::StatusChangeOnlyFromCloudCode,
                             QStringLiteral("Operation allowed only for BL logic.")));
    const auto roleChange =
        cloudCodeOnly(ErrorCode::RoleChangeOnlyFromCloudCode,
                      QStringLiteral("Assigning/unassigning a role can be done only from server code"));
    router.add(Method::Post, QStringLiteral("users/assignRole"), roleChange);
    router.add(Method::Post, QStringLiteral("users/unassignRole"), roleChange);
    // The SDK's own spelling of the route (src/urls.js userVerifyPassowrd).
    router.add(Method::Post, QStringLiteral("users/verifypassowrd"),
               cloudCodeOnly(ErrorCode::PasswordCheckOnlyFromCloudCode,
                             QStringLiteral("Password verification allowed only from CloudCode")));
}

Router::Handler UserRoutes::cloudCodeOnly(int code, const QString &message)
{
    return [code, message](const ApiRequest &) { return HttpReply::error(code, message); };
}

HttpReply UserRoutes::login(const ApiRequest &request)
{
    return m_authenticator.login(request.body, request.peer);
}

HttpReply UserRoutes::logout(const ApiRequest &request)
{
    if (request.userToken.isEmpty())
        return HttpReply::error(ErrorCode::LogoutWithoutSession, QStringLiteral("No user is logged in"));
    if (!m_context.sessions.close(request.userToken))
        return HttpReply::error(ErrorCode::LogoutFailed,
                                QStringLiteral("Unable to logout: the user token is not valid"));
    return HttpReply::empty();
}

HttpReply UserRoutes::isValidUserToken(const ApiRequest &request)
{
    Caller caller;
    ApiError error;
    // A dead token is an answer here, not an error.
    const bool valid = m_access.identify(request.args.value(0), &caller, &error) && caller.isAuthenticated();
    if (!valid && error.code == ErrorCode::InternalError)
        return HttpReply::error(error);
    return HttpReply::json(valid);
}

HttpReply UserRoutes::registerUser(const ApiRequest &request)
{
    return m_updater.registerUser(request.body);
}

HttpReply UserRoutes::update(const ApiRequest &request)
{
    // The order of these checks is part of the protocol: a client learns the first problem.
    if (request.userToken.isEmpty())
        return HttpReply::error(ErrorCode::NotLoggedIn, QStringLiteral("User is not logged in"));
    Caller caller;
    ApiError error;
    if (!m_access.identify(request.userToken, &caller, &error))
        return HttpReply::error(error);
    const QString objectId = request.args.value(0);
    const ApiError noSuchUser =
        ApiError::make(ErrorCode::NoSuchUser, QStringLiteral("User with id %1 does not exist").arg(objectId));
    // Updating oneself, the common case: identify() has just read the row, so it exists.
    if (!caller.isSelf(objectId) && !m_context.users.require(objectId, noSuchUser, nullptr, &error))
        return HttpReply::error(error);
    if (!caller.isSelf(objectId))
        return HttpReply::error(ErrorCode::CannotModifyOtherUser,
                                QStringLiteral("The logged-in user may not modify another user's properties"));
    return m_updater.update(objectId, request.body, caller.row);
}

HttpReply UserRoutes::describeUserClass(const ApiRequest &)
{
    QJsonArray properties;
    const QList<Column> columns = m_context.schema.describedColumns();
    for (const Column &column : columns)
        properties.append(column.describe());
    return HttpReply::json(properties);
}

HttpReply UserRoutes::restorePassword(const ApiRequest &request)
{
    // No mail leaves this server: a known identity simply succeeds (server/README.md).
    const QString identity = request.args.value(0).trimmed();
    switch (m_context.users.findByIdentity(identity, nullptr)) {
    case UserRepository::Lookup::Failed:
        return databaseError();
    case UserRepository::Lookup::Missing:
        return HttpReply::error(ErrorCode::RestoreUnknownUser, QStringLiteral("User not found"));
    case UserRepository::Lookup::Found:
        break;
    }
    // Asking for a reset lifts no account lock (3036): anyone may ask. Completing one, a new
    // password, does (UserUpdater), as Keycloak's brute-force detector behaves (issue 25, item 5).
    return HttpReply::empty();
}

HttpReply UserRoutes::userRoles(const ApiRequest &request)
{
    Caller caller;
    ApiError error;
    if (!m_access.identify(request.userToken, &caller, &error))
        return HttpReply::error(error);
    return HttpReply::json(QJsonArray::fromStringList(caller.roles));
}

} // namespace Server
