#include "storage/demoseeder.h"

#include "auth/passwordhasher.h"
#include "storage/database.h"
#include "storage/schemastore.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThreadPool>

#include <vector>

namespace Server {

namespace DemoData {

namespace {

Column column(const char *name, ColumnType type, bool required = false, bool identity = false,
              const QString &customRegex = QString())
{
    Column c;
    c.name = QLatin1String(name);
    c.type = type;
    c.required = required;
    c.identity = identity;
    c.customRegex = customRegex;
    return c;
}

SeedUser namedUser(const char *email, const char *password, const char *name, const QStringList &roles = {})
{
    SeedUser user;
    user.properties =
        QJsonObject{{QStringLiteral("email"), QLatin1String(email)}, {QStringLiteral("name"), QLatin1String(name)}};
    user.password = QLatin1String(password);
    user.roles = roles;
    return user;
}

} // namespace

QList<Column> demoSchema()
{
    return {
        column("email", ColumnType::String, true, true),
        column("name", ColumnType::String, true),
        column("address", ColumnType::String),
        column("phone", ColumnType::String, false, false, QStringLiteral("[0-9 +\\-]*")),
        column("age", ColumnType::Int),
        column("newsletter", ColumnType::Boolean),
        column("birthday", ColumnType::DateTime),
        column("bio", ColumnType::Text),
        // The profile picture: the URL of a file of the Files API (docs/PROTOCOL.md, "Files API").
        column("avatar", ColumnType::FileRef),
    };
}

QList<Column> basicSchema()
{
    return {column("email", ColumnType::String, true, true), column("name", ColumnType::String)};
}

QList<SeedUser> namedUsers()
{
    return {
        namedUser("alice@example.com", "Alice-pass-1", "Alice Example"),
        namedUser("bob@example.com", "Bob-pass-1", "Bob Example"),
        namedUser("support@example.com", "Support-pass-1", "Sam Support", {QStringLiteral("SupportStaff")}),
    };
}

QString generatedEmail(int number, int total)
{
    const int width = qMax(4, int(QString::number(total).size()));
    return QStringLiteral("user%1@example.com").arg(number, width, 10, QLatin1Char('0'));
}

} // namespace DemoData

namespace {

// Hashing dominates seeding, and each hash is independent: spread it over every core.
std::vector<QString> hashGeneratedPasswords(int count)
{
    std::vector<QString> hashes(static_cast<size_t>(count));
    constexpr int Chunk = 500;
    QThreadPool pool;
    for (int first = 0; first < count; first += Chunk) {
        const int last = qMin(count, first + Chunk);
        pool.start([&hashes, first, last]() {
            for (int i = first; i < last; ++i)
                hashes[size_t(i)] = PasswordHasher::hash(DemoData::GeneratedPassword, PasswordHasher::DemoIterations);
        });
    }
    pool.waitForDone();
    return hashes;
}

} // namespace

DemoSeeder::DemoSeeder(Database &db, const SchemaStore &schema)
    : m_db(db)
    , m_schema(schema)
{ }

bool DemoSeeder::isEmpty(bool *empty, QString *error) const
{
    QSqlQuery query(m_db.connection());
    if (!m_db.prepareAndExec(query, QStringLiteral("SELECT EXISTS (SELECT 1 FROM \"Users\")"), {}) || !query.next()) {
        *error = m_db.lastError();
        return false;
    }
    *empty = query.value(0).toInt() == 0;
    return true;
}

bool DemoSeeder::seed(const QList<SeedUser> &users, int generatedUsers, QString *error)
{
    Transaction tx(m_db);
    // Spread creation times a millisecond apart, oldest first, so sorting by `created` is stable.
    qint64 created = UserRepository::nowMs() - users.size() - generatedUsers;
    for (const SeedUser &user : users) {
        if (!insertUser(user, created++, error))
            return false;
    }
    if (generatedUsers > 0 && !insertGenerated(generatedUsers, created, error))
        return false;
    if (!tx.commit()) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}

bool DemoSeeder::insertUser(const SeedUser &user, qint64 created, QString *error)
{
    const QString objectId = UserRepository::newObjectId();
    QVariantMap values{
        {QStringLiteral("objectId"), objectId},
        {QStringLiteral("ownerId"), objectId},
        {QStringLiteral("created"), created},
        {QStringLiteral("userStatus"), user.userStatus},
        {QStringLiteral("blUserLocale"), QStringLiteral("en")},
        {QStringLiteral("socialAccount"), QStringLiteral("BACKENDLESS")},
        {SchemaStore::passwordHashColumn(), PasswordHasher::hash(user.password)},
        {SchemaStore::rolesColumn(),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(user.roles)).toJson(QJsonDocument::Compact))},
    };
    for (auto it = user.properties.begin(); it != user.properties.end(); ++it) {
        const Column *column = m_schema.find(it.key());
        if (!column) {
            *error = QStringLiteral("seed user property '%1' is not in the schema").arg(it.key());
            return false;
        }
        QVariant value;
        if (!column->toSql(it.value(), &value, error))
            return false;
        values.insert(column->name, value);
    }
    const UserRepository users(m_db, m_schema);
    if (!users.insert(values)) {
        *error = QStringLiteral("cannot seed user: %1").arg(m_db.lastError());
        return false;
    }
    return true;
}

