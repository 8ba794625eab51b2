#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Server {

// What a new login does to the account's live sessions (Backendless's login policy).
struct SessionPolicy
{
    bool multipleLogins = false;
    int maxLogins = 1; // with multipleLogins
    bool refuseSecondLogin = false; // without multipleLogins: refuse instead of ending the first
};

// Logged-in sessions: token -> user. A session slides with each call that uses it and ends after
// the configured seconds of inactivity. How a new login meets the account's live sessions is
// Backendless's login policy (OpenPolicy). Kept in memory: a restarted server has no sessions,
// like a Backendless session timeout.
class SessionRegistry
{
public:
    using OpenPolicy = SessionPolicy;
    enum class Refusal { None, SecondLogin, TooManyLogins };

    explicit SessionRegistry(const std::atomic<int> &timeoutSeconds);

    // A new token, or an empty string and why not.
    QString open(const QString &userId, const OpenPolicy &policy = OpenPolicy(), Refusal *refusal = nullptr);
    // The user of a live token (and the session slides), or an empty string.
    QString touch(const QString &token);
    // The user of a live token without sliding it (Real-Time events are no use of the session).
    QString userOf(const QString &token) const;
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
    // The user's live tokens; expired ones are dropped on the way.
    QStringList liveTokens(const QString &userId);
    void forget(const QString &userId, const QString &token);
    static QString newToken();

    const std::atomic<int> &m_timeoutSeconds;
    QElapsedTimer m_clock; // monotonic: wall-clock jumps neither end nor extend sessions
    QHash<QString, Session> m_sessions;
    QHash<QString, QStringList> m_tokensByUser;
};

} // namespace Server
