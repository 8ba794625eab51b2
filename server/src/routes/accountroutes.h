#pragma once

#include "api/httpreply.h"
#include "auth/accesscontrol.h"
#include "routes/accountactions.h"
#include "storage/maillog.h"

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
    // The mail of `kind` to the user with this identity, recorded in the MailLog; `unknownUserCode`
    // when there is none, 3102 when `confirmationPending` is asked and the user is not pending.
    HttpReply mailTo(const QString &identity, MailLog::Kind kind, int unknownUserCode, bool confirmationPending);

    ServiceContext &m_context;
    AccessControl m_access;
    AccountActions m_actions;
};

} // namespace Server
