#include "auth/loginthrottle.h"

#include "transport/clientaddress.h"

namespace Server {

LoginThrottle::LoginThrottle(const std::atomic<bool> &enabled)
    : m_enabled(enabled)
{
    m_clock.start();
}

qint64 LoginThrottle::delayAfter(int failures) const
{
    if (failures < FreeFailures)
        return 0;
    const int doublings = qMin(failures - FreeFailures, 16);
    return qMin(FirstDelayMs << doublings, MaxDelayMs);
}

qint64 LoginThrottle::admit(const QHostAddress &address)
{
    if (!m_enabled.load())
        return 0;
    const qint64 now = m_clock.elapsed();
    const QHostAddress key = clientKey(address);
    auto it = m_entries.find(key);
    if (it != m_entries.end() && it->inFlight == 0 && now - it->lastFailureMs > ForgetAfterMs) {
        m_entries.erase(it);
        it = m_entries.end();
    }
    if (it == m_entries.end()) {
        if (m_entries.size() >= MaxAddresses)
            prune(now);
        it = m_entries.insert(key, Entry{0, 0, now, now});
    }
    const qint64 admitAt = qMax(now, it->nextAdmitMs);
    if (admitAt - now > MaxQueuedMs)
        return -1;
    ++it->inFlight;
    it->nextAdmitMs = admitAt + delayAfter(it->failures + it->inFlight);
    return admitAt - now;
}

bool LoginThrottle::isQuiet(const QHostAddress &address) const
{
    const auto it = m_entries.constFind(clientKey(address));
    if (it == m_entries.cend())
        return true;
    const bool forgotten = it->failures == 0 || m_clock.elapsed() - it->lastFailureMs > ForgetAfterMs;
    return forgotten && it->inFlight <= 1;
}

void LoginThrottle::recordSettled(const QHostAddress &address)
{
    const auto it = m_entries.find(clientKey(address));
    if (it != m_entries.end() && it->inFlight > 0)
        --it->inFlight;
}

void LoginThrottle::recordFailure(const QHostAddress &address)
{
    if (!m_enabled.load())
        return;
    recordSettled(address);
    const qint64 now = m_clock.elapsed();
    const QHostAddress key = clientKey(address);
    if (!m_entries.contains(key) && m_entries.size() >= MaxAddresses)
        prune(now);
    Entry &entry = m_entries[key];
    entry.failures = qMin(entry.failures + 1, 1000);
    entry.lastFailureMs = now;
    // The first throttled attempt waits too, not only the ones after it.
    entry.nextAdmitMs = qMax(entry.nextAdmitMs, now + delayAfter(entry.failures));
}

void LoginThrottle::prune(qint64 now)
{
    m_entries.removeIf([now](const auto &entry) {
        return entry.value().inFlight == 0 && now - entry.value().lastFailureMs > ForgetAfterMs;
    });
    if (m_entries.size() < MaxAddresses)
        return;
    // Still full of recent entries: drop the stalest, so a newcomer is always tracked.
    auto stalest = m_entries.begin();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->lastFailureMs < stalest->lastFailureMs)
            stalest = it;
    }
    m_entries.erase(stalest);
}

} // namespace Server
