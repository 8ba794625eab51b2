#pragma once

#include "core/error.h"
#include "core/pendingcall.h"
#include "core/restclient.h"
#include "core/user.h"

#include <QObject>
#include <QStringList>

class UserService;

struct DataQuery
{
    QString where; // Backendless where clause; build it from user text with DataService::whereLike
    int pageSize = 10; // 1..100 (the server treats more as 100)
    int offset = 0;
    QStringList sortBy; // e.g. {"name desc", "created"}
    QStringList props; // empty = all
};

// The Data API on the Users table (docs/PROTOCOL.md), what the support-staff tool needs, and on the
// app's own tables (the team journal, ProfileDeskJournal). Calls carry the UserService's token; a
// session-ending error is reported back to it (clears the session there).
class DataService : public QObject
{
    Q_OBJECT

public:
    enum class Match { Prefix, Contains, Exact };

    DataService(RestClient *client, UserService *session, QObject *parent = nullptr);

    UsersCall *find(const DataQuery &query); // POST /data/Users/find
    CountCall *count(const QString &where); // POST /data/Users/count
    UserCall *get(const QString &objectId); // GET /data/Users/{id}
    // PUT /data/Users/{id}; system fields and "user-token" are stripped from `changes`.
    UserCall *update(const QString &objectId, const QVariantMap &changes);

    // Another table (not Users): POST /data/{table}, creating one object (the server sets objectId,
    // ownerId and created); GET /data/{table}?where&pageSize&offset&sortBy; GET /data/{table}/count.
    ObjectCall *create(const QString &table, const QJsonObject &object);
    ObjectsCall *find(const QString &table, const DataQuery &query);
    CountCall *count(const QString &table, const QString &where);

    // `column LIKE '<text>%'` (Prefix), `'%<text>%'` (Contains) or `column = '<text>'` (Exact), with
    // the text quoted so that it can never end the string literal (' doubled). An empty string when
    // `column` is not a plain identifier. '%' and '_' typed by the user stay wildcards: Backendless
    // documents no ESCAPE clause, and they cannot widen the query beyond the LIKE itself.
    static QString whereLike(const QString &column, const QString &text, Match match = Match::Prefix);
    static QString quoted(const QString &text);

private:
    void attach(PendingCall *call, RestRequest request, PendingCall::Parser parser);

    RestClient *m_client;
    UserService *m_session;
};
