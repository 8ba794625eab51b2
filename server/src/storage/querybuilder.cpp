#include "storage/querybuilder.h"

#include "storage/database.h"
#include "storage/schemastore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

#include <algorithm>
#include <cmath>

namespace Server {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

// props and sortBy name at most this many columns (a table has at most 1,000, and SQLite refuses
// more than 2,000 in a statement: naming one 3,000 times was a 500, issue 25).
constexpr qsizetype MaxListedColumns = 1000;

bool checkListSize(const QStringList &list, const QString &key, ApiError *error)
{
    if (list.size() <= MaxListedColumns)
        return true;
    *error = ApiError::make(ErrorCode::InvalidWhereClause,
                            QStringLiteral("'%1' names more than %2 columns").arg(key).arg(MaxListedColumns));
    return false;
}

// props and sortBy arrive as one comma-joined string (REST, JS SDK) or as an array of strings.
bool readList(const QJsonValue &value, const QString &key, QStringList *out, ApiError *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString()) {
        *out = splitList(value.toString());
        return checkListSize(*out, key, error);
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                *error =
                    ApiError::make(ErrorCode::InvalidWhereClause, QStringLiteral("'%1' must hold strings").arg(key));
                return false;
            }
            *out << splitList(item.toString());
            if (!checkListSize(*out, key, error))
                return false;
        }
        return true;
    }
    *error = ApiError::make(ErrorCode::InvalidWhereClause,
                            QStringLiteral("'%1' must be a comma-separated string or an array").arg(key));
    return false;
}

bool readPaging(const QString &key, const QJsonValue &value, int minimum, int *out, ApiError *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    bool ok = false;
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
        ok = true;
    } else if (value.isString()) {
        number = value.toString().trimmed().toDouble(&ok);
    }
    if (!ok || number < minimum || number > 1e9 || std::floor(number) != number) {
        *error = ApiError::make(ErrorCode::InvalidPaging,
                                QStringLiteral("'%1' must be a whole number of at least %2").arg(key).arg(minimum));
        return false;
    }
    *out = int(number);
    return true;
}

void clampPageSize(DataQuery *query)
{
    query->pageSize = qMin(query->pageSize, DataQuery::MaxPageSize); // larger means the maximum
}

QString queryValue(const QUrlQuery &query, const QString &key)
{
    // Accept form encoding too: '+' is a space unless sent as %2B.
    QString raw = query.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

} // namespace

bool DataQuery::fromUrlQuery(const QUrlQuery &query, DataQuery *out, ApiError *error)
{
    DataQuery result;
    result.where = whereFrom(query);
    const auto optional = [&](const QString &key) {
        return query.hasQueryItem(key) ? QJsonValue(queryValue(query, key)) : QJsonValue(QJsonValue::Undefined);
    };
    if (!readPaging(QStringLiteral("pageSize"), optional(QStringLiteral("pageSize")), 1, &result.pageSize, error)
        || !readPaging(QStringLiteral("offset"), optional(QStringLiteral("offset")), 0, &result.offset, error)
        || !readList(optional(QStringLiteral("sortBy")), QStringLiteral("sortBy"), &result.sortBy, error)
        || !readList(optional(QStringLiteral("props")), QStringLiteral("props"), &result.props, error)
        || !readList(optional(QStringLiteral("excludeProps")), QStringLiteral("excludeProps"), &result.excludeProps,
                     error))
        return false;
    clampPageSize(&result);
    *out = result;
    return true;
}

QString DataQuery::whereFrom(const QUrlQuery &query)
{
    return queryValue(query, QStringLiteral("where"));
}

bool DataQuery::fromJson(const QJsonObject &body, DataQuery *out, ApiError *error)
{
    DataQuery result;
    const QJsonValue where = body.value(QStringLiteral("where"));
    if (!where.isUndefined() && !where.isNull() && !where.isString()) {
        *error = ApiError::make(ErrorCode::InvalidWhereClause, QStringLiteral("'where' must be a string"));
        return false;
    }
    result.where = where.toString();
    if (!readPaging(QStringLiteral("pageSize"), body.value(QStringLiteral("pageSize")), 1, &result.pageSize, error)
        || !readPaging(QStringLiteral("offset"), body.value(QStringLiteral("offset")), 0, &result.offset, error)
        || !readList(body.value(QStringLiteral("sortBy")), QStringLiteral("sortBy"), &result.sortBy, error)
        || !readList(body.value(QStringLiteral("props")), QStringLiteral("props"), &result.props, error)
        || !readList(body.value(QStringLiteral("excludeProps")), QStringLiteral("excludeProps"), &result.excludeProps,
                     error))
        return false;
    clampPageSize(&result);
    *out = result;
    return true;
}

QueryBuilder::QueryBuilder(const SchemaStore &schema)
    : m_table(QStringLiteral("Users"))
    , m_lookup([&schema](const QString &name) { return schema.findQueryable(name); })
    , m_allColumns([&schema] { return schema.columns() + SchemaStore::systemColumns(); })
{ }

