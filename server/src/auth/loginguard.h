#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <atomic>

namespace Server {

// The opt-in account lock (`--failed-logins-lock N`, Backendless's "failed logins" setting; off
// by default): past N consecutive failures an identity answers 3036 for the lock period, even
// with the right password. Counted per identity value, known or not, so a lock does not reveal
// whether an account exists. A success or a password reset of the account lifts it.
class LoginGuard
{
public:
    LoginGuard(const std::atomic<int> &maxFailures, const std::atomic<int> &lockoutSeconds);

    bool isLocked(const QString &identity);
    void recordFailure(const QString &identity);
    void recordSuccess(const QString &identity);
    void clear();

    qsizetype trackedIdentities() const { return m_attempts.size(); }

    // Longer logins cannot name an account (identities are STRING columns) and are never
    // tracked; with it, the guard's memory is bounded by MaxTracked keys of this length.
    static constexpr qsizetype MaxIdentityLength = 500;
    static constexpr qsizetype MaxTracked = 10000;

private:
    struct Attempts
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 lockedUntilMs = -1;
    };

    static QString keyFor(const QString &identity);
    bool isStale(const Attempts &attempts, qint64 now) const;
    void prune(qint64 now);

    const std::atomic<int> &m_maxFailures;
    const std::atomic<int> &m_lockoutSeconds;
    QElapsedTimer m_clock;
    QHash<QString, Attempts> m_attempts;
};

} // namespace Server
