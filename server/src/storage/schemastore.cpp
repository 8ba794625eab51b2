#include "storage/schemastore.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Server {

namespace {

Column systemColumn(const char *name, ColumnType type)
{
    Column column;
    column.name = QLatin1String(name);
    column.type = type;
    column.system = true;
    return column;
}

} // namespace

SchemaStore::SchemaStore(Database &db)
    : m_db(db)
{ }

const QList<Column> &SchemaStore::systemColumns()
{
    static const QList<Column> columns{
        systemColumn("objectId", ColumnType::StringId),
        systemColumn("ownerId", ColumnType::String),
        systemColumn("created", ColumnType::DateTime),
        systemColumn("updated", ColumnType::DateTime),
        systemColumn("lastLogin", ColumnType::DateTime),
        systemColumn("userStatus", ColumnType::String),
        systemColumn("blUserLocale", ColumnType::String),
        systemColumn("socialAccount", ColumnType::String),
        // Real Backendless's Users table carries these too (issue 11): "BACKENDLESS" for an
        // account with a password, and the linked OAuth logins (none here).
        systemColumn("accountType", ColumnType::String),
        systemColumn("oAuthIdentities", ColumnType::Json),
    };
    return columns;
}

bool SchemaStore::initialise(const QList<Column> &configured, QString *error)
{
    QSqlQuery probe(m_db.connection());
    if (!m_db.prepareAndExec(
            probe, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'Users'"), {})) {
        *error = m_db.lastError();
        return false;
    }
    const bool exists = probe.next();
    probe.finish();
    if (!exists)
        return createTables(configured, error) && createSearchIndexes(error);
    if (!reload(error) || !addMissingSystemColumns(error))
        return false;
    // A config that grew since the database was made adds its new columns; existing ones stay.
    for (const Column &column : configured) {
        if (!find(column.name) && !addColumn(column, error))
            return false;
    }
    return createSearchIndexes(error);
}

QString SchemaStore::accountTypeSql()
{
    return QStringLiteral("\"accountType\" TEXT NOT NULL DEFAULT 'BACKENDLESS'");
}

QString SchemaStore::oAuthIdentitiesSql()
{
    return QStringLiteral("\"oAuthIdentities\" TEXT");
}

bool SchemaStore::addMissingSystemColumns(QString *error)
{
    // Databases made before accountType and oAuthIdentities existed get them on their next start.
    QSqlQuery query(m_db.connection());
    if (!m_db.prepareAndExec(query, QStringLiteral("SELECT name FROM pragma_table_info('Users')"), {})) {
        *error = m_db.lastError();
        return false;
    }
    QStringList existing;
    while (query.next())
        existing << query.value(0).toString();
    query.finish();
    const QList<std::pair<QString, QString>> wanted{{QStringLiteral("accountType"), accountTypeSql()},
                                                    {QStringLiteral("oAuthIdentities"), oAuthIdentitiesSql()}};
    for (const auto &[name, sql] : wanted) {
        if (!existing.contains(name) && !m_db.exec(QStringLiteral("ALTER TABLE \"Users\" ADD COLUMN ") + sql)) {
            *error = m_db.lastError();
            return false;
        }
    }
    return true;
}

bool SchemaStore::createSearchIndexes(QString *error)
{
    // The directory searches `email LIKE 'x%' OR name LIKE 'x%'`. SQLite's LIKE is case-insensitive,
    // so it turns a prefix into an index range only on a NOCASE index: the identity column is NOCASE
    // already, but "name" keeps BINARY (its index serves ORDER BY name). Without this one, the OR
    // scans every row (~70 ms at 100,000 users); with it, both terms are index ranges (MULTI-INDEX OR).
    // IF NOT EXISTS: databases made before this index get it on their next start.
    if (find(QStringLiteral("name"))
        && !m_db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS \"Users_name_nocase\" ON \"Users\" "
                                     "(\"name\" COLLATE NOCASE)"))) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}

