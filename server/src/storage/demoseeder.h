#pragma once

#include "config/serverconfig.h"
#include "storage/column.h"

#include <QList>

namespace Server {

class Database;
class SchemaStore;

namespace DemoData {
// `--demo`: email (identity), name (required), address, phone (customRegex), age, newsletter,
// birthday, bio.
QList<Column> demoSchema();
// Without --demo or a config schema: Backendless's default Users table (email, name).
QList<Column> basicSchema();
// alice, bob and support (role SupportStaff), passwords as in the README.
QList<SeedUser> namedUsers();
// user0001@example.com ... (more digits past 9,999 users).
QString generatedEmail(int number, int total);
const QLatin1String GeneratedPassword("User-pass-1");
} // namespace DemoData

// Seeds users into an empty Users table, once: one transaction and one prepared statement, so
// 100,000 generated users take seconds, not minutes.
class DemoSeeder
{
public:
    DemoSeeder(Database &db, const SchemaStore &schema);

    bool isEmpty(bool *empty, QString *error) const;
    bool seed(const QList<SeedUser> &users, int generatedUsers, QString *error);

private:
    bool insertUser(const SeedUser &user, qint64 created, QString *error);
    bool insertGenerated(int count, qint64 firstCreated, QString *error);

    Database &m_db;
    const SchemaStore &m_schema;
};

} // namespace Server