bool DemoSeeder::insertGenerated(int count, qint64 firstCreated, QString *error)
{
    // Only the columns this schema has: a --config schema may lack name, age or newsletter.
    QStringList names{QStringLiteral("objectId"),       QStringLiteral("ownerId"),      QStringLiteral("created"),
                      QStringLiteral("userStatus"),     QStringLiteral("blUserLocale"), QStringLiteral("socialAccount"),
                      SchemaStore::passwordHashColumn()};
    const Column *identity = m_schema.identity();
    if (!identity) {
        *error = QStringLiteral("the schema has no identity column");
        return false;
    }
    names << identity->name;
    const bool hasName = m_schema.find(QStringLiteral("name"));
    const bool hasAge = m_schema.find(QStringLiteral("age"));
    const bool hasNewsletter = m_schema.find(QStringLiteral("newsletter"));
    if (hasName)
        names << QStringLiteral("name");
    if (hasAge)
        names << QStringLiteral("age");
    if (hasNewsletter)
        names << QStringLiteral("newsletter");

    QStringList quoted;
    for (const QString &name : names)
        quoted << quoteIdentifier(name);
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO \"Users\" (%1) VALUES (%2)")
                            .arg(quoted.join(QStringLiteral(", ")),
                                 QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))))) {
        *error = QStringLiteral("cannot prepare the demo insert");
        return false;
    }
    const std::vector<QString> hashes = hashGeneratedPasswords(count);
    for (int n = 1; n <= count; ++n) {
        const QString objectId = UserRepository::newObjectId();
        insert.addBindValue(objectId);
        insert.addBindValue(objectId);
        insert.addBindValue(firstCreated + n);
        insert.addBindValue(QStringLiteral("ENABLED"));
        insert.addBindValue(QStringLiteral("en"));
        insert.addBindValue(QStringLiteral("BACKENDLESS"));
        insert.addBindValue(hashes[size_t(n - 1)]);
        insert.addBindValue(DemoData::generatedEmail(n, count));
        if (hasName)
            insert.addBindValue(QStringLiteral("User %1").arg(n, 4, 10, QLatin1Char('0')));
        if (hasAge)
            insert.addBindValue(18 + n % 60);
        if (hasNewsletter)
            insert.addBindValue(n % 2);
        if (!insert.exec()) {
            *error = QStringLiteral("cannot seed demo user %1").arg(n);
            return false;
        }
    }
    return true;
}

} // namespace Server
