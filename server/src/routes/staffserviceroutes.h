#pragma once

#include "api/httpreply.h"
#include "auth/accesscontrol.h"
#include "routes/accountactions.h"

namespace Server {

class Router;
struct ApiRequest;
struct ServiceContext;

// POST services/ProfileDeskStaff/{method}: the API service shipped in cloudcode/ProfileDeskStaff,
// so that the demo and the tests have it. It does exactly what the JavaScript does (tests/sdk runs
// that file against this server, so the two cannot drift): the caller must hold SupportStaff, may
// act neither on another staff account nor on themselves, may not grant or take SupportStaff, and
// then the privileged call runs (AccountActions, what the Cloud Code key may do).
class StaffServiceRoutes
{
public:
    explicit StaffServiceRoutes(ServiceContext &context);

    void registerRoutes(Router &router);

    HttpReply invoke(const ApiRequest &request);

    static QString serviceName() { return QStringLiteral("ProfileDeskStaff"); }

private:
    struct Target
    {
        QString objectId;
        QString identity;
        QStringList roles;
    };

    // The checks every method makes, in the JavaScript's order; false with the refusal in `error`.
    bool checkTarget(const ApiRequest &request, Target *target, ApiError *error) const;
    HttpReply setUserStatus(const ApiRequest &request, const Target &target) const;
    HttpReply changeRole(const ApiRequest &request, const Target &target, bool assign) const;
    HttpReply rolesAfter(const Target &target) const;

    ServiceContext &m_context;
    AccessControl m_access;
    AccountActions m_actions;
};

} // namespace Server
