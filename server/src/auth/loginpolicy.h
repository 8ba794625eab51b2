#pragma once

namespace Server {

// Backendless's login settings, with its defaults (issue 11): one session per account, a new
// login ending the previous one, and no failed-login lock.
struct LoginPolicy
{
    bool multipleLogins = false;
    int maxLogins = 1; // with multipleLogins: past it, 3044
    bool refuseSecondLogin = false; // without multipleLogins: 3002 instead of ending the first
    int failedLoginsLock = 0; // 0 = unlimited failures, as Backendless; past N, 3036
    int lockSeconds = 15 * 60;
};

} // namespace Server
