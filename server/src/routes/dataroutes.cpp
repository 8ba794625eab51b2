#include "routes/dataroutes.h"

#include "api/router.h"
#include "host/servicecontext.h"
#include "storage/userrepository.h"

namespace Server {

namespace {

HttpReply noFindPermission()
{
    return HttpReply::error(ErrorCode::NoFindPermission,
                            QStringLiteral("User has no permission to find objects in Users"));
}

ApiError objectNotFound(const QString &objectId)
{
    return ApiError::make(ErrorCode::ObjectNotFound, QStringLiteral("Object with id %1 does not exist").arg(objectId));
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
    // The fixed segments first: "count" and "find" are not object ids.
    router.add(Method::Get, QStringLiteral("data/Users"), bind(&DataRoutes::find));
    router.add(Method::Post, QStringLiteral("data/Users/find"), bind(&DataRoutes::find), true);
    router.add(Method::Get, QStringLiteral("data/Users/count"), bind(&DataRoutes::count));
    router.add(Method::Post, QStringLiteral("data/Users/count"), bind(&DataRoutes::count), true);
    router.add(Method::Put, QStringLiteral("data/Users"), bind(&DataRoutes::update), true);
    router.add(Method::Get, QStringLiteral("data/Users/*"), bind(&DataRoutes::get));
    router.add(Method::Put, QStringLiteral("data/Users/*"), bind(&DataRoutes::update), true);
}

HttpReply DataRoutes::find(const ApiRequest &request)
{
    DataQuery query;
    ApiError error;
    const bool parsed = request.method == Method::Get ? DataQuery::fromUrlQuery(request.query, &query, &error)
                                                      : DataQuery::fromJson(request.body, &query, &error);
    Caller caller;
    if (!m_access.identify(request.userToken, &caller, &error))
        return HttpReply::error(error);
    if (!caller.isStaff())
        return noFindPermission();
    if (!parsed)
        return HttpReply::error(error);
    return runFind(query);
}

HttpReply DataRoutes::runFind(const DataQuery &query)
{
    SqlSelect select;
    ApiError error;
    if (!m_queries.select(query, &select, &error))
        return HttpReply::error(error);
    QJsonArray rows;
    if (!m_context.users.select(select, &rows))
        return databaseError();
    return HttpReply::json(rows);
}

HttpReply DataRoutes::count(const ApiRequest &request)
{
    Caller caller;
    ApiError error;
    if (!m_access.identify(request.userToken, &caller, &error))
        return HttpReply::error(error);
    if (!caller.isStaff())
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
    if (!m_access.identify(request.userToken, &caller, &error))
        return HttpReply::error(error);
    const QString objectId = request.args.value(0);
    // Checked before existence, so a caller without FIND learns nothing about other ids.
    if (!caller.isStaff() && !caller.isSelf(objectId))
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
    if (!m_access.identify(request.userToken, &caller, &error))
        return HttpReply::error(error);
    if (!caller.isStaff() && !caller.isSelf(objectId))
        return HttpReply::error(ErrorCode::NoUpdatePermission,
                                QStringLiteral("User has no permission to update objects in Users"));
    if (objectId.isEmpty())
        return HttpReply::error(ErrorCode::ObjectNotFound, QStringLiteral("The body names no objectId to update"));
    QVariantMap row = caller.row;
    if (!caller.isSelf(objectId) && !m_context.users.require(objectId, objectNotFound(objectId), &row, &error))
        return HttpReply::error(error);
    return m_updater.update(objectId, request.body, row);
}

} // namespace Server
