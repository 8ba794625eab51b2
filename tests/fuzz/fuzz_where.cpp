// Server: the Data API `where` parser (WhereParser through QueryBuilder), with SQLite as the
// oracle: a clause the parser accepts must run (else the client gets a 500 instead of 1017), and
// every value must travel as a bind, one per placeholder.
#include "serverfuzzenv.h"
#include "storage/querybuilder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ServerFuzzEnv &env = ServerFuzzEnv::instance();
    const QString where = QString::fromUtf8(Fuzz::bytes(data, size));
    const Server::QueryBuilder builder(env.schema);

    Server::SqlSelect count;
    Server::ApiError error;
    if (!builder.count(where, &count, &error)) {
        if (error.code != Server::ErrorCode::InvalidWhereClause || error.message.isEmpty())
            Fuzz::finding("a refused clause without code 1017 and a message");
        if (Fuzz::hasStrayPlaceholder(error.message, where))
            Fuzz::finding(qPrintable(QStringLiteral("a garbled message: ") + error.message));
        return 0;
    }
    if (count.sql.count(QLatin1Char('?')) != count.binds.size())
        Fuzz::finding("placeholders and binds differ: a value was spliced into the SQL");
    qint64 total = -1;
    if (!env.users.count(count, &total))
        Fuzz::finding(qPrintable(QStringLiteral("an accepted clause fails in SQLite: ") + env.users.lastError()));

    Server::DataQuery query;
    query.where = where;
    query.pageSize = 3;
    query.sortBy = {QStringLiteral("name desc")};
    Server::SqlSelect select;
    if (!builder.select(query, &select, &error))
        Fuzz::finding("count accepted the clause, find refused it");
    QJsonArray rows;
    if (!env.users.select(select, &rows))
        Fuzz::finding("an accepted clause fails in SQLite (find)");
    if (rows.size() > total || rows.size() > 3)
        Fuzz::finding("find returned more rows than count or the page size");
    return 0;
}
