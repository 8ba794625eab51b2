#include "auth/sessionregistry.h"

#include "auth/randomid.h"
#include "storage/sessionstore.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace Server {

namespace {

// How far a session's last use may run ahead of the stored one before it is written again: a
// restarted server may end a session this much early, and a busy session costs one write per
// this interval, not one per call.
qint64 lastUsedSlackMs(int timeoutSeconds)
{
    return qMin<qint64>(60'000, qint64(timeoutSeconds) * 100);
}

} // namespace

SessionRegistry::SessionRegistry(const std::atomic<int> &timeoutSeconds, SessionStore *store)
    : m_timeoutSeconds(timeoutSeconds)
    , m_store(store)
{
    m_clock.start();
}

QString SessionRegistry::newToken()
{
    // Tokens are credentials: they come from the system CSPRNG.
    return randomUuid(QRandomGenerator::system());
}

bool SessionRegistry::restore(QString *error)
{
    if (!m_store)
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<SessionStore::Row> rows;
    if (!m_store->initialise(now - qint64(m_timeoutSeconds.load()) * 1000, &rows, error))
        return false;
    const qint64 clockNow = m_clock.elapsed();
    for (const SessionStore::Row &row : std::as_const(rows)) {
        // A last use in the future (the wall clock went back since) counts as now.
        const qint64 lastUsed = clockNow - qMax<qint64>(0, now - row.lastUsedMs);
        m_sessions.insert(row.tokenHash, Session{row.userId, lastUsed, lastUsed});
        m_sessionsByUser[row.userId].append(row.tokenHash);
    }
    return true;
}

QString SessionRegistry::open(const QString &userId, const OpenPolicy &policy, Refusal *refusal)
{
    const QList<QByteArray> live = liveSessions(userId);
    const auto refuse = [refusal](Refusal why) {
        if (refusal)
            *refusal = why;
        return QString();
    };
    if (policy.multipleLogins) {
        if (live.size() >= qMax(1, policy.maxLogins))
            return refuse(Refusal::TooManyLogins);
    } else if (!live.isEmpty()) {
        if (policy.refuseSecondLogin)
            return refuse(Refusal::SecondLogin);
        closeUser(userId);
    }
    if (refusal)
        *refusal = Refusal::None;
    const QString token = newToken();
    const QByteArray hash = SessionStore::hashOf(token);
    const qint64 now = m_clock.elapsed();
    m_sessions.insert(hash, Session{userId, now, now});
    m_sessionsByUser[userId].append(hash);
    // On a full disk the session still works, until the server stops (as lastLogin, bookkeeping,
    // keeps its previous value then).
    if (m_store && !m_store->insert(SessionStore::Row{hash, userId, wallClockOf(now)}))
        qWarning("profiledesk-server: a session could not be stored; it ends when the server stops");
    return token;
}

qint64 SessionRegistry::wallClockOf(qint64 clockMs) const
{
    return QDateTime::currentMSecsSinceEpoch() - (m_clock.elapsed() - clockMs);
}

bool SessionRegistry::isExpired(const Session &session) const
{
    return m_clock.elapsed() - session.lastUsedMs >= qint64(m_timeoutSeconds.load()) * 1000;
}

QList<QByteArray> SessionRegistry::liveSessions(const QString &userId)
{
    const QList<QByteArray> hashes = m_sessionsByUser.value(userId);
    for (const QByteArray &hash : hashes) {
        const auto it = m_sessions.constFind(hash);
        if (it == m_sessions.cend() || isExpired(*it))
            forget(userId, hash);
    }
    return m_sessionsByUser.value(userId);
}

void SessionRegistry::forget(const QString &userId, const QByteArray &hash)
{
    m_sessions.remove(hash);
    if (m_store && !m_store->remove(hash))
        qWarning("profiledesk-server: an ended session could not be removed from the database");
    const auto it = m_sessionsByUser.find(userId);
    if (it == m_sessionsByUser.end())
        return;
    it->removeAll(hash);
    if (it->isEmpty())
        m_sessionsByUser.erase(it);
}

void SessionRegistry::persistLastUsed(const QByteArray &hash, Session &session)
{
    if (!m_store || session.lastUsedMs - session.storedMs < lastUsedSlackMs(m_timeoutSeconds.load()))
        return;
    if (m_store->setLastUsed(hash, wallClockOf(session.lastUsedMs)))
        session.storedMs = session.lastUsedMs;
}

QString SessionRegistry::touch(const QString &token)
{
    const QByteArray hash = SessionStore::hashOf(token);
    const auto it = m_sessions.find(hash);
    if (it == m_sessions.end())
        return QString();
    if (isExpired(*it)) {
        const QString userId = it->userId; // forget() drops the session the reference lives in
        forget(userId, hash);
        return QString();
    }
    it->lastUsedMs = m_clock.elapsed();
    persistLastUsed(hash, *it);
    return it->userId;
}

QString SessionRegistry::userOf(const QString &token) const
{
    const auto it = m_sessions.constFind(SessionStore::hashOf(token));
    return it == m_sessions.cend() || isExpired(*it) ? QString() : it->userId;
}

bool SessionRegistry::close(const QString &token)
{
    const QString userId = touch(token);
    if (userId.isEmpty())
        return false;
    forget(userId, SessionStore::hashOf(token));
    return true;
}

void SessionRegistry::closeAll()
{
    m_sessions.clear();
    m_sessionsByUser.clear();
    if (m_store && !m_store->removeAll())
        qWarning("profiledesk-server: the ended sessions could not be removed from the database");
}

void SessionRegistry::closeUser(const QString &userId)
{
    const QList<QByteArray> hashes = m_sessionsByUser.take(userId);
    for (const QByteArray &hash : hashes)
        m_sessions.remove(hash);
    // Also when none is in memory: a row an earlier failed removal left would come back at start.
    if (m_store && !m_store->removeUser(userId))
        qWarning("profiledesk-server: an account's ended sessions could not be removed from the database");
}

} // namespace Server
