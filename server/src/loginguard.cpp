#include "loginguard.h"

namespace Server {

namespace {
QString keyFor(const QString &identity)
{
    return identity.trimmed().toCaseFolded();
}
} // namespace

LoginGuard::LoginGuard(const std::atomic<int> &maxFailures, const std::atomic<int> &lockoutSeconds)
    : m_maxFailures(maxFailures), m_lockoutSeconds(lockoutSeconds)
{
    m_clock.start();
}

bool LoginGuard::isLocked(const QString &identity)
{
    const auto it = m_attempts.find(keyFor(identity));
    if (it == m_attempts.end() || it->lockedUntilMs < 0)
        return false;
    if (m_clock.elapsed() < it->lockedUntilMs)
        return true;
    m_attempts.erase(it); // the lock ran out: a fresh count starts
    return false;
}

void LoginGuard::recordFailure(const QString &identity)
{
    // Failures with ever new identities must not grow memory without bound: past a generous
    // number of tracked identities, forget the ones that are not locked.
    constexpr qsizetype MaxTracked = 10000;
    if (m_attempts.size() >= MaxTracked) {
        for (auto it = m_attempts.begin(); it != m_attempts.end();)
            it = it->lockedUntilMs < 0 ? m_attempts.erase(it) : std::next(it);
    }
    Attempts &attempts = m_attempts[keyFor(identity)];
    ++attempts.failures;
    const int maxFailures = m_maxFailures.load();
    if (maxFailures > 0 && attempts.failures >= maxFailures)
        attempts.lockedUntilMs = m_clock.elapsed() + qint64(m_lockoutSeconds.load()) * 1000;
}

void LoginGuard::recordSuccess(const QString &identity)
{
    m_attempts.remove(keyFor(identity));
}

void LoginGuard::clear()
{
    m_attempts.clear();
}

} // namespace Server
