#pragma once

#include "storage/querybuilder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>

namespace Server {

class Database;
class SchemaStore;

// The Users table's rows: reads, writes and their JSON form. Values here are already SQL values
// (see Column::toSql); every statement binds them, none is built from them.
class UserRepository
{
public:
    enum class Lookup { Found, Missing, Failed };

    UserRepository(Database &db, const SchemaStore &schema);

    Lookup findById(const QString &objectId, QVariantMap *row) const;
    Lookup findByIdentity(const QString &identity, QVariantMap *row) const;
    // Found: true. Missing: `ifMissing`. A failed query: 500.
    bool require(const QString &objectId, const ApiError &ifMissing, QVariantMap *row, ApiError *error) const;
    // Another user than `exceptObjectId` holds this identity value (case-insensitively).
    Lookup findIdentityOwner(const QString &identity, const QString &exceptObjectId) const;

    // A whole row as now committed (read, plus what was written since), for findById to return.
    void remember(const QString &objectId, const QVariantMap &row) const;
    bool insert(const QVariantMap &values) const;
    bool update(const QString &objectId, const QVariantMap &values) const;
    bool select(const SqlSelect &select, QJsonArray *rows) const;
    bool count(const SqlSelect &select, qint64 *count) const;

    // The public form of a user: every column but the password hash and the roles, plus ___class.
    QJsonObject toJson(const QVariantMap &row) const;
    static QStringList roles(const QVariantMap &row);
    static QString newObjectId();
    static qint64 nowMs();

    QString lastError() const;
    static bool isUniqueViolation(const QString &message);
    // SQLITE_FULL: the disk (or the database's size limit) left no room for the write.
    static bool isStorageFull(const QString &message);

private:
    Lookup findOne(const QString &whereSql, const QVariantList &binds, QVariantMap *row) const;

    Database &m_db;
    const SchemaStore &m_schema;
    // Rows by objectId, as last read: every call with a token reads its user's row, and that read
    // was half of an update's time. Every write here drops the row first (so a rolled-back write
    // leaves nothing stale: the next read goes to the database), and a schema change drops them
    // all. Valid because this server is the only writer of its database.
    mutable QHash<QString, QVariantMap> m_rows;
    mutable quint64 m_rowsGeneration = 0;
};

} // namespace Server
