#include "routes/journalroutes.h"

#include "api/router.h"
#include "host/servicecontext.h"
#include "storage/database.h"
#include "storage/userrepository.h"

namespace Server {

namespace {

const QString &table()
{
    static const QString name = JournalStore::tableName();
    return name;
}

HttpReply unknownTable()
{
    return HttpReply::error(ErrorCode::UnknownTable,
                            QStringLiteral("Table not found by name '%1'. Make sure the client class referenced in "
                                           "the API call has the same literal name as the table in Backendless "
                                           "console")
                                .arg(table()));
}

HttpReply databaseError()
{
    return HttpReply::error(ErrorCode::InternalError, QStringLiteral("Database error"));
}

// What a staff member may write: every column but the system ones, which the server sets.
bool entryValues(const QJsonObject &body, const QString &ownerId, QVariantMap *values, ApiError *error)
{
    // Each column is bounded (STRING 500, TEXT 3,000, JSON 8 KiB characters): an entry stays under
    // MaxRowCharacters without a check of its own.
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString name = it.key();
        const Column *column = JournalStore::column(name);
        if (name == QLatin1String("___class") || (column && column->system))
            continue; // the server's to set, as Backendless sets them on a create
        if (!column) {
            // The table's schema is fixed (dynamic schema would add a column; this server adds none).
            *error = ApiError::make(ErrorCode::MalformedRequest,
                                    QStringLiteral("Column '%1' does not exist in table '%2'").arg(name, table()));
            return false;
        }
        QVariant value;
        QString message;
        bool wrongType = false;
        if (!column->toSql(it.value(), &value, &message, &wrongType)) {
            *error = ApiError::make(wrongType ? ErrorCode::InvalidDataType : ErrorCode::MalformedRequest, message);
            return false;
        }
        values->insert(name, value);
    }
    values->insert(QStringLiteral("objectId"), UserRepository::newObjectId());
    values->insert(QStringLiteral("ownerId"), ownerId.isEmpty() ? QVariant() : QVariant(ownerId));
    values->insert(QStringLiteral("created"), UserRepository::nowMs());
    return true;
}

} // namespace

JournalRoutes::JournalRoutes(ServiceContext &context)
    : m_context(context)
    , m_access(context)
    , m_store(context.db)
    , m_queries(JournalStore::tableName(), JournalStore::columns())
{
    QString error;
    m_store.probe(&error); // a failed probe leaves the table unknown: every call answers 1009
}

void JournalRoutes::registerRoutes(Router &router)
{
    const auto bind = [this](auto member) { return bindRoute(this, member); };
    const QString base = QStringLiteral("data/") + table();
    router.add(Method::Get, base, bind(&JournalRoutes::find));
    router.add(Method::Post, base + QStringLiteral("/find"), bind(&JournalRoutes::find), true);
    router.add(Method::Get, base + QStringLiteral("/count"), bind(&JournalRoutes::count));
    router.add(Method::Post, base + QStringLiteral("/count"), bind(&JournalRoutes::count), true);
    router.add(Method::Post, base, bind(&JournalRoutes::create), true);
    router.add(Method::Put, base, bind(&JournalRoutes::update), true);
    router.add(Method::Get, base + QStringLiteral("/*"), bind(&JournalRoutes::get));
    router.add(Method::Put, base + QStringLiteral("/*"), bind(&JournalRoutes::update), true);
    router.add(Method::Delete, base + QStringLiteral("/*"), bind(&JournalRoutes::remove));
}

bool JournalRoutes::admit(const ApiRequest &request, int deniedCode, const QString &deniedMessage, Caller *caller,
                          HttpReply *denied) const
{
    ApiError error;
    if (!m_access.identify(request.userToken, caller, &error)) {
        *denied = HttpReply::error(error);
        return false;
    }
    if (!m_store.exists()) {
        *denied = unknownTable();
        return false;
    }
    if (!caller->isStaff()) {
        *denied = HttpReply::error(deniedCode, deniedMessage);
        return false;
    }
    return true;
}

