#include "routes/accountactions.h"

#include "auth/sessionregistry.h"
#include "host/servicecontext.h"
#include "realtime/userchangefeed.h"
#include "storage/schemastore.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Server {

namespace {

ApiError databaseError()
{
    return ApiError::make(ErrorCode::InternalError, QStringLiteral("Database error"));
}

} // namespace

AccountActions::AccountActions(ServiceContext &context)
    : m_context(context)
{ }

bool AccountActions::isSystemRole(const QString &role)
{
    static const QStringList system{QStringLiteral("NotAuthenticatedUser"),
                                    QStringLiteral("AuthenticatedUser"),
                                    QStringLiteral("SocialUser"),
                                    QStringLiteral("FacebookUser"),
                                    QStringLiteral("GooglePlusUser"),
                                    QStringLiteral("TwitterUser"),
                                    QStringLiteral("ServerCodeUser"),
                                    QStringLiteral("RestUser"),
                                    QStringLiteral("JSUser"),
                                    QStringLiteral("AndroidUser"),
                                    QStringLiteral("IOSUser"),
                                    QStringLiteral("DotNetUser"),
                                    QStringLiteral("AsUser")};
    return system.contains(role, Qt::CaseInsensitive);
}

ApiError AccountActions::setStatus(const QString &objectId, const QString &status) const
{
    if (status != QLatin1String("ENABLED") && status != QLatin1String("DISABLED"))
        return ApiError::make(ErrorCode::MalformedRequest, QStringLiteral("userStatus must be ENABLED or DISABLED"));
    ApiError error;
    const ApiError missing =
        ApiError::make(ErrorCode::NoSuchUser, QStringLiteral("User with id %1 does not exist").arg(objectId));
    QVariantMap row;
    if (!m_context.users.require(objectId, missing, &row, &error))
        return error;
    if (!m_context.users.update(objectId, {{QStringLiteral("userStatus"), status}}))
        return databaseError();
    // "Any API operations executed in behalf of the user will be immediately suspended."
    if (status == QLatin1String("DISABLED"))
        m_context.sessions.closeUser(objectId);
    // userStatus is a column of the Users row: its change is an update of the row, which
    // Backendless's Real-Time announces whichever API or the Console made it. A role change is
    // not (roles are no property of the object a listener receives), so changeRole says nothing.
    row.insert(QStringLiteral("userStatus"), status);
    m_context.users.remember(objectId, row);
    emit m_context.changes.updated(objectId, m_context.users.toJson(row));
    return ApiError();
}

ApiError AccountActions::changeRole(const QString &identity, const QString &role, bool assign) const
{
    if (identity.isEmpty() || role.isEmpty())
        return ApiError::make(ErrorCode::MissingParameter, QStringLiteral("Both user and roleName are required"));
    if (isSystemRole(role))
        return ApiError::make(assign ? ErrorCode::SystemRoleNotAssignable : ErrorCode::SystemRoleNotUnassignable,
                              assign ? QStringLiteral("Unable to assign system role %1").arg(role)
                                     : QStringLiteral("Unable to unassign system role %1").arg(role));
    if (!m_context.customRoles.contains(role))
        return ApiError::make(ErrorCode::NoSuchRole, QStringLiteral("Role not found: %1").arg(role));
    QVariantMap row;
    switch (m_context.users.findByIdentity(identity, &row)) {
    case UserRepository::Lookup::Failed:
        return databaseError();
    case UserRepository::Lookup::Missing:
        return ApiError::make(ErrorCode::RoleUserNotFound, QStringLiteral("User not found: %1").arg(identity));
    case UserRepository::Lookup::Found:
        break;
    }
    QStringList roles = UserRepository::roles(row);
    if (assign == roles.contains(role))
        return ApiError(); // already so
    if (assign)
        roles << role;
    else
        roles.removeAll(role);
    const QString stored =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(roles)).toJson(QJsonDocument::Compact));
    if (!m_context.users.update(row.value(QStringLiteral("objectId")).toString(),
                                {{SchemaStore::rolesColumn(), stored}}))
        return databaseError();
    return ApiError();
}

bool AccountActions::rolesOf(const QString &objectId, QStringList *roles, ApiError *error) const
{
    QVariantMap row;
    const ApiError missing =
        ApiError::make(ErrorCode::NoSuchUser, QStringLiteral("User with id %1 does not exist").arg(objectId));
    if (!m_context.users.require(objectId, missing, &row, error))
        return false;
    *roles = QStringList{QStringLiteral("AuthenticatedUser")} + UserRepository::roles(row);
    return true;
}

} // namespace Server
