#pragma once

#include "api/httpreply.h"
#include "auth/accesscontrol.h"
#include "routes/accountactions.h"

namespace Server {

class Router;
struct ApiRequest;
struct ServiceContext;

// The user service's account calls (docs/PROTOCOL.md "Account actions"): the ones Backendless
// allows the Cloud Code key only (status, roles of another user, password check), answered with
// the SDK-observed refusals to the REST key, and the two mails (reset, confirmation), written to
// the MailLog.
class AccountRoutes
{
public:
    explicit AccountRoutes(ServiceContext &context);

    void registerRoutes(Router &router);

    HttpReply setStatus(const ApiRequest &request);
    HttpReply assignRole(const ApiRequest &request);
    HttpReply unassignRole(const ApiRequest &request);
    HttpReply userRolesOf(const ApiRequest &request);
    HttpReply verifyPassword(const ApiRequest &request);
    HttpReply restorePassword(const ApiRequest &request);
    HttpReply resendConfirmation(const ApiRequest &request);

private:
    HttpReply changeRole(const ApiRequest &request, bool assign);

    ServiceContext &m_context;
    AccessControl m_access;
    AccountActions m_actions;
};

} // namespace Server
