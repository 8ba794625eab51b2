#include "routes/dataroutes.h"

#include "api/router.h"
#include "host/servicecontext.h"
#include "storage/schemastore.h"
#include "storage/userrepository.h"

#include <QJsonArray>

namespace Server {

namespace {

HttpReply noFindPermission()
{
    return HttpReply::error(ErrorCode::NoFindPermission,
                            QStringLiteral("User has no permission to find objects in Users"));
}

HttpReply noCreatePermission()
{
    return HttpReply::error(ErrorCode::NoCreatePermission, QStringLiteral("User has no permission to create entity"));
}

ApiError objectNotFound(const QString &objectId)
{
    // Backendless's words (JS-SDK test/e2e/specs/persistence.js:251).
    return ApiError::make(ErrorCode::ObjectNotFound, QStringLiteral("Entity with ID %1 not found").arg(objectId));
}

// Any table but Users (JS-SDK test/e2e/specs/persistence.js:359, :471), in Backendless's words.
HttpReply unknownTable(const ApiRequest &request)
{
    const QString table = request.args.value(0);
    return HttpReply::error(
        ErrorCode::UnknownTable,
        QStringLiteral("Table not found by name 'Table not found by name '%1'. Make sure the client "
                       "class referenced in the API call has the same literal name as the table "
                       "in Backendless console'")
            .arg(table));
}

HttpReply databaseError()
{
    return HttpReply::error(ErrorCode::InternalError, QStringLiteral("Database error"));
}

} // namespace

DataRoutes::DataRoutes(ServiceContext &context)
    : m_context(context)
    , m_access(context)
    , m_updater(context)
    , m_queries(context.schema)
{ }

void DataRoutes::registerRoutes(Router &router)
{
    const auto bind = [this](auto member) { return bindRoute(this, member); };
    // The fixed segments first: "count", "find", "properties", "first" and "last" are not object ids.
    router.add(Method::Get, QStringLiteral("data/Users"), bind(&DataRoutes::find));
    router.add(Method::Post, QStringLiteral("data/Users/find"), bind(&DataRoutes::find), true);
    router.add(Method::Get, QStringLiteral("data/Users/count"), bind(&DataRoutes::count));
    router.add(Method::Post, QStringLiteral("data/Users/count"), bind(&DataRoutes::count), true);
    router.add(Method::Get, QStringLiteral("data/Users/properties"), bind(&DataRoutes::describe));
    router.add(Method::Get, QStringLiteral("data/Users/first"), bind(&DataRoutes::firstOrLast));
    router.add(Method::Get, QStringLiteral("data/Users/last"), bind(&DataRoutes::firstOrLast));
    router.add(Method::Post, QStringLiteral("data/Users"), bind(&DataRoutes::create), true);
    router.add(Method::Put, QStringLiteral("data/Users"), bind(&DataRoutes::update), true);
    router.add(Method::Get, QStringLiteral("data/Users/*"), bind(&DataRoutes::get));
    router.add(Method::Put, QStringLiteral("data/Users/*"), bind(&DataRoutes::update), true);
    // What the SDKs call on any other table (the Users routes above match first, so these never
    // see Users, and wrong methods on Users paths still get 405 with the same Allow list).
    router.add(Method::Get, QStringLiteral("data/*"), unknownTable);
    router.add(Method::Post, QStringLiteral("data/*"), unknownTable);
    router.add(Method::Put, QStringLiteral("data/*"), unknownTable);
    router.add(Method::Get, QStringLiteral("data/*/*"), unknownTable);
    router.add(Method::Put, QStringLiteral("data/*/*"), unknownTable);
    router.add(Method::Post, QStringLiteral("data/*/find"), unknownTable);
    router.add(Method::Post, QStringLiteral("data/*/count"), unknownTable);
}

std::optional<HttpReply> DataRoutes::readQuery(const ApiRequest &request, bool fromUrl, DataQuery *query)
{
    ApiError error;
    const bool parsed = fromUrl ? DataQuery::fromUrlQuery(request.query, query, &error)
                                : DataQuery::fromJson(request.body, query, &error);
    // Who asks is checked before what is asked: a caller without FIND learns nothing of the syntax.
    Caller caller;
    ApiError identifyError;
    if (!m_access.identify(request, &caller, &identifyError))
        return HttpReply::error(identifyError);
    if (!caller.mayAccessOtherUsers())
        return noFindPermission();
    if (!parsed)
        return HttpReply::error(error);
    return std::nullopt;
}

HttpReply DataRoutes::find(const ApiRequest &request)
{
    DataQuery query;
    if (const std::optional<HttpReply> refusal = readQuery(request, request.method == Method::Get, &query))
        return *refusal;
    QJsonArray rows;
    if (const std::optional<HttpReply> failure = selectRows(query, &rows))
        return *failure;
    return HttpReply::json(rows);
}

HttpReply DataRoutes::firstOrLast(const ApiRequest &request)
{
    DataQuery query;
    if (const std::optional<HttpReply> refusal = readQuery(request, true, &query))
        return *refusal;
    // The first or last object in the sort order, creation by default (Swift-SDK FindFirstLastTests).
    query.pageSize = 1;
    query.offset = 0;
    query.fromEnd = request.path.value(2) == QLatin1String("last");
    QJsonArray rows;
    if (const std::optional<HttpReply> failure = selectRows(query, &rows))
        return *failure;
    if (rows.isEmpty())
        return HttpReply::error(ErrorCode::EmptyResult,
                                QStringLiteral("Unable to retrieve data - object store is empty"));
    return HttpReply::json(rows.first());
}

HttpReply DataRoutes::describe(const ApiRequest &)
{
    // Open to every caller, as userclassprops is.
    QJsonArray properties;
    const QList<Column> columns = m_context.schema.describedColumns();
    for (const Column &column : columns)
        properties.append(column.describeForData());
    return HttpReply::json(properties);
}

HttpReply DataRoutes::create(const ApiRequest &request)
{
    // No role holds CREATE on Users here: accounts come from registration (3009 rules it).
    Caller caller;
    ApiError error;
    if (!m_access.identify(request, &caller, &error))
        return HttpReply::error(error);
    return noCreatePermission();
}

std::optional<HttpReply> DataRoutes::selectRows(const DataQuery &query, QJsonArray *rows)
{
    SqlSelect select;
    ApiError error;
    if (!m_queries.select(query, &select, &error))
        return HttpReply::error(error);
    if (!m_context.users.select(select, rows))
        return databaseError();
    return std::nullopt;
}

HttpReply DataRoutes::count(const ApiRequest &request)
{
    Caller caller;
    ApiError error;
    if (!m_access.identify(request, &caller, &error))
        return HttpReply::error(error);
    if (!caller.mayAccessOtherUsers())
        return noFindPermission();
    const QJsonValue whereValue = request.method == Method::Get ? QJsonValue(DataQuery::whereFrom(request.query))
                                                                : request.body.value(QStringLiteral("where"));
    if (!whereValue.isUndefined() && !whereValue.isNull() && !whereValue.isString())
        return HttpReply::error(ErrorCode::InvalidWhereClause, QStringLiteral("'where' must be a string"));
    SqlSelect select;
    if (!m_queries.count(whereValue.toString(), &select, &error))
        return HttpReply::error(error);
    qint64 total = 0;
    if (!m_context.users.count(select, &total))
        return databaseError();
    return HttpReply::json(QJsonValue(total));
}

HttpReply DataRoutes::get(const ApiRequest &request)
{
    Caller caller;
    ApiError error;
    if (!m_access.identify(request, &caller, &error))
        return HttpReply::error(error);
    const QString objectId = request.args.value(0);
    // Checked before existence, so a caller without FIND learns nothing about other ids.
    if (!caller.mayAccessOtherUsers() && !caller.isSelf(objectId))
        return noFindPermission();
    QVariantMap row;
    if (!m_context.users.require(objectId, objectNotFound(objectId), &row, &error))
        return HttpReply::error(error);
    return HttpReply::json(m_context.users.toJson(row));
}

HttpReply DataRoutes::update(const ApiRequest &request)
{
    // PUT /data/Users/{id}, or PUT /data/Users with the id in the body as the JS SDK sends it.
    const QString objectId =
        request.args.isEmpty() ? request.body.value(QStringLiteral("objectId")).toString() : request.args.first();
    Caller caller;
    ApiError error;
    if (!m_access.identify(request, &caller, &error))
        return HttpReply::error(error);
    // Without an objectId the SDKs' save() creates (JS SDK 8: PUT data/Users), which no role may.
    if (objectId.isEmpty())
        return noCreatePermission();
    if (!caller.mayAccessOtherUsers() && !caller.isSelf(objectId))
        return HttpReply::error(ErrorCode::NoUpdatePermission,
                                QStringLiteral("User has no permission to update objects in Users"));
    QVariantMap row = caller.row;
    if (!caller.isSelf(objectId) && !m_context.users.require(objectId, objectNotFound(objectId), &row, &error))
        return HttpReply::error(error);
    return m_updater.update(objectId, request.body, row, true);
}

} // namespace Server
