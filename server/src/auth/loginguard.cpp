#include "auth/loginguard.h"

#include "transport/clientaddress.h"

namespace Server {

QString LoginGuard::keyFor(const QString &identity)
{
    return identity.trimmed().toCaseFolded();
}

LoginGuard::LoginGuard(const std::atomic<int> &maxFailures, const std::atomic<int> &lockoutSeconds)
    : m_maxFailures(maxFailures)
    , m_lockoutSeconds(lockoutSeconds)
{
    m_clock.start();
}

bool LoginGuard::isStale(const Attempts &attempts, qint64 now) const
{
    // A lock that ran out, or failures older than one lock period: a fresh count starts.
    const qint64 period = qint64(m_lockoutSeconds.load()) * 1000;
    if (attempts.lockedUntilMs >= 0)
        return now >= attempts.lockedUntilMs;
    return now - attempts.lastFailureMs >= period;
}

bool LoginGuard::isLocked(const QString &identity, const QHostAddress &peer)
{
    if (m_maxFailures.load() <= 0 || identity.size() > MaxIdentityLength)
        return false;
    const auto it = m_attempts.find(keyFor(identity));
    if (it == m_attempts.end())
        return false;
    if (isStale(*it, m_clock.elapsed())) {
        m_attempts.erase(it);
        return false;
    }
    if (it->lockedUntilMs < 0)
        return false;
    return peer.isNull() || it->hosts.contains(QHostAddress()) || it->hosts.contains(clientKey(peer));
}

void LoginGuard::recordFailure(const QString &identity, const QHostAddress &peer)
{
    const int maxFailures = m_maxFailures.load();
    if (maxFailures <= 0 || identity.size() > MaxIdentityLength)
        return;
    const qint64 now = m_clock.elapsed();
    const QString key = keyFor(identity);
    if (!m_attempts.contains(key) && m_attempts.size() >= MaxTracked)
        prune(now);
    Attempts &attempts = m_attempts[key];
    if (isStale(attempts, now))
        attempts = Attempts();
    ++attempts.failures;
    attempts.lastFailureMs = now;
    const QHostAddress host = peer.isNull() ? QHostAddress() : clientKey(peer);
    if (!attempts.hosts.contains(host)) {
        if (attempts.hosts.size() >= MaxHostsPerIdentity)
            attempts.hosts.removeFirst();
        attempts.hosts.append(host);
    }
    if (attempts.failures >= maxFailures)
        attempts.lockedUntilMs = now + qint64(m_lockoutSeconds.load()) * 1000;
}

void LoginGuard::recordSuccess(const QString &identity)
{
    m_attempts.remove(keyFor(identity));
}

void LoginGuard::clear()
{
    m_attempts.clear();
}

void LoginGuard::prune(qint64 now)
{
    m_attempts.removeIf([this, now](const auto &entry) { return isStale(entry.value(), now); });
    if (m_attempts.size() < MaxTracked)
        return;
    // Still full: forget counts that have not locked anything yet before any lock.
    for (auto it = m_attempts.begin(); it != m_attempts.end() && m_attempts.size() >= MaxTracked;)
        it = it->lockedUntilMs < 0 ? m_attempts.erase(it) : std::next(it);
    // Only live locks left (an attacker locking 10,000 names): the new name goes untracked rather
    // than lifting someone's lock; drop one arbitrary lock to make room and stay bounded.
    if (m_attempts.size() >= MaxTracked)
        m_attempts.erase(m_attempts.begin());
}

} // namespace Server
