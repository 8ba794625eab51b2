#include "storage/database.h"

#include "storage/unicodecollation.h"
#include "storage/walcheckpointer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Server {

Database::Database()
    : m_connectionName(QStringLiteral("profiledesk-server-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
{ }

Database::~Database()
{
    m_checkpointer.reset(); // its connection goes first; closing the last one checkpoints the rest
    m_statements.clear(); // before the connection they belong to
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    const bool inMemory = path == QLatin1String(":memory:");
    // A database SQLite could only open read-only (file or directory not writable, a read-only
    // mount) would start and then answer every login with 500: refused here, with the reason.
    // Writing the header's user_version back unchanged is the smallest write there is.
    const QString version = QStringLiteral("PRAGMA user_version");
    QSqlQuery *current = run(version, {});
    const qint64 userVersion = current && current->next() ? current->value(0).toLongLong() : 0;
    if (current)
        current->finish();
    if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion))) {
        *error = QStringLiteral("database %1 cannot be written (read-only file, directory or disk?): %2")
                     .arg(path, m_lastError);
        return false;
    }
    // WAL lets a reader (a test, sqlite3) look at the file while the server writes. Checkpoints
    // run on a thread of their own (WalCheckpointer); the one SQLite runs inside a commit stays as
    // a backstop at 10,000 pages: under writes without a pause the background checkpoint never
    // catches the last frames, so only a commit's own checkpoint lets the WAL start over. It then
    // finds the pages copied already and costs one fsync per ~5,000 commits instead of per ~500.
    if ((!inMemory && !exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        || (!inMemory && !exec(QStringLiteral("PRAGMA wal_autocheckpoint=10000")))
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL")) || !exec(QStringLiteral("PRAGMA busy_timeout=5000"))) {
        *error = QStringLiteral("cannot configure database %1: %2").arg(path, m_lastError);
        return false;
    }
    if (!inMemory)
        m_checkpointer = std::make_unique<WalCheckpointer>(path);
    QString collationError;
    if (!installUnicodeNoCase(db, &collationError)) {
        *error = QStringLiteral("cannot set up identity case folding in %1: %2").arg(path, collationError);
        return false;
    }
    return true;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery *query = run(sql, binds);
    if (query)
        query->finish();
    return query != nullptr;
}

QSqlQuery *Database::run(const QString &sql, const QVariantList &binds)
{
    // Bounded: UPDATE and INSERT statements vary with the columns a body names.
    constexpr qsizetype MaxStatements = 64;
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_statements.size() >= MaxStatements)
            forgetStatements();
        auto query = std::make_shared<QSqlQuery>(connection());
        // Rows are read once, in order: Qt then keeps no copy of the rows already read.
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_lastError = query->lastError().text();
            return nullptr;
        }
        it = m_statements.insert(sql, query);
    }
    QSqlQuery *query = it->get();
    for (qsizetype i = 0; i < binds.size(); ++i)
        query->bindValue(int(i), binds.at(i));
    if (!query->exec()) {
        m_lastError = query->lastError().text();
        query->finish();
        return nullptr;
    }
    return query;
}

const QStringList &Database::columnNames(QSqlQuery *query)
{
    auto it = m_columnNames.find(query);
    if (it == m_columnNames.end()) {
        QStringList names;
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i)
            names << record.fieldName(i);
        it = m_columnNames.insert(query, names);
    }
    return *it;
}

bool Database::prepareAndExec(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool Database::transaction()
{
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    return true;
}

bool Database::commit()
{
    QSqlDatabase db = connection();
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        return false;
    }
    return true;
}

void Database::rollback()
{
    connection().rollback();
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_active(db.transaction())
{ }

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

} // namespace Server
