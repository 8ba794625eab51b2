#include "sessionregistry.h"

#include "randomid.h"

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

QString SessionRegistry::open(const QString &userId)
{
    closeUser(userId);
    const QString token = newToken();
    m_sessions.insert(token, Session{userId, m_clock.elapsed()});
    m_tokenByUser.insert(userId, token);
    return token;
}

bool SessionRegistry::isExpired(const Session &session) const
{
    return m_clock.elapsed() - session.lastUsedMs >= qint64(m_timeoutSeconds.load()) * 1000;
}

QString SessionRegistry::touch(const QString &token)
{
    const auto it = m_sessions.find(token);
    if (it == m_sessions.end())
        return QString();
    if (isExpired(*it)) {
        m_tokenByUser.remove(it->userId);
        m_sessions.erase(it);
        return QString();
    }
    it->lastUsedMs = m_clock.elapsed();
    return it->userId;
}

bool SessionRegistry::close(const QString &token)
{
    const QString userId = touch(token);
    if (userId.isEmpty())
        return false;
    m_sessions.remove(token);
    m_tokenByUser.remove(userId);
    return true;
}

void SessionRegistry::closeAll()
{
    m_sessions.clear();
    m_tokenByUser.clear();
}

void SessionRegistry::closeUser(const QString &userId)
{
    const QString token = m_tokenByUser.take(userId);
    if (!token.isEmpty())
        m_sessions.remove(token);
}

} // namespace Server
