#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>

namespace Server {

class SessionStore;

// What a new login does to the account's live sessions (Backendless's login policy).
struct SessionPolicy
{
    bool multipleLogins = false;
    int maxLogins = 1; // with multipleLogins
    bool refuseSecondLogin = false; // without multipleLogins: refuse instead of ending the first
};

// Logged-in sessions: token -> user. A session slides with each call that uses it and ends after
// the configured seconds of inactivity. How a new login meets the account's live sessions is
// Backendless's login policy (OpenPolicy). Decided here, in memory, keyed by the token's SHA-256;
// every change is written through to a SessionStore, from which a restarted server takes its
// sessions back (as Backendless keeps them across its restarts). Without a store (unit tests)
// the sessions end with the registry.
class SessionRegistry
{
public:
    using OpenPolicy = SessionPolicy;
    enum class Refusal { None, SecondLogin, TooManyLogins };

    // `store` (may be null) must outlive the registry; see restore().
    explicit SessionRegistry(const std::atomic<int> &timeoutSeconds, SessionStore *store = nullptr);

    // Takes the store's sessions, dropping the expired ones from it; the error is the store's.
    bool restore(QString *error);

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
        qint64 lastUsedMs = 0; // on m_clock
        qint64 storedMs = 0; // the lastUsedMs the store holds, on m_clock
    };

    bool isExpired(const Session &session) const;
    // The user's live sessions (token hashes); expired ones are dropped on the way.
    QList<QByteArray> liveSessions(const QString &userId);
    void forget(const QString &userId, const QByteArray &hash);
    void persistLastUsed(const QByteArray &hash, Session &session);
    qint64 wallClockOf(qint64 clockMs) const;
    static QString newToken();

    const std::atomic<int> &m_timeoutSeconds;
    SessionStore *m_store;
    QElapsedTimer m_clock; // monotonic: wall-clock jumps neither end nor extend a running session
    QHash<QByteArray, Session> m_sessions;
    QHash<QString, QList<QByteArray>> m_sessionsByUser;
};

} // namespace Server
