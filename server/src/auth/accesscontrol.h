#pragma once

#include "api/apierror.h"

#include <QStringList>
#include <QVariantMap>

namespace Server {

struct ApiRequest;
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
    // FIND and UPDATE on other users: SupportStaff, and Business Logic (the Cloud Code key's
    // ServerCodeUser role, which Backendless grants the Users table by default; users.js:561).
    bool mayAccessOtherUsers() const { return isStaff() || hasRole(serverCodeRole()); }

    static QString staffRole() { return QStringLiteral("SupportStaff"); }
    static QString serverCodeRole() { return QStringLiteral("ServerCodeUser"); }
};

class AccessControl
{
public:
    explicit AccessControl(ServiceContext &context);

    // No token: an anonymous caller (NotAuthenticatedUser). A token that is not live: 3064.
    // A live token of a user since disabled: 3090, and the session ends.
    bool identify(const QString &token, Caller *caller, ApiError *error) const;
    // The same, plus ServerCodeUser when the request came with the Cloud Code key.
    bool identify(const ApiRequest &request, Caller *caller, ApiError *error) const;

private:
    ServiceContext &m_context;
};

} // namespace Server
