#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>

#include <atomic>

namespace Server {

// Brute-force defence keyed on the client address, not on the account (server/README.md,
// "Failed logins"): after a few free failures, each further login attempt from that address is
// answered ever later (doubling, capped), so guessing slows to a crawl while the account's owner,
// on another address, is never slowed or locked out. The delay is a reservation: attempts sent in
// parallel are spaced out too, and none of them costs a password hash before its turn.
class LoginThrottle
{
public:
    explicit LoginThrottle(const std::atomic<bool> &enabled);

    // Milliseconds to hold this attempt before checking it; -1 when the address already has more
    // waiting than MaxQueuedMs (refused at once, 429). An admitted attempt counts as a failure
    // from the moment it arrives until it is settled (issue 25, item 4): a burst sent together is
    // spaced out before any of it costs a hash, not after all of it has been checked.
    qint64 admit(const QHostAddress &address);
    // Settles an admitted attempt: failed, or not (a success, or refused before a check).
    void recordFailure(const QHostAddress &address);
    void recordSettled(const QHostAddress &address);
    void clear() { m_entries.clear(); }
    // Whether the address has no recent failure and no attempt in flight besides the one being
    // checked: its password check takes the pool's first lane, ahead of the hashes that bursts
    // from other addresses queued (issue 25, item 4: the owner's own share of the hash pool).
    bool isQuiet(const QHostAddress &address) const;

    static constexpr int FreeFailures = 5;
    static constexpr qint64 FirstDelayMs = 250;
    static constexpr qint64 MaxDelayMs = 8000;
    static constexpr qint64 MaxQueuedMs = 60 * 1000;
    // Failures are forgotten after this long without a new one.
    static constexpr qint64 ForgetAfterMs = 15 * 60 * 1000;
    // Bounds memory whatever the number of addresses; the stalest entries go first.
    static constexpr qsizetype MaxAddresses = 10000;

    qsizetype trackedAddresses() const { return m_entries.size(); }

private:
    struct Entry
    {
        int failures = 0;
        int inFlight = 0; // admitted, not settled yet
        qint64 lastFailureMs = 0;
        qint64 nextAdmitMs = 0;
    };

    qint64 delayAfter(int failures) const;
    void prune(qint64 now);

    const std::atomic<bool> &m_enabled;
    QElapsedTimer m_clock;
    QHash<QHostAddress, Entry> m_entries;
};

} // namespace Server
