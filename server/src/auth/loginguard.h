#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <atomic>

namespace Server {

// The opt-in account lock (`--failed-logins-lock N`, Backendless's "failed logins" setting; off
// by default): past N consecutive failures an identity answers 3036 for the lock period, even
// with the right password. Counted per identity value, known or not, so a lock does not reveal
// whether an account exists. A success or a completed password reset (a new password) lifts it;
// asking for a reset does not (issue 25, item 5). A lock holds only against the client hosts
// (clientKey) whose failures count towards it, so a stranger can lock an account against himself
// but never keep its owner, on another host, out (each new host gets one try while locked).
class LoginGuard
{
public:
    LoginGuard(const std::atomic<int> &maxFailures, const std::atomic<int> &lockoutSeconds);

    // `peer`: the client asking; a null address stands for any host (the lock applies).
    bool isLocked(const QString &identity, const QHostAddress &peer = QHostAddress());
    void recordFailure(const QString &identity, const QHostAddress &peer = QHostAddress());
    void recordSuccess(const QString &identity);
    void clear();

    qsizetype trackedIdentities() const { return m_attempts.size(); }

    // Longer logins cannot name an account (identities are STRING columns) and are never
    // tracked; with it, the guard's memory is bounded by MaxTracked keys of this length.
    static constexpr qsizetype MaxIdentityLength = 500;
    static constexpr qsizetype MaxTracked = 10000;
    // Hosts remembered per identity; past it the oldest is forgotten (it gets one more try).
    static constexpr qsizetype MaxHostsPerIdentity = 16;

private:
    struct Attempts
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 lockedUntilMs = -1;
        QList<QHostAddress> hosts; // whose failures these are; a null entry: any host
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