bool SchemaStore::createTables(const QList<Column> &configured, QString *error)
{
    QStringList definitions{
        QStringLiteral("\"objectId\" TEXT PRIMARY KEY"),
        QStringLiteral("\"ownerId\" TEXT"),
        QStringLiteral("\"created\" INTEGER NOT NULL"),
        QStringLiteral("\"updated\" INTEGER"),
        QStringLiteral("\"lastLogin\" INTEGER"),
        QStringLiteral("\"userStatus\" TEXT NOT NULL DEFAULT 'ENABLED'"),
        QStringLiteral("\"blUserLocale\" TEXT"),
        QStringLiteral("\"socialAccount\" TEXT"),
        accountTypeSql(),
        oAuthIdentitiesSql(),
        quoteIdentifier(passwordHashColumn()) + QStringLiteral(" TEXT NOT NULL"),
        quoteIdentifier(rolesColumn()) + QStringLiteral(" TEXT NOT NULL DEFAULT '[]'"),
    };
    for (const Column &column : configured)
        definitions << columnSql(column);

    Transaction tx(m_db);
    if (!m_db.exec(QStringLiteral("CREATE TABLE \"Users\" (%1)").arg(definitions.join(QStringLiteral(", "))))
        || !m_db.exec(QStringLiteral("CREATE TABLE \"_schema\" (name TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                                     "definition TEXT NOT NULL)"))
        || !m_db.exec(QStringLiteral("CREATE INDEX \"Users_created\" ON \"Users\" (\"created\")"))) {
        *error = m_db.lastError();
        return false;
    }
    int position = 0;
    for (const Column &column : configured) {
        if (!storeDefinition(column, position++, error))
            return false;
        // Indexes for the columns the directory searches and sorts by.
        const bool indexed = column.identity || column.name == QLatin1String("name");
        if (indexed
            && !m_db.exec(QStringLiteral("CREATE %1INDEX %2 ON \"Users\" (%3)")
                              .arg(column.identity ? QStringLiteral("UNIQUE ") : QString(),
                                   quoteIdentifier(QStringLiteral("Users_") + column.name),
                                   quoteIdentifier(column.name)))) {
            *error = m_db.lastError();
            return false;
        }
    }
    if (!tx.commit()) {
        *error = m_db.lastError();
        return false;
    }
    setColumns(configured);
    return true;
}

QString SchemaStore::columnSql(const Column &column) const
{
    // NOCASE on the identity: Alice@Example.com and alice@example.com are one account.
    return quoteIdentifier(column.name) + QLatin1Char(' ') + column.sqlType()
        + (column.identity ? QStringLiteral(" COLLATE NOCASE") : QString());
}

bool SchemaStore::storeDefinition(const Column &column, int position, QString *error)
{
    QJsonObject definition = column.describe();
    if (column.defaultValue.isUndefined())
        definition.remove(QStringLiteral("defaultValue"));
    const QString json = QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact));
    if (!m_db.exec(QStringLiteral("INSERT INTO \"_schema\" (name, position, definition) VALUES (?, ?, ?)"),
                   {column.name, position, json})) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}

bool SchemaStore::reload(QString *error)
{
    QSqlQuery query(m_db.connection());
    if (!m_db.prepareAndExec(query, QStringLiteral("SELECT definition FROM \"_schema\" ORDER BY position"), {})) {
        *error = m_db.lastError();
        return false;
    }
    QList<Column> columns;
    while (query.next()) {
        const QJsonObject object = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        const auto column = Column::fromJson(object, error);
        if (!column)
            return false;
        columns << *column;
    }
    setColumns(columns);
    return true;
}

bool SchemaStore::addColumn(const Column &column, QString *error)
{
    if (!isValidPropertyName(column.name) || findQueryable(column.name)) {
        *error = QStringLiteral("Property '%1' cannot be created").arg(column.name);
        return false;
    }
    if (!m_db.exec(QStringLiteral("ALTER TABLE \"Users\" ADD COLUMN %1").arg(columnSql(column)))) {
        *error = m_db.lastError();
        return false;
    }
    if (!storeDefinition(column, int(m_columns.size()), error))
        return false;
    m_db.forgetStatements();
    ++m_generation;
    m_byName.insert(column.name, m_columns.size());
    m_byFoldedName.insert(column.name.toCaseFolded(), m_columns.size());
    m_columns << column;
    return true;
}

void SchemaStore::setColumns(const QList<Column> &columns)
{
    m_db.forgetStatements();
    ++m_generation;
    m_columns = columns;
    m_byName.clear();
    m_byFoldedName.clear();
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        m_byName.insert(m_columns.at(i).name, i);
        m_byFoldedName.insert(m_columns.at(i).name.toCaseFolded(), i);
    }
}

const Column *SchemaStore::find(const QString &name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.cend() ? nullptr : &m_columns.at(*it);
}

const Column *SchemaStore::findQueryable(const QString &name) const
{
    const auto it = m_byFoldedName.constFind(name.toCaseFolded());
    if (it != m_byFoldedName.cend())
        return &m_columns.at(*it);
    for (const Column &column : systemColumns()) {
        if (column.name.compare(name, Qt::CaseInsensitive) == 0)
            return &column;
    }
    return nullptr;
}

const Column *SchemaStore::identity() const
{
    for (const Column &column : m_columns) {
        if (column.identity)
            return &column;
    }
    return nullptr;
}

QList<Column> SchemaStore::describedColumns() const
{
    QList<Column> described = m_columns;
    Column password;
    password.name = QStringLiteral("password");
    password.required = true;
    described << password << systemColumns();
    return described;
}

} // namespace Server
