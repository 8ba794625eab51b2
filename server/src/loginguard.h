#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <atomic>

namespace Server {

// Counts failed logins per identity and locks the identity for a while after too many (3036).
// Counted per identity value, known or not, so a lockout does not reveal whether an account exists.
class LoginGuard
{
public:
    LoginGuard(const std::atomic<int> &maxFailures, const std::atomic<int> &lockoutSeconds);

    bool isLocked(const QString &identity);
    void recordFailure(const QString &identity);
    void recordSuccess(const QString &identity);
    void clear();

private:
    struct Attempts
    {
        int failures = 0;
        qint64 lockedUntilMs = -1;
    };

    const std::atomic<int> &m_maxFailures;
    const std::atomic<int> &m_lockoutSeconds;
    QElapsedTimer m_clock;
    QHash<QString, Attempts> m_attempts;
};

} // namespace Server
