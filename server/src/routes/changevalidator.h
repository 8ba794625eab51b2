#pragma once

#include "api/apierror.h"
#include "storage/column.h"

#include <QJsonObject>
#include <QList>
#include <QVariantMap>

namespace Server {

class SchemaStore;
class UserRepository;

// A request body turned into SQL-ready changes: what to write, which columns dynamic schema
// must create first, and the new password (hashed by the caller).
struct ChangeSet
{
    QVariantMap values;
    QList<Column> newColumns;
    bool hasPassword = false;
    QString password;
    QString passwordHash; // filled in by UserUpdater, off the server's thread
};

// Checks a user body against the schema, in the order Backendless reports problems, and maps
// each problem to the code of the operation (update or register).
class ChangeValidator
{
public:
    // Update: PUT /users/{id}; DataSave: PUT /data/Users (the same checks, the Data API's code for a
    // wrong type); Register: POST /users/register.
    enum class Mode { Update, DataSave, Register };

    // `dropUnknown` (with dynamicSchema off): unknown properties are left out instead of refused.
    ChangeValidator(const SchemaStore &schema, const UserRepository &users, bool dynamicSchema,
                    bool dropUnknown = false);

    // `objectId`: the user being updated (empty when registering).
    bool validate(const QJsonObject &body, Mode mode, const QString &objectId, ChangeSet *out, ApiError *error) const;

    // System columns, the token and SDK bookkeeping (___class, __meta): sent back by SDKs with
    // the whole object, silently ignored.
    static bool isIgnoredKey(const QString &key);

    // Dynamic schema has bounds (issue 12, H2): a body creating more columns than this, or
    // growing the table past MaxColumns, is refused at once, before any work per property.
    static constexpr qsizetype MaxNewColumnsPerWrite = 100;
    static constexpr qsizetype MaxColumns = 1000;

private:
    struct Codes;
    bool checkNames(const QJsonObject &body, const Codes &codes, QMap<QString, Column> *newColumns,
                    ApiError *error) const;
    bool checkRequired(const QJsonObject &body, Mode mode, const Codes &codes, ApiError *error) const;
    bool checkIdentity(const QJsonObject &body, Mode mode, const QString &objectId, const Codes &codes,
                       ApiError *error) const;
    bool convertValues(const QJsonObject &body, const QMap<QString, Column> &newColumns, const Codes &codes,
                       ChangeSet *out, ApiError *error) const;
    // Every value of the row after the change together stays within MaxRowCharacters.
    bool checkRowSize(const QString &objectId, const Codes &codes, const ChangeSet &changes, ApiError *error) const;
    bool convertValue(const Column &column, const QJsonValue &value, const Codes &codes, ChangeSet *out,
                      ApiError *error) const;

    const SchemaStore &m_schema;
    const UserRepository &m_users;
    bool m_dynamicSchema;
    bool m_dropUnknown;
};

} // namespace Server
