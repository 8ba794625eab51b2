#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Server {

class Database;

// The users' sessions, in a table of the server's own SQLite database, so that they outlive a
// restart of the server as Backendless's do. A row holds the SHA-256 of the token, never the
// token: whoever reads the file (a backup, a copy sent with a bug report) cannot sign in with it.
// The hash has neither salt nor KDF on purpose: tokens are 128 random bits from the system CSPRNG,
// not guessable words, so a plain hash cannot be inverted by trying candidates, and a lookup
// by hash stays one index probe.
// Times are wall-clock milliseconds since the epoch (a monotonic clock does not survive a restart).
class SessionStore
{
public:
    struct Row
    {
        QByteArray tokenHash;
        QString userId;
        qint64 lastUsedMs = 0;
    };

    explicit SessionStore(Database &db);

    static QByteArray hashOf(const QString &token);

    // Creates the table, drops the rows of users that no longer exist and those idle since before
    // `expiredBeforeMs`, and reads the rest.
    bool initialise(qint64 expiredBeforeMs, QList<Row> *live, QString *error);

    // Each returns false when the database refused (the caller's memory stays the authority).
    bool insert(const Row &row);
    bool setLastUsed(const QByteArray &tokenHash, qint64 lastUsedMs);
    bool remove(const QByteArray &tokenHash);
    bool removeUser(const QString &userId);
    bool removeAll();

private:
    Database &m_db;
};

} // namespace Server
