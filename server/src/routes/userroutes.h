#pragma once

#include "api/httpreply.h"
#include "api/router.h"
#include "auth/accesscontrol.h"
#include "auth/authenticator.h"
#include "routes/userupdater.h"

namespace Server {

class Router;
struct ApiRequest;
struct ServiceContext;

// The user service: /users/... (docs/PROTOCOL.md's table, upper half).
class UserRoutes
{
public:
    explicit UserRoutes(ServiceContext &context);

    void registerRoutes(Router &router);

    HttpReply login(const ApiRequest &request);
    HttpReply logout(const ApiRequest &request);
    HttpReply isValidUserToken(const ApiRequest &request);
    HttpReply registerUser(const ApiRequest &request);
    HttpReply update(const ApiRequest &request);
    HttpReply describeUserClass(const ApiRequest &request);
    HttpReply userRoles(const ApiRequest &request);

private:
    ServiceContext &m_context;
    AccessControl m_access;
    UserUpdater m_updater;
    Authenticator m_authenticator;
};

} // namespace Server
