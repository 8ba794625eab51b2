#include "routes/staffserviceroutes.h"

#include "api/router.h"
#include "host/servicecontext.h"
#include "storage/schemastore.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Server {

namespace {

ApiError refusal(int code, const QString &message, int httpStatus = 403)
{
    return ApiError{code, message, httpStatus};
}

} // namespace

StaffServiceRoutes::StaffServiceRoutes(ServiceContext &context)
    : m_context(context)
    , m_access(context)
    , m_actions(context)
{ }

void StaffServiceRoutes::registerRoutes(Router &router)
{
    router.add(Method::Post, QStringLiteral("services/%1/*").arg(serviceName()),
               bindRoute(this, &StaffServiceRoutes::invoke), true);
}

HttpReply StaffServiceRoutes::invoke(const ApiRequest &request)
{
    const QString method = request.args.value(0);
    static const QStringList methods{QStringLiteral("setUserStatus"), QStringLiteral("assignRole"),
                                     QStringLiteral("unassignRole"), QStringLiteral("getUserRoles")};
    if (!methods.contains(method))
        return HttpReply::error(ErrorCode::RouteNotFound,
                                QStringLiteral("No method %1 in service %2").arg(method, serviceName()));
    Target target;
    ApiError error;
    if (!checkTarget(request, &target, &error))
        return HttpReply::error(error);
    if (method == QLatin1String("setUserStatus"))
        return setUserStatus(request, target);
    if (method == QLatin1String("assignRole"))
        return changeRole(request, target, true);
    if (method == QLatin1String("unassignRole"))
        return changeRole(request, target, false);
    return HttpReply::json(QJsonArray::fromStringList(target.roles));
}

bool StaffServiceRoutes::checkTarget(const ApiRequest &request, Target *target, ApiError *error) const
{
    // Backendless checks the token before the service runs: a dead one is 3064, a disabled user's 3090.
    Caller caller;
    if (!m_access.identify(request.userToken, &caller, error))
        return false;
    if (!caller.isStaff()) {
        *error = refusal(ErrorCode::StaffOnly, QStringLiteral("Only SupportStaff may use ProfileDeskStaff"));
        return false;
    }
    const QJsonValue userId = request.body.value(QStringLiteral("userId"));
    if (!userId.isString() || userId.toString().isEmpty()) {
        *error = refusal(ErrorCode::StaffServiceBadArgument, QStringLiteral("userId must be a non-empty string"), 400);
        return false;
    }
    target->objectId = userId.toString();
    if (caller.isSelf(target->objectId)) {
        *error = refusal(ErrorCode::TargetIsSelf, QStringLiteral("Staff may not act on their own account"));
        return false;
    }
    if (!m_actions.rolesOf(target->objectId, &target->roles, error))
        return false;
    if (target->roles.contains(Caller::staffRole())) {
        *error = refusal(ErrorCode::TargetIsStaff, QStringLiteral("Staff may not act on another staff account"));
        return false;
    }
    QVariantMap row;
    if (m_context.users.findById(target->objectId, &row) != UserRepository::Lookup::Found) {
        *error = ApiError::make(ErrorCode::InternalError, QStringLiteral("Database error"));
        return false;
    }
    const Column *identity = m_context.schema.identity();
    target->identity = identity ? row.value(identity->name).toString() : QString();
    return true;
}

HttpReply StaffServiceRoutes::setUserStatus(const ApiRequest &request, const Target &target) const
{
    const QString status = request.body.value(QStringLiteral("userStatus")).toString();
    if (status != QLatin1String("ENABLED") && status != QLatin1String("DISABLED"))
        return HttpReply::error(
            refusal(ErrorCode::StaffServiceBadArgument, QStringLiteral("userStatus must be ENABLED or DISABLED"), 400));
    const ApiError error = m_actions.setStatus(target.objectId, status);
    if (error.isError())
        return HttpReply::error(error);
    return HttpReply::json(
        QJsonObject{{QStringLiteral("objectId"), target.objectId}, {QStringLiteral("userStatus"), status}});
}

HttpReply StaffServiceRoutes::changeRole(const ApiRequest &request, const Target &target, bool assign) const
{
    const QJsonValue role = request.body.value(QStringLiteral("roleName"));
    if (!role.isString() || role.toString().isEmpty())
        return HttpReply::error(
            refusal(ErrorCode::StaffServiceBadArgument, QStringLiteral("roleName must be a non-empty string"), 400));
    if (role.toString() == Caller::staffRole())
        return HttpReply::error(refusal(ErrorCode::StaffRoleReserved,
                                        QStringLiteral("SupportStaff is granted and taken in the Console only")));
    const ApiError error = m_actions.changeRole(target.identity, role.toString(), assign);
    if (error.isError())
        return HttpReply::error(error);
    return rolesAfter(target);
}

HttpReply StaffServiceRoutes::rolesAfter(const Target &target) const
{
    QStringList roles;
    ApiError error;
    if (!m_actions.rolesOf(target.objectId, &roles, &error))
        return HttpReply::error(error);
    return HttpReply::json(QJsonArray::fromStringList(roles));
}

} // namespace Server
