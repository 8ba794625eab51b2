#pragma once

#include "api/httpreply.h"
#include "auth/accesscontrol.h"
#include "storage/journalstore.h"
#include "storage/querybuilder.h"

namespace Server {

class Router;
struct ApiRequest;
struct ServiceContext;

// The Data API on the team journal table, /data/ProfileDeskJournal... (docs/PROTOCOL.md "The team
// journal"). Its permissions are those the README tells a customer to set in the Backendless
// Console: the role SupportStaff holds CREATE and FIND; no role holds UPDATE or REMOVE, so an entry,
// once written, stays as written. A denied operation answers as Backendless does (1011 create, 1012
// update, 1013 find, 1014 remove). A server whose database lacks the table answers 1009 for it.
class JournalRoutes
{
public:
    explicit JournalRoutes(ServiceContext &context);

    // Before DataRoutes: its catch-all "data/*" routes answer 1009 for every other table.
    void registerRoutes(Router &router);

    HttpReply create(const ApiRequest &request);
    HttpReply find(const ApiRequest &request);
    HttpReply count(const ApiRequest &request);
    HttpReply get(const ApiRequest &request);
    HttpReply update(const ApiRequest &request);
    HttpReply remove(const ApiRequest &request);

private:
    // Identifies the caller and checks that the table exists and that staff is calling; otherwise
    // fills `denied` with the answer (`deniedCode` when not staff).
    bool admit(const ApiRequest &request, int deniedCode, const QString &deniedMessage, Caller *caller,
               HttpReply *denied) const;
    // A known caller and an existing table get `code`: an operation no role holds.
    HttpReply refuseForEveryone(const ApiRequest &request, int code, const QString &message) const;

    ServiceContext &m_context;
    AccessControl m_access;
    JournalStore m_store;
    QueryBuilder m_queries;
};

} // namespace Server
