#include "config/runtimesettings.h"

#include "config/serveroptions.h"

namespace Server {

void RuntimeSettings::apply(const ServerOptions &options)
{
    dynamicSchema = options.dynamicSchema;
    dropUnknownProperties = options.dropUnknownProperties;
    registrationEnabled = options.registrationEnabled;
    emailConfirmation = options.emailConfirmation;
    sessionTimeoutSeconds = options.sessionTimeoutSeconds;
    loginThrottle = options.loginThrottle;
    applyLoginPolicy(options.loginPolicy);
}

void RuntimeSettings::applyLoginPolicy(const LoginPolicy &policy)
{
    multipleLogins = policy.multipleLogins;
    maxLogins = policy.maxLogins;
    refuseSecondLogin = policy.refuseSecondLogin;
    maxFailedLogins = policy.failedLoginsLock;
    lockoutSeconds = policy.lockSeconds;
}

} // namespace Server
