#pragma once

#include "api/httpreply.h"
#include "auth/accesscontrol.h"
#include "routes/userupdater.h"
#include "storage/querybuilder.h"

#include <QJsonArray>

#include <optional>

namespace Server {

class Router;
struct ApiRequest;
struct ServiceContext;

// The Data API on the Users table: /data/Users... (docs/PROTOCOL.md's table, lower half). Staff (role
// SupportStaff) may find and update anyone; everyone may read and update their own record.
class DataRoutes
{
public:
    explicit DataRoutes(ServiceContext &context);

    void registerRoutes(Router &router);

    HttpReply find(const ApiRequest &request);
    HttpReply count(const ApiRequest &request);
    HttpReply get(const ApiRequest &request);
    HttpReply update(const ApiRequest &request);
    HttpReply firstOrLast(const ApiRequest &request);
    HttpReply describe(const ApiRequest &request);
    HttpReply create(const ApiRequest &request);

private:
    // The query of a find-like request (URL parameters or JSON body) of a caller who may find
    // other users; otherwise the reply that refuses it.
    std::optional<HttpReply> readQuery(const ApiRequest &request, bool fromUrl, DataQuery *query);
    // The users the query selects; otherwise the reply that says why not.
    std::optional<HttpReply> selectRows(const DataQuery &query, QJsonArray *rows);

    ServiceContext &m_context;
    AccessControl m_access;
    UserUpdater m_updater;
    QueryBuilder m_queries;
};

} // namespace Server