QueryBuilder::QueryBuilder(const QString &table, const QList<Column> &columns)
    : m_table(table)
    , m_lookup([columns](const QString &name) -> const Column * {
        // Names are case-insensitive, as the Users table's are (SchemaStore::findQueryable).
        for (const Column &column : columns) {
            if (column.name.compare(name, Qt::CaseInsensitive) == 0)
                return &column;
        }
        return nullptr;
    })
    , m_allColumns([columns] { return columns; })
{ }

const Column *QueryBuilder::queryable(const QString &name) const
{
    return m_lookup(name);
}

bool QueryBuilder::filter(const QString &where, SqlFilter *out, ApiError *error) const
{
    const WhereParser parser([this](const QString &name) { return queryable(name); });
    QString message;
    if (!parser.parse(where, out, &message)) {
        *error = ApiError::make(ErrorCode::InvalidWhereClause, QStringLiteral("Invalid where clause: ") + message);
        return false;
    }
    return true;
}

bool QueryBuilder::select(const DataQuery &query, SqlSelect *out, ApiError *error) const
{
    SqlFilter where;
    if (!filter(query.where, &where, error))
        return false;

    QList<Column> columns;
    if (!selectColumns(query, &columns, error))
        return false;

    static const QRegularExpression sortPattern(QStringLiteral("^(\\S+)(?:\\s+(ASC|DESC))?$"),
                                                QRegularExpression::CaseInsensitiveOption);
    QStringList order;
    for (const QString &item : query.sortBy) {
        const QRegularExpressionMatch match = sortPattern.match(item);
        const Column *column = match.hasMatch() ? queryable(match.captured(1)) : nullptr;
        if (!column) {
            *error = ApiError::make(ErrorCode::InvalidWhereClause,
                                    QStringLiteral("sortBy names an unknown column: '%1'").arg(item));
            return false;
        }
        const bool descending = match.captured(2).compare(QLatin1String("DESC"), Qt::CaseInsensitive) == 0;
        order << quoteIdentifier(column->name)
                + (descending != query.fromEnd ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    }
    // The default order and the final tie-breaker make paging stable; "last" reverses them all.
    const QString ascending = query.fromEnd ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (order.isEmpty())
        order << QStringLiteral("\"created\"") + ascending;
    order << QStringLiteral("\"objectId\"") + ascending;

    QStringList selected;
    for (const Column &column : columns)
        selected << quoteIdentifier(column.name);
    out->sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT ? OFFSET ?")
                   .arg(selected.join(QStringLiteral(", ")), quoteIdentifier(m_table),
                        where.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.sql,
                        order.join(QStringLiteral(", ")));
    out->binds = where.binds;
    out->binds << query.pageSize << query.offset;
    out->columns = columns;
    return true;
}

bool QueryBuilder::selectColumns(const DataQuery &query, QList<Column> *out, ApiError *error) const
{
    // Every named column must exist, "*" among them or not (JS-SDK test/e2e/specs/persistence.js:326).
    QList<Column> named;
    bool all = query.props.isEmpty();
    for (const QString &name : query.props) {
        if (name == QLatin1String("*")) {
            all = true;
            continue;
        }
        const Column *column = queryable(name);
        if (!column) {
            *error = ApiError::make(ErrorCode::UnknownQueryProperty,
                                    QStringLiteral("Column '%1' does not exist in table '%2'").arg(name, m_table));
            return false;
        }
        named << *column;
    }
    if (all)
        named = m_allColumns();
    // objectId always comes back, first (JS-SDK test/e2e/specs/data-properties.js:44); excludeProps
    // drops the rest it names, an unknown name included (nothing to drop).
    QSet<QString> excluded;
    for (const QString &name : query.excludeProps) {
        if (const Column *column = queryable(name))
            excluded.insert(column->name);
    }
    out->clear();
    *out << *queryable(QStringLiteral("objectId"));
    for (const Column &column : std::as_const(named)) {
        const bool seen =
            std::any_of(out->cbegin(), out->cend(), [&column](const Column &c) { return c.name == column.name; });
        if (!seen && !excluded.contains(column.name))
            *out << column;
    }
    return true;
}

bool QueryBuilder::count(const QString &where, SqlSelect *out, ApiError *error) const
{
    SqlFilter filtered;
    if (!filter(where, &filtered, error))
        return false;
    out->sql = QStringLiteral("SELECT COUNT(*) FROM ") + quoteIdentifier(m_table)
        + (filtered.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + filtered.sql);
    out->binds = filtered.binds;
    out->columns.clear();
    return true;
}

bool selectRows(Database &db, const SqlSelect &select, const QString &className, QJsonArray *rows)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!db.prepareAndExec(query, select.sql, select.binds))
        return false;
    while (query.next())
        rows->append(rowJson(query, select.columns, className));
    return true;
}

bool selectCount(Database &db, const SqlSelect &select, qint64 *count)
{
    QSqlQuery query(db.connection());
    if (!db.prepareAndExec(query, select.sql, select.binds) || !query.next())
        return false;
    *count = query.value(0).toLongLong();
    return true;
}

QJsonObject rowJson(const QSqlQuery &query, const QList<Column> &columns, const QString &className)
{
    QJsonObject object;
    for (int i = 0; i < columns.size(); ++i)
        object.insert(columns.at(i).name, columns.at(i).toJson(query.value(i)));
    object.insert(QStringLiteral("___class"), className);
    return object;
}

} // namespace Server
