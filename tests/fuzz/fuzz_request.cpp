// Server: a JSON request body as the router takes it (must be an object), then
//  - as a user update and as a registration: ChangeValidator -> a validated change set, which must
//    then write (else the client gets a 500 instead of a 3xxx code); the write is rolled back;
//  - as a Data API find body: DataQuery::fromJson -> QueryBuilder::select, which must run.
#include "routes/changevalidator.h"
#include "serverfuzzenv.h"
#include "storage/querybuilder.h"

#include <QJsonDocument>

namespace {

void checkWrite(ServerFuzzEnv &env, const Server::ChangeSet &changes, bool insert)
{
    QVariantMap values = changes.values;
    if (changes.hasPassword)
        values.insert(Server::SchemaStore::passwordHashColumn(), QStringLiteral("not-hashed-here"));
    if (insert) {
        values.insert(QStringLiteral("objectId"), QStringLiteral("FUZZ-NEW"));
        values.insert(QStringLiteral("created"), 1);
        values.insert(Server::SchemaStore::passwordHashColumn(), QStringLiteral("x"));
    }
    bool written = false;
    QString message;
    {
        Server::Transaction tx(env.db); // never committed: every input starts from the same data
        if (!tx.isActive())
            Fuzz::finding("no transaction");
        bool columnsAdded = true;
        for (const Server::Column &column : changes.newColumns)
            columnsAdded = columnsAdded && env.schema.addColumn(column, &message);
        if (!columnsAdded)
            Fuzz::finding(qPrintable(QStringLiteral("a validated new column cannot be created: ") + message));
        written = insert ? env.users.insert(values) : env.users.update(env.aliceId, values);
        if (!written)
            message = env.users.lastError();
    }
    if (!changes.newColumns.isEmpty() && !env.schema.reload(&message))
        Fuzz::finding("schema reload failed");
    // A unique identity can still collide between the check and the write; UserUpdater maps that
    // to 3018/3033. Anything else is a validated body the database refuses.
    if (!written && !Server::UserRepository::isUniqueViolation(env.users.lastError()))
        Fuzz::finding(qPrintable(QStringLiteral("a validated change set does not write: ") + message));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ServerFuzzEnv &env = ServerFuzzEnv::instance();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0; // the router answers 8002 before any handler sees it
    const QJsonObject body = document.object();
    // As Qt writes it: "\u0025" in the input is a plain '%' here, as in the messages.
    const QString bodyText = QString::fromUtf8(document.toJson(QJsonDocument::Compact));

    for (const bool dynamicSchema : {true, false}) {
        const Server::ChangeValidator validator(env.schema, env.users, dynamicSchema);
        for (const auto mode : {Server::ChangeValidator::Mode::Update, Server::ChangeValidator::Mode::Register}) {
            const bool insert = mode == Server::ChangeValidator::Mode::Register;
            Server::ChangeSet changes;
            Server::ApiError error;
            if (!validator.validate(body, mode, insert ? QString() : env.aliceId, &changes, &error)) {
                if (!error.isError() || error.message.isEmpty())
                    Fuzz::finding("a refused body without a code and a message");
                if (error.code == Server::ErrorCode::InternalError)
                    Fuzz::finding("validation answered 500");
                if (Fuzz::hasStrayPlaceholder(error.message, bodyText))
                    Fuzz::finding(qPrintable(QStringLiteral("a garbled message: ") + error.message));
                continue;
            }
            if (!dynamicSchema && !changes.newColumns.isEmpty())
                Fuzz::finding("a new column without dynamic schema");
            for (auto it = changes.values.cbegin(); it != changes.values.cend(); ++it) {
                if (Server::ChangeValidator::isIgnoredKey(it.key()) || it.key().startsWith(QLatin1Char('_')))
                    Fuzz::finding("a system or storage column in a change set");
            }
            checkWrite(env, changes, insert);
        }
    }

    Server::DataQuery query;
    Server::ApiError error;
    if (Server::DataQuery::fromJson(body, &query, &error)) {
        if (query.pageSize < 1 || query.pageSize > Server::DataQuery::MaxPageSize || query.offset < 0)
            Fuzz::finding("paging out of range");
        Server::SqlSelect select;
        QJsonArray rows;
        if (Server::QueryBuilder(env.schema).select(query, &select, &error) && !env.users.select(select, &rows))
            Fuzz::finding("an accepted find body fails in SQLite");
    }
    return 0;
}
