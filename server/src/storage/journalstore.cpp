#include "storage/journalstore.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace Server {

namespace {

Column makeColumn(const char *name, ColumnType type, bool system = false)
{
    Column column;
    column.name = QLatin1String(name);
    column.type = type;
    column.system = system;
    return column;
}

} // namespace

JournalStore::JournalStore(Database &db)
    : m_db(db)
{ }

const QList<Column> &JournalStore::columns()
{
    static const QList<Column> all{
        makeColumn("objectId", ColumnType::StringId, true),
        makeColumn("ownerId", ColumnType::String, true),
        makeColumn("created", ColumnType::DateTime, true),
        makeColumn("updated", ColumnType::DateTime, true),
        // The client's id of the entry: what a re-send looks for before it sends again.
        makeColumn("entryId", ColumnType::String),
        makeColumn("at", ColumnType::DateTime), // when the save was sent (the staff member's clock)
        makeColumn("staff", ColumnType::String),
        makeColumn("userId", ColumnType::String),
        makeColumn("userIdentity", ColumnType::String),
        makeColumn("changes", ColumnType::Json),
        makeColumn("reason", ColumnType::Text),
        makeColumn("result", ColumnType::String),
        makeColumn("errorCode", ColumnType::Int),
        makeColumn("errorText", ColumnType::Text),
        makeColumn("finished", ColumnType::DateTime),
    };
    return all;
}

const Column *JournalStore::column(const QString &name)
{
    for (const Column &column : columns()) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

bool JournalStore::probe(QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!m_db.prepareAndExec(query, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
                             {tableName()})) {
        *error = m_db.lastError();
        return false;
    }
    m_exists = query.next();
    return true;
}

bool JournalStore::create(QString *error)
{
    QStringList definitions;
    for (const Column &column : columns()) {
        QString definition = quoteIdentifier(column.name) + QLatin1Char(' ') + column.sqlType();
        if (column.name == QLatin1String("objectId"))
            definition += QStringLiteral(" PRIMARY KEY");
        else if (column.name == QLatin1String("created"))
            definition += QStringLiteral(" NOT NULL");
        definitions << definition;
    }
    const QString table = quoteIdentifier(tableName());
    if (!m_db.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)").arg(table, definitions.join(QStringLiteral(", "))))
        || !m_db.exec(
            QStringLiteral("CREATE INDEX IF NOT EXISTS \"ProfileDeskJournal_created\" ON %1 (\"created\")").arg(table))
        || !m_db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS \"ProfileDeskJournal_entryId\" ON %1 (\"entryId\")")
                          .arg(table))) {
        *error = m_db.lastError();
        return false;
    }
    m_exists = true;
    return true;
}

bool JournalStore::insert(const QVariantMap &values) const
{
    QStringList names;
    QStringList marks;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        names << quoteIdentifier(it.key());
        marks << QStringLiteral("?");
        binds << it.value();
    }
    return m_db.exec(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(quoteIdentifier(tableName()), names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
        binds);
}

bool JournalStore::select(const SqlSelect &select, QJsonArray *rows) const
{
    return selectRows(m_db, select, tableName(), rows);
}

bool JournalStore::count(const SqlSelect &select, qint64 *count) const
{
    return selectCount(m_db, select, count);
}

bool JournalStore::findById(const QString &objectId, QJsonObject *row, bool *found) const
{
    QStringList names;
    for (const Column &column : columns())
        names << quoteIdentifier(column.name);
    QSqlQuery query(m_db.connection());
    if (!m_db.prepareAndExec(query,
                             QStringLiteral("SELECT %1 FROM %2 WHERE \"objectId\" = ?")
                                 .arg(names.join(QStringLiteral(", ")), quoteIdentifier(tableName())),
                             {objectId}))
        return false;
    *found = query.next();
    if (*found)
        *row = rowJson(query, columns(), tableName());
    return true;
}

QString JournalStore::lastError() const
{
    return m_db.lastError();
}

} // namespace Server
