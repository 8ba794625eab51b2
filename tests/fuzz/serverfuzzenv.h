#pragma once

#include "fuzzsupport.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/schemastore.h"
#include "storage/userrepository.h"

#include <memory>

// The server's storage as `profiledesk-server --demo` has it (demo schema, the named users and a
// few generated ones) in an in-memory SQLite database, one per process.
class ServerFuzzEnv
{
public:
    static ServerFuzzEnv &instance()
    {
        static ServerFuzzEnv env;
        return env;
    }

    Server::Database db;
    Server::SchemaStore schema{db};
    Server::UserRepository users{db, schema};
    QString aliceId;

private:
    ServerFuzzEnv()
    {
        QString error;
        Server::DemoSeeder seeder(db, schema);
        if (!db.open(QStringLiteral(":memory:"), &error) || !schema.initialise(Server::DemoData::demoSchema(), &error)
            || !seeder.seed(Server::DemoData::namedUsers(), 5, &error))
            Fuzz::finding(qPrintable(QStringLiteral("cannot set up the server storage: ") + error));
        QVariantMap row;
        if (users.findByIdentity(QStringLiteral("alice@example.com"), &row) != Server::UserRepository::Lookup::Found)
            Fuzz::finding("alice is missing");
        aliceId = row.value(QStringLiteral("objectId")).toString();
    }
};
