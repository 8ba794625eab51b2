#include "storage/userrepository.h"

#include "auth/randomid.h"
#include "storage/database.h"
#include "storage/schemastore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Server {

UserRepository::UserRepository(Database &db, const SchemaStore &schema)
    : m_db(db)
    , m_schema(schema)
{ }

QString UserRepository::newObjectId()
{
    return randomUuid(QRandomGenerator::global());
}

bool UserRepository::require(const QString &objectId, const ApiError &ifMissing, QVariantMap *row,
                             ApiError *error) const
{
    switch (findById(objectId, row)) {
    case Lookup::Found:
        return true;
    case Lookup::Missing:
        *error = ifMissing;
        return false;
    case Lookup::Failed:
        break;
    }
    *error = ApiError::make(ErrorCode::InternalError, QStringLiteral("Database error"));
    return false;
}

qint64 UserRepository::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

UserRepository::Lookup UserRepository::findOne(const QString &whereSql, const QVariantList &binds,
                                               QVariantMap *row) const
{
    QSqlQuery *query =
        m_db.run(QStringLiteral("SELECT * FROM \"Users\" WHERE ") + whereSql + QStringLiteral(" LIMIT 1"), binds);
    if (!query)
        return Lookup::Failed;
    if (!query->next()) {
        query->finish();
        return Lookup::Missing;
    }
    if (row) {
        const QStringList &names = m_db.columnNames(query);
        row->clear();
        for (int i = 0; i < names.size(); ++i)
            row->insert(names.at(i), query->value(i));
    }
    query->finish();
    return Lookup::Found;
}

UserRepository::Lookup UserRepository::findById(const QString &objectId, QVariantMap *row) const
{
    if (m_rowsGeneration != m_schema.generation()) {
        m_rows.clear();
        m_rowsGeneration = m_schema.generation();
    }
    const auto cached = m_rows.constFind(objectId);
    if (cached != m_rows.cend()) {
        if (row)
            *row = *cached;
        return Lookup::Found;
    }
    QVariantMap read;
    const Lookup found = findOne(QStringLiteral("\"objectId\" = ?"), {objectId}, &read);
    if (found != Lookup::Found)
        return found;
    remember(objectId, read);
    if (row)
        *row = read;
    return Lookup::Found;
}

void UserRepository::remember(const QString &objectId, const QVariantMap &row) const
{
    constexpr qsizetype MaxCachedRows = 10000;
    if (m_rowsGeneration != m_schema.generation()) {
        m_rows.clear();
        m_rowsGeneration = m_schema.generation();
    }
    if (m_rows.size() >= MaxCachedRows)
        m_rows.clear();
    m_rows.insert(objectId, row);
}

UserRepository::Lookup UserRepository::findByIdentity(const QString &identity, QVariantMap *row) const
{
    const Column *column = m_schema.identity();
    if (!column)
        return Lookup::Missing;
    return findOne(quoteIdentifier(column->name) + QStringLiteral(" = ?"), {identity}, row);
}

UserRepository::Lookup UserRepository::findIdentityOwner(const QString &identity, const QString &exceptObjectId) const
{
    const Column *column = m_schema.identity();
    if (!column)
        return Lookup::Missing;
    return findOne(quoteIdentifier(column->name) + QStringLiteral(" = ? AND \"objectId\" <> ?"),
                   {identity, exceptObjectId}, nullptr);
}

bool UserRepository::insert(const QVariantMap &values) const
{
    QStringList names;
    QStringList marks;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        names << quoteIdentifier(it.key());
        marks << QStringLiteral("?");
        binds << it.value();
    }
    return m_db.exec(QStringLiteral("INSERT INTO \"Users\" (%1) VALUES (%2)")
                         .arg(names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                     binds);
}

bool UserRepository::update(const QString &objectId, const QVariantMap &values) const
{
    if (values.isEmpty())
        return true;
    m_rows.remove(objectId);
    QStringList assignments;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        assignments << quoteIdentifier(it.key()) + QStringLiteral(" = ?");
        binds << it.value();
    }
    binds << objectId;
    return m_db.exec(
        QStringLiteral("UPDATE \"Users\" SET %1 WHERE \"objectId\" = ?").arg(assignments.join(QStringLiteral(", "))),
        binds);
}

bool UserRepository::select(const SqlSelect &select, QJsonArray *rows) const
{
    return selectRows(m_db, select, QStringLiteral("Users"), rows);
}

bool UserRepository::count(const SqlSelect &select, qint64 *count) const
{
    return selectCount(m_db, select, count);
}

QJsonObject UserRepository::toJson(const QVariantMap &row) const
{
    QJsonObject object;
    for (const Column &column : SchemaStore::systemColumns())
        object.insert(column.name, column.toJson(row.value(column.name)));
    for (const Column &column : m_schema.columns())
        object.insert(column.name, column.toJson(row.value(column.name)));
    object.insert(QStringLiteral("___class"), QStringLiteral("Users"));
    return object;
}

QStringList UserRepository::roles(const QVariantMap &row)
{
    QStringList roles;
    const QJsonArray array = QJsonDocument::fromJson(row.value(SchemaStore::rolesColumn()).toString().toUtf8()).array();
    for (const QJsonValue &role : array)
        roles << role.toString();
    return roles;
}

QString UserRepository::lastError() const
{
    return m_db.lastError();
}

bool UserRepository::isUniqueViolation(const QString &message)
{
    return message.contains(QLatin1String("UNIQUE constraint failed"));
}

bool UserRepository::isStorageFull(const QString &message)
{
    // sqlite3_errstr(SQLITE_FULL), which QtSql's message carries.
    return message.contains(QLatin1String("database or disk is full"));
}

} // namespace Server
