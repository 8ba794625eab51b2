#include "auth/sessionregistry.h"

#include "auth/randomid.h"

#include <QRandomGenerator>

namespace Server {

SessionRegistry::SessionRegistry(const std::atomic<int> &timeoutSeconds)
    : m_timeoutSeconds(timeoutSeconds)
{
    m_clock.start();
}

QString SessionRegistry::newToken()
{
    // Tokens are credentials: they come from the system CSPRNG.
    return randomUuid(QRandomGenerator::system());
}

QString SessionRegistry::open(const QString &userId, const OpenPolicy &policy, Refusal *refusal)
{
    const QStringList live = liveTokens(userId);
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
    m_sessions.insert(token, Session{userId, m_clock.elapsed()});
    m_tokensByUser[userId].append(token);
    return token;
}

bool SessionRegistry::isExpired(const Session &session) const
{
    return m_clock.elapsed() - session.lastUsedMs >= qint64(m_timeoutSeconds.load()) * 1000;
}

QStringList SessionRegistry::liveTokens(const QString &userId)
{
    const QStringList tokens = m_tokensByUser.value(userId);
    for (const QString &token : tokens) {
        const auto it = m_sessions.constFind(token);
        if (it == m_sessions.cend() || isExpired(*it))
            forget(userId, token);
    }
    return m_tokensByUser.value(userId);
}

void SessionRegistry::forget(const QString &userId, const QString &token)
{
    m_sessions.remove(token);
    const auto it = m_tokensByUser.find(userId);
    if (it == m_tokensByUser.end())
        return;
    it->removeAll(token);
    if (it->isEmpty())
        m_tokensByUser.erase(it);
}

QString SessionRegistry::touch(const QString &token)
{
    const auto it = m_sessions.find(token);
    if (it == m_sessions.end())
        return QString();
    if (isExpired(*it)) {
        const QString userId = it->userId; // forget() drops the session the reference lives in
        forget(userId, token);
        return QString();
    }
    it->lastUsedMs = m_clock.elapsed();
    return it->userId;
}

QString SessionRegistry::userOf(const QString &token) const
{
    const auto it = m_sessions.constFind(token);
    return it == m_sessions.cend() || isExpired(*it) ? QString() : it->userId;
}

bool SessionRegistry::close(const QString &token)
{
    const QString userId = touch(token);
    if (userId.isEmpty())
        return false;
    forget(userId, token);
    return true;
}

void SessionRegistry::closeAll()
{
    m_sessions.clear();
    m_tokensByUser.clear();
}

void SessionRegistry::closeUser(const QString &userId)
{
    const QStringList tokens = m_tokensByUser.take(userId);
    for (const QString &token : tokens)
        m_sessions.remove(token);
}

} // namespace Server
