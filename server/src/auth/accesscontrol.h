#pragma once

#include "api/apierror.h"

#include <QStringList>
#include <QVariantMap>

namespace Server {

struct ServiceContext;

// Who is calling: the roles every request carries (docs/PROTOCOL.md "Roles") and, when logged in,
// the user's id and row.
struct Caller
{
    QString objectId;
    QStringList roles;
    QVariantMap row;

    bool isAuthenticated() const { return !objectId.isEmpty(); }
    bool hasRole(const QString &role) const { return roles.contains(role); }
    // The Users table grants FIND and UPDATE on other users to this role only.
    bool isStaff() const { return hasRole(staffRole()); }
    bool isSelf(const QString &id) const { return isAuthenticated() && objectId == id; }

    static QString staffRole() { return QStringLiteral("SupportStaff"); }
};

class AccessControl
{
public:
    explicit AccessControl(ServiceContext &context);

    // No token: an anonymous caller (NotAuthenticatedUser). A token that is not live: 3064.
    // A live token of a user since disabled: 3090, and the session ends.
    bool identify(const QString &token, Caller *caller, ApiError *error) const;

private:
    ServiceContext &m_context;
};

} // namespace Server
