#pragma once

#include "api/apierror.h"
#include "storage/whereparser.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

class QJsonArray;
class QSqlQuery;

namespace Server {

class SchemaStore;

// The keys of a Data API find / count, from either the GET query string or the POST body.
struct DataQuery
{
    QString where;
    int pageSize = 10;
    int offset = 0;
    QStringList sortBy;
    QStringList props; // "*" is every column (the SDK's addAllProperties())
    QStringList excludeProps;
    bool fromEnd = false; // GET data/Users/last: the last object in the sort order

    static constexpr int MaxPageSize = 100;

    static bool fromUrlQuery(const QUrlQuery &query, DataQuery *out, ApiError *error);
    static bool fromJson(const QJsonObject &body, DataQuery *out, ApiError *error);
    static QString whereFrom(const QUrlQuery &query);
};

// A DataQuery as parameterised SQL over one table (Users, or a table of fixed columns).
struct SqlSelect
{
    QString sql;
    QVariantList binds;
    QList<Column> columns; // what each row carries, for the JSON conversion
};

class Database;

// Runs a built SELECT: each row as a JSON object of its columns, with "___class": className.
bool selectRows(Database &db, const SqlSelect &select, const QString &className, QJsonArray *rows);
// Runs a built SELECT COUNT(*): its one number.
bool selectCount(Database &db, const SqlSelect &select, qint64 *count);
// The row `query` is on, as JSON of `columns` (in the SELECT's order), with "___class": className.
QJsonObject rowJson(const QSqlQuery &query, const QList<Column> &columns, const QString &className);

class QueryBuilder
{
public:
    // The Users table, as its schema stands at each query.
    explicit QueryBuilder(const SchemaStore &schema);
    // A table of fixed columns (objectId and created among them), e.g. ProfileDeskJournal.
    QueryBuilder(const QString &table, const QList<Column> &columns);

    bool filter(const QString &where, SqlFilter *out, ApiError *error) const;
    bool select(const DataQuery &query, SqlSelect *out, ApiError *error) const;
    bool count(const QString &where, SqlSelect *out, ApiError *error) const;

private:
    const Column *queryable(const QString &name) const;
    // props and excludeProps: the columns each row carries, objectId first.
    bool selectColumns(const DataQuery &query, QList<Column> *out, ApiError *error) const;

    QString m_table;
    std::function<const Column *(const QString &name)> m_lookup;
    std::function<QList<Column>()> m_allColumns;
};

} // namespace Server
