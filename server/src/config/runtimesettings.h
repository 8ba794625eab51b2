#pragma once

#include <atomic>

namespace Server {

struct LoginPolicy;
struct ServerOptions;

// The settings a running server reads on every request and that another thread (ServerHost,
// a test) may change meanwhile; atomics make each read and write safe without a lock.
struct RuntimeSettings
{
    std::atomic<bool> dynamicSchema{true};
    std::atomic<int> sessionTimeoutSeconds{3600};
    std::atomic<int> responseDelayMs{0};
    std::atomic<bool> dropUnknownProperties{false};
    std::atomic<bool> registrationEnabled{true}; // off: POST users/register answers 3009
    std::atomic<bool> emailConfirmation{false}; // on: new accounts wait for confirmation; off: resend 3103
    // Login policy (LoginPolicy holds the defaults, those of Backendless).
    std::atomic<bool> multipleLogins{false};
    std::atomic<int> maxLogins{1};
    std::atomic<bool> refuseSecondLogin{false};
    std::atomic<int> maxFailedLogins{0};
    std::atomic<int> lockoutSeconds{15 * 60};
    // Failed logins from one client address are answered ever later (LoginThrottle).
    std::atomic<bool> loginThrottle{true};

    // Takes the options' values (at start, and when ServerHost changes a policy).
    void apply(const ServerOptions &options);
    void applyLoginPolicy(const LoginPolicy &policy);
};

} // namespace Server
