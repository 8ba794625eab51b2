#include "storage/unicodecollation.h"

#include <QAnyStringView>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Server {

namespace {

// Indexes built with Unicode NOCASE carry this user_version; older files are rebuilt once.
constexpr int UnicodeNoCaseVersion = 1;

// Registered for UTF-8, the database's encoding: SQLite prefers the variant of a collation that
// needs no conversion, so a UTF-16 one would lose to the built-in NOCASE.
int compareFolded(void *, int leftBytes, const void *left, int rightBytes, const void *right)
{
    const QUtf8StringView a(static_cast<const char *>(left), leftBytes);
    const QUtf8StringView b(static_cast<const char *>(right), rightBytes);
    return QAnyStringView::compare(a, b, Qt::CaseInsensitive);
}

bool run(const QString &sql, QSqlQuery *query, QString *error)
{
    if (query->exec(sql))
        return true;
    *error = query->lastError().text();
    return false;
}

} // namespace

bool installUnicodeNoCase(QSqlDatabase &db, QString *error)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("the SQLite driver gives no handle for the NOCASE collation");
        return false;
    }
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (sqlite3_create_collation_v2(connection, "NOCASE", SQLITE_UTF8, nullptr, compareFolded, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
        return false;
    }
    QSqlQuery query(db);
    if (!run(QStringLiteral("PRAGMA user_version"), &query, error) || !query.next())
        return false;
    if (query.value(0).toInt() >= UnicodeNoCaseVersion)
        return true;
    query.finish();
    // Fails only if two stored identities are equal under Unicode folding; the server then
    // refuses to start rather than serve two accounts under one name.
    return run(QStringLiteral("REINDEX NOCASE"), &query, error)
        && run(QStringLiteral("PRAGMA user_version = %1").arg(UnicodeNoCaseVersion), &query, error);
}

} // namespace Server
