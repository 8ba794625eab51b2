#include "storage/sessionstore.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace Server {

SessionStore::SessionStore(Database &db)
    : m_db(db)
{ }

QByteArray SessionStore::hashOf(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

bool SessionStore::initialise(qint64 expiredBeforeMs, QList<Row> *live, QString *error)
{
    const bool ready = m_db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS \"_sessions\" (tokenHash BLOB PRIMARY KEY, "
                                                "userId TEXT NOT NULL, lastUsed INTEGER NOT NULL)"))
        && m_db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS \"_sessions_user\" ON \"_sessions\" (userId)"))
        && m_db.exec(QStringLiteral("DELETE FROM \"_sessions\" WHERE lastUsed < ? "
                                    "OR userId NOT IN (SELECT objectId FROM \"Users\")"),
                     {expiredBeforeMs});
    QSqlQuery *query =
        ready ? m_db.run(QStringLiteral("SELECT tokenHash, userId, lastUsed FROM \"_sessions\""), {}) : nullptr;
    if (!query) {
        *error = QStringLiteral("cannot set up the sessions table: %1").arg(m_db.lastError());
        return false;
    }
    while (query->next())
        live->append(Row{query->value(0).toByteArray(), query->value(1).toString(), query->value(2).toLongLong()});
    query->finish();
    return true;
}

bool SessionStore::insert(const Row &row)
{
    return m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO \"_sessions\" (tokenHash, userId, lastUsed) VALUES (?, ?, ?)"),
        {row.tokenHash, row.userId, row.lastUsedMs});
}

bool SessionStore::setLastUsed(const QByteArray &tokenHash, qint64 lastUsedMs)
{
    return m_db.exec(QStringLiteral("UPDATE \"_sessions\" SET lastUsed = ? WHERE tokenHash = ?"),
                     {lastUsedMs, tokenHash});
}

bool SessionStore::remove(const QByteArray &tokenHash)
{
    return m_db.exec(QStringLiteral("DELETE FROM \"_sessions\" WHERE tokenHash = ?"), {tokenHash});
}

bool SessionStore::removeUser(const QString &userId)
{
    return m_db.exec(QStringLiteral("DELETE FROM \"_sessions\" WHERE userId = ?"), {userId});
}

bool SessionStore::removeAll()
{
    return m_db.exec(QStringLiteral("DELETE FROM \"_sessions\""));
}

} // namespace Server
