#pragma once

#include "api/apierror.h"

#include <QStringList>

namespace Server {

struct ServiceContext;

// The privileged account operations Backendless allows Business Logic only (the Cloud Code key):
// a user's status, a user's roles. AccountRoutes runs them for a Cloud Code caller, StaffServiceRoutes
// (the ProfileDeskStaff service) for a SupportStaff caller after its own checks.
class AccountActions
{
public:
    explicit AccountActions(ServiceContext &context);

    // ENABLED or DISABLED. Disabling ends the user's sessions at once: their tokens answer 3064, a
    // login 3090. Real-Time subscribers of the user hear the update.
    ApiError setStatus(const QString &objectId, const QString &status) const;
    // `identity`: the identity property's value (the SDK's `user`), as Backendless's assignRole takes it.
    ApiError changeRole(const QString &identity, const QString &role, bool assign) const;
    // AuthenticatedUser plus the custom roles, as GET users/userroles answers for the caller.
    bool rolesOf(const QString &objectId, QStringList *roles, ApiError *error) const;

    static bool isSystemRole(const QString &role);

private:
    ServiceContext &m_context;
};

} // namespace Server
