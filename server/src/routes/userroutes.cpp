#include "routes/userroutes.h"

#include "api/router.h"
#include "auth/loginguard.h"
#include "auth/sessionregistry.h"
#include "host/servicecontext.h"
#include "storage/schemastore.h"
#include "storage/userrepository.h"

#include <QJsonArray>

namespace Server {

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
    router.add(Method::Get, QStringLiteral("users/userroles"), bind(&UserRoutes::userRoles));
    router.add(Method::Put, QStringLiteral("users/*"), bind(&UserRoutes::update), true);
    // The Cloud Code calls, the mails: AccountRoutes.
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

HttpReply UserRoutes::userRoles(const ApiRequest &request)
{
    Caller caller;
    ApiError error;
    if (!m_access.identify(request.userToken, &caller, &error))
        return HttpReply::error(error);
    return HttpReply::json(QJsonArray::fromStringList(caller.roles));
}

} // namespace Server
