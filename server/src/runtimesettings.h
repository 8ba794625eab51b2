#pragma once

#include <atomic>

namespace Server {

// The settings a running server reads on every request and that another thread (ServerHost,
// a test) may change meanwhile; atomics make each read and write safe without a lock.
struct RuntimeSettings
{
    std::atomic<bool> dynamicSchema{true};
    std::atomic<int> sessionTimeoutSeconds{3600};
    std::atomic<int> responseDelayMs{0};
    std::atomic<int> maxFailedLogins{5};
    std::atomic<int> lockoutSeconds{15 * 60};
};

} // namespace Server
