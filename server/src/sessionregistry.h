#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <atomic>

namespace Server {

// Logged-in sessions: token -> user. A session slides with each call that uses it and ends after
// the configured seconds of inactivity; a new login of the same account ends the previous
// session (Backendless's default). Kept in memory: a restarted server has no sessions, like a
// Backendless session timeout.
class SessionRegistry
{
public:
    explicit SessionRegistry(const std::atomic<int> &timeoutSeconds);

    QString open(const QString &userId);
    // The user of a live token (and the session slides), or an empty string.
    QString touch(const QString &token);
    bool close(const QString &token);
    void closeAll();
    void closeUser(const QString &userId);

private:
    struct Session
    {
        QString userId;
        qint64 lastUsedMs = 0;
    };

    bool isExpired(const Session &session) const;
    static QString newToken();

    const std::atomic<int> &m_timeoutSeconds;
    QElapsedTimer m_clock;      // monotonic: wall-clock jumps neither end nor extend sessions
    QHash<QString, Session> m_sessions;
    QHash<QString, QString> m_tokenByUser;
};

} // namespace Server
