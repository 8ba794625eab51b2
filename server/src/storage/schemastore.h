#pragma once

#include "storage/column.h"

#include <QHash>
#include <QList>

namespace Server {

class Database;

// The Users table's columns: created from the configured schema on a new database, read back on
// an existing one, extended by dynamic schema definition. The definitions live in the table
// `_schema` next to the data, so a database file carries its own schema.
class SchemaStore
{
public:
    explicit SchemaStore(Database &db);

    bool initialise(const QList<Column> &configured, QString *error);
    bool reload(QString *error);
    // ALTER TABLE in the caller's transaction; reload() after a rollback.
    bool addColumn(const Column &column, QString *error);

    const QList<Column> &columns() const { return m_columns; }
    // Changes whenever the columns do (a row read before then lacks the new ones).
    quint64 generation() const { return m_generation; }
    const Column *find(const QString &name) const;
    // Columns a where clause, sortBy or props may name: the schema's plus the system columns;
    // matched case-insensitively, as Backendless does.
    const Column *findQueryable(const QString &name) const;
    const Column *identity() const;
    // userclassprops: the schema, `password`, and the system columns.
    QList<Column> describedColumns() const;

    static const QList<Column> &systemColumns();

    // Storage-only columns, never returned and never queryable: property names cannot start
    // with '_' (isValidPropertyName), so they cannot collide with a client's property.
    static QString passwordHashColumn() { return QStringLiteral("_passwordHash"); }
    static QString rolesColumn() { return QStringLiteral("_roles"); }

private:
    bool createTables(const QList<Column> &configured, QString *error);
    bool createSearchIndexes(QString *error);
    bool addMissingSystemColumns(QString *error);
    static QString accountTypeSql();
    static QString oAuthIdentitiesSql();
    bool storeDefinition(const Column &column, int position, QString *error);
    QString columnSql(const Column &column) const;
    void setColumns(const QList<Column> &columns);

    Database &m_db;
    QList<Column> m_columns;
    // Name -> position in m_columns, exact and case-folded: a body with thousands of keys is
    // checked in linear time (issue 12, H2).
    QHash<QString, qsizetype> m_byName;
    QHash<QString, qsizetype> m_byFoldedName;
    quint64 m_generation = 0;
};

} // namespace Server
