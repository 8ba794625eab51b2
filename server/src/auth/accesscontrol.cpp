#include "auth/accesscontrol.h"

#include "api/router.h"
#include "auth/sessionregistry.h"
#include "host/servicecontext.h"
#include "storage/userrepository.h"

namespace Server {

AccessControl::AccessControl(ServiceContext &context)
    : m_context(context)
{ }

bool AccessControl::identify(const QString &token, Caller *caller, ApiError *error) const
{
    *caller = Caller();
    if (token.isEmpty()) {
        caller->roles = QStringList{QStringLiteral("NotAuthenticatedUser")};
        return true;
    }
    const QString objectId = m_context.sessions.touch(token);
    if (objectId.isEmpty()) {
        *error = ApiError::make(ErrorCode::InvalidUserToken,
                                QStringLiteral("Not existing user token. Relogin user to update your user token"));
        return false;
    }
    QVariantMap row;
    switch (m_context.users.findById(objectId, &row)) {
    case UserRepository::Lookup::Failed:
        *error = ApiError::make(ErrorCode::InternalError, QStringLiteral("Database error"));
        return false;
    case UserRepository::Lookup::Missing:
        m_context.sessions.closeUser(objectId);
        *error = ApiError::make(ErrorCode::InvalidUserToken,
                                QStringLiteral("Not existing user token. Relogin user to update your user token"));
        return false;
    case UserRepository::Lookup::Found:
        break;
    }
    if (row.value(QStringLiteral("userStatus")).toString() == QLatin1String("DISABLED")) {
        m_context.sessions.closeUser(objectId);
        *error = ApiError::make(ErrorCode::UserDisabled, QStringLiteral("User account is disabled"));
        return false;
    }
    caller->objectId = objectId;
    caller->row = row;
    caller->roles = QStringList{QStringLiteral("AuthenticatedUser")} + UserRepository::roles(row);
    return true;
}

bool AccessControl::identify(const ApiRequest &request, Caller *caller, ApiError *error) const
{
    if (!identify(request.userToken, caller, error))
        return false;
    if (request.cloudCode)
        caller->roles << Caller::serverCodeRole();
    return true;
}

} // namespace Server