HttpReply JournalRoutes::create(const ApiRequest &request)
{
    Caller caller;
    HttpReply denied;
    if (!admit(request, ErrorCode::NoCreatePermission, QStringLiteral("User has no permission to create entity"),
               &caller, &denied))
        return denied;
    QVariantMap values;
    ApiError error;
    if (!entryValues(request.body, caller.objectId, &values, &error))
        return HttpReply::error(error);
    if (!m_store.insert(values)) {
        return UserRepository::isStorageFull(m_store.lastError())
            ? HttpReply::error(ErrorCode::StorageFull, QStringLiteral("The server's disk is full; nothing was written"))
            : databaseError();
    }
    QJsonObject row;
    bool found = false;
    if (!m_store.findById(values.value(QStringLiteral("objectId")).toString(), &row, &found) || !found)
        return databaseError();
    return HttpReply::json(row);
}

HttpReply JournalRoutes::find(const ApiRequest &request)
{
    DataQuery query;
    ApiError error;
    const bool parsed = request.method == Method::Get ? DataQuery::fromUrlQuery(request.query, &query, &error)
                                                      : DataQuery::fromJson(request.body, &query, &error);
    Caller caller;
    HttpReply denied;
    if (!admit(request, ErrorCode::NoFindPermission,
               QStringLiteral("User has no permission to find objects in %1").arg(table()), &caller, &denied))
        return denied;
    if (!parsed)
        return HttpReply::error(error);
    SqlSelect select;
    if (!m_queries.select(query, &select, &error))
        return HttpReply::error(error);
    QJsonArray rows;
    if (!m_store.select(select, &rows))
        return databaseError();
    return HttpReply::json(rows);
}

HttpReply JournalRoutes::count(const ApiRequest &request)
{
    Caller caller;
    HttpReply denied;
    if (!admit(request, ErrorCode::NoFindPermission,
               QStringLiteral("User has no permission to find objects in %1").arg(table()), &caller, &denied))
        return denied;
    const QJsonValue whereValue = request.method == Method::Get ? QJsonValue(DataQuery::whereFrom(request.query))
                                                                : request.body.value(QStringLiteral("where"));
    if (!whereValue.isUndefined() && !whereValue.isNull() && !whereValue.isString())
        return HttpReply::error(ErrorCode::InvalidWhereClause, QStringLiteral("'where' must be a string"));
    SqlSelect select;
    ApiError error;
    if (!m_queries.count(whereValue.toString(), &select, &error))
        return HttpReply::error(error);
    qint64 total = 0;
    if (!m_store.count(select, &total))
        return databaseError();
    return HttpReply::json(QJsonValue(total));
}

HttpReply JournalRoutes::get(const ApiRequest &request)
{
    Caller caller;
    HttpReply denied;
    if (!admit(request, ErrorCode::NoFindPermission,
               QStringLiteral("User has no permission to find objects in %1").arg(table()), &caller, &denied))
        return denied;
    const QString objectId = request.args.value(0);
    QJsonObject row;
    bool found = false;
    if (!m_store.findById(objectId, &row, &found))
        return databaseError();
    if (!found)
        return HttpReply::error(ErrorCode::ObjectNotFound, QStringLiteral("Entity with ID %1 not found").arg(objectId));
    return HttpReply::json(row);
}

HttpReply JournalRoutes::update(const ApiRequest &request)
{
    // No role holds UPDATE: staff are denied as everyone is (and before anything is looked up).
    return refuseForEveryone(request, ErrorCode::NoUpdatePermission,
                             QStringLiteral("User has no permission to update objects in %1").arg(table()));
}

HttpReply JournalRoutes::remove(const ApiRequest &request)
{
    // No role holds REMOVE.
    return refuseForEveryone(request, ErrorCode::NoRemovePermission,
                             QStringLiteral("User has no permission to remove objects in %1").arg(table()));
}

HttpReply JournalRoutes::refuseForEveryone(const ApiRequest &request, int code, const QString &message) const
{
    Caller caller;
    ApiError error;
    if (!m_access.identify(request.userToken, &caller, &error))
        return HttpReply::error(error);
    if (!m_store.exists())
        return unknownTable();
    return HttpReply::error(code, message);
}

} // namespace Server
