#include "files/filestore.h"

#include "files/filepath.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Server {

namespace {

// Everything under the directory "users/A1" sorts, bytewise, from "users/A1/" up to but not
// including "users/A10" ('0' follows '/'). LIKE would be case-insensitive.
constexpr auto UnderClause = "(path >= ? AND path < ?)";

QVariantList underBounds(const QString &directory)
{
    return {QString(directory + QLatin1Char('/')), QString(directory + QLatin1Char('0'))};
}

} // namespace

FileStore::FileStore(Database &db, qint64 maxTotalBytes)
    : m_db(db)
    , m_maxTotalBytes(maxTotalBytes)
{ }

bool FileStore::initialise(QString *error)
{
    if (m_db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS \"_files\" (path TEXT PRIMARY KEY, bytes BLOB NOT NULL, "
                                 "size INTEGER NOT NULL, ownerId TEXT, created INTEGER NOT NULL)")))
        return true;
    *error = QStringLiteral("cannot create the files table: %1").arg(m_db.lastError());
    return false;
}

qint64 FileStore::totalBytes() const
{
    QSqlQuery *query = m_db.run(QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM \"_files\""), {});
    const qint64 total = query && query->next() ? query->value(0).toLongLong() : 0;
    if (query)
        query->finish();
    return total;
}

FileStore::Write FileStore::put(const FilePath &path, const QByteArray &bytes, bool overwrite, const QString &ownerId)
{
    if (bytes.size() > MaxFileBytes)
        return Write::TooLarge;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Write::Failed;
    QSqlQuery *query = m_db.run(QStringLiteral("SELECT size FROM \"_files\" WHERE path = ?"), {path.text()});
    if (!query)
        return Write::Failed;
    const bool exists = query->next();
    const qint64 previous = exists ? query->value(0).toLongLong() : 0;
    query->finish();
    if (exists && !overwrite)
        return Write::Exists;
    if (totalBytes() - previous + bytes.size() > m_maxTotalBytes)
        return Write::StoreFull;
    if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO \"_files\" (path, bytes, size, ownerId, created) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {path.text(), bytes, bytes.size(), ownerId, QDateTime::currentMSecsSinceEpoch()}))
        return Write::Failed;
    return transaction.commit() ? Write::Written : Write::Failed;
}

bool FileStore::read(const FilePath &path, QByteArray *bytes) const
{
    QSqlQuery *query = m_db.run(QStringLiteral("SELECT bytes FROM \"_files\" WHERE path = ?"), {path.text()});
    const bool found = query && query->next();
    if (found)
        *bytes = query->value(0).toByteArray();
    if (query)
        query->finish();
    return found;
}

bool FileStore::exists(const FilePath &path) const
{
    QSqlQuery *query = m_db.run(
        QStringLiteral("SELECT 1 FROM \"_files\" WHERE path = ? OR %1 LIMIT 1").arg(QLatin1String(UnderClause)),
        QVariantList{path.text()} + underBounds(path.text()));
    const bool found = query && query->next();
    if (query)
        query->finish();
    return found;
}

int FileStore::remove(const FilePath &path)
{
    Transaction transaction(m_db);
    QSqlQuery *query =
        m_db.run(QStringLiteral("DELETE FROM \"_files\" WHERE path = ? OR %1").arg(QLatin1String(UnderClause)),
                 QVariantList{path.text()} + underBounds(path.text()));
    if (!transaction.isActive() || !query)
        return -1;
    const int removed = query->numRowsAffected();
    query->finish();
    return transaction.commit() ? removed : -1;
}

} // namespace Server
