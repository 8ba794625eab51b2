#include "routes/changevalidator.h"

#include "auth/identitytext.h"
#include "storage/schemastore.h"
#include "storage/userrepository.h"

#include "protocol/wirenames.h"

#include <QRegularExpression>
#include <QSet>

namespace Server {

namespace {

const QLatin1String PasswordKey("password");

bool isEmptyValue(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

} // namespace

// The code each kind of problem gets, per operation (docs/PROTOCOL.md).
struct ChangeValidator::Codes
{
    int unknownProperty;
    int requiredEmpty;
    int identityTaken;
    int refused;
    int invalidEmail;
    int wrongType; // a value whose JSON type the column cannot hold
};

ChangeValidator::ChangeValidator(const SchemaStore &schema, const UserRepository &users, bool dynamicSchema,
                                 bool dropUnknown)
    : m_schema(schema)
    , m_users(users)
    , m_dynamicSchema(dynamicSchema)
    , m_dropUnknown(dropUnknown)
{ }

bool ChangeValidator::isIgnoredKey(const QString &key)
{
    if (key == QLatin1String(WireName::UserToken) || key.startsWith(QLatin1String("__")))
        return true;
    for (const Column &column : SchemaStore::systemColumns()) {
        if (column.name == key)
            return true;
    }
    return false;
}

bool ChangeValidator::validate(const QJsonObject &body, Mode mode, const QString &objectId, ChangeSet *out,
                               ApiError *error) const
{
    // Backendless documents no general registration error for these; 3021 (RegisterFailed) is its general one.
    // The Data API names a wrong type with its own code (JS-SDK test/e2e/specs/persistence.js:187).
    Codes codes{ErrorCode::UnknownProperty, ErrorCode::RequiredPropertyMissing,
                ErrorCode::IdentityTaken,   ErrorCode::UpdateFailed,
                ErrorCode::UpdateFailed,    ErrorCode::UpdateFailed};
    if (mode == Mode::DataSave)
        codes.wrongType = ErrorCode::InvalidDataType;
    if (mode == Mode::Register)
        codes = Codes{ErrorCode::RegisterUnknownProperty,
                      ErrorCode::RegisterMissingRequired,
                      ErrorCode::RegisterIdentityTaken,
                      ErrorCode::RegisterFailed,
                      ErrorCode::InvalidEmail,
                      ErrorCode::RegisterFailed};

    QMap<QString, Column> newColumns;
    *out = ChangeSet();
    return checkNames(body, codes, &newColumns, error) && checkRequired(body, mode, codes, error)
        && checkIdentity(body, mode, objectId, codes, error) && convertValues(body, newColumns, codes, out, error)
        && checkRowSize(objectId, codes, *out, error);
}

bool ChangeValidator::checkRowSize(const QString &objectId, const Codes &codes, const ChangeSet &changes,
                                   ApiError *error) const
{
    const auto characters = [](const QVariant &value) -> qsizetype {
        if (!value.isValid() || value.isNull())
            return 0;
        return value.typeId() == QMetaType::QString ? value.toString().size() : 8;
    };
    qsizetype total = 0;
    for (auto it = changes.values.cbegin(); it != changes.values.cend(); ++it)
        total += characters(it.value());
    QVariantMap row;
    if (!objectId.isEmpty() && m_users.findById(objectId, &row) == UserRepository::Lookup::Found) {
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (!changes.values.contains(it.key()))
                total += characters(it.value());
        }
    }
    if (total <= MaxRowCharacters)
        return true;
    *error = ApiError::make(codes.refused,
                            QStringLiteral("The user's values would hold %1 characters; a user holds "
                                           "at most %2")
                                .arg(total)
                                .arg(MaxRowCharacters));
    return false;
}

bool ChangeValidator::checkNames(const QJsonObject &body, const Codes &codes, QMap<QString, Column> *newColumns,
                                 ApiError *error) const
{
    QStringList unknown;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        if (isIgnoredKey(key) || key == PasswordKey || m_schema.find(key))
            continue;
        if (!m_dynamicSchema) {
            if (!m_dropUnknown)
                unknown << key;
            continue;
        }
        if (newColumns->size() >= MaxNewColumnsPerWrite
            || m_schema.columns().size() + newColumns->size() >= MaxColumns) {
            *error = ApiError::make(codes.refused,
                                    QStringLiteral("Too many new properties: one write may create at most %1, and "
                                                   "the Users table holds at most %2 columns")
                                        .arg(MaxNewColumnsPerWrite)
                                        .arg(MaxColumns));
            return false;
        }
        // Dynamic schema: the column is created with the type of the value. Problems with the
        // name or the value are refusals, reported after the checks that come first.
        Column column;
        column.name = key;
        if (const auto type = inferType(it.value()))
            column.type = *type;
        newColumns->insert(key, column);
    }
    if (!unknown.isEmpty()) {
        *error = ApiError::make(codes.unknownProperty,
                                QStringLiteral("Unable to update user: property '%1' is not defined in the Users "
                                               "table and dynamic schema definition is disabled")
                                    .arg(unknown.join(QStringLiteral("', '"))));
        return false;
    }
    return true;
}

bool ChangeValidator::checkRequired(const QJsonObject &body, Mode mode, const Codes &codes, ApiError *error) const
{
    QStringList empty;
    const Column *identity = m_schema.identity();
    if (mode == Mode::Register) {
        // Backendless's order (JS-SDK test/e2e/specs/users.js:90, .NET-SDK RegistrationTests.cs):
        // the server's own objectId, then the password, then the identity, then the rest.
        const QJsonValue objectIdValue = body.value(QStringLiteral("objectId"));
        if (!isEmptyValue(objectIdValue)) {
            *error = ApiError::make(ErrorCode::RegisterWithObjectId,
                                    QStringLiteral("\"objectId\" is a reserved system property and is not allowed "
                                                   "when registering a user."));
            return false;
        }
        if (isEmptyValue(body.value(PasswordKey))) {
            *error =
                ApiError::make(ErrorCode::RegisterMissingPassword, QStringLiteral("Property 'password' is required"));
            return false;
        }
        if (identity && isEmptyValue(body.value(identity->name))) {
            *error = ApiError::make(
                ErrorCode::RegisterMissingIdentity,
                QStringLiteral("Unable to register user. Missing identity value for '%1'").arg(identity->name));
            return false;
        }
    } else if (body.contains(PasswordKey) && isEmptyValue(body.value(PasswordKey))) {
        empty << PasswordKey;
    }
    QStringList sentEmpty; // register: sent as null or "" (3041), where absent is 3012
    for (const Column &column : m_schema.columns()) {
        if (!column.required && !column.identity)
            continue;
        const bool present = body.contains(column.name);
        const bool emptyValue = present && isEmptyValue(body.value(column.name));
        // Register: absent counts as empty unless the column has a default.
        const bool absentOnRegister =
            mode == Mode::Register && !present && (column.defaultValue.isUndefined() || column.defaultValue.isNull());
        if (emptyValue && mode == Mode::Register)
            sentEmpty << column.name;
        else if (emptyValue || absentOnRegister)
            empty << column.name;
    }
    if (!empty.isEmpty()) {
        *error = ApiError::make(
            codes.requiredEmpty,
            mode == Mode::Register
                ? QStringLiteral("Unable to register user. Property '%1' is required")
                      .arg(empty.join(QStringLiteral("', '")))
                : QStringLiteral("Required properties have no value: %1").arg(empty.join(QStringLiteral(", "))));
        return false;
    }
    if (!sentEmpty.isEmpty()) {
        *error = ApiError::make(ErrorCode::RegisterRequiredValueEmpty,
                                QStringLiteral("Unable to register user. Missing required property value for '%1'")
                                    .arg(sentEmpty.join(QStringLiteral("', '"))));
        return false;
    }
    return true;
}

bool ChangeValidator::checkIdentity(const QJsonObject &body, Mode mode, const QString &objectId, const Codes &codes,
                                    ApiError *error) const
{
    const Column *identity = m_schema.identity();
    if (!identity || !body.value(identity->name).isString())
        return true; // a non-string identity is a type refusal, reported below
    const QString value = IdentityText::normalized(body.value(identity->name).toString());
    switch (m_users.findIdentityOwner(value, objectId)) {
    case UserRepository::Lookup::Missing:
        return true;
    case UserRepository::Lookup::Found:
        *error = ApiError::make(codes.identityTaken,
                                mode == Mode::Register
                                    ? QStringLiteral("User already exists.")
                                    : QStringLiteral("User with the same %1 already exists").arg(identity->name));
        return false;
    case UserRepository::Lookup::Failed:
        break;
    }
    *error = ApiError::make(ErrorCode::InternalError, QStringLiteral("Database error"));
    return false;
}

bool ChangeValidator::convertValues(const QJsonObject &body, const QMap<QString, Column> &newColumns,
                                    const Codes &codes, ChangeSet *out, ApiError *error) const
{
    const auto refuse = [&](int code, const QString &message) {
        *error = ApiError::make(code, message);
        return false;
    };
    // SQLite's column names ignore case, so "tag" and "TAG" in one body are one column too many.
    QSet<QString> createdHere;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (isIgnoredKey(key))
            continue;
        if (key == PasswordKey) {
            if (!value.isString())
                return refuse(codes.refused, QStringLiteral("Property 'password' expects a string"));
            out->hasPassword = true;
            out->password = value.toString();
            continue;
        }
        const Column *column = m_schema.find(key);
        if (!column) {
            const auto created = newColumns.constFind(key);
            if (created == newColumns.cend()) {
                if (m_dropUnknown && !m_dynamicSchema)
                    continue; // Backendless's silent drop (issue 11)
                return refuse(codes.refused, QStringLiteral("Property '%1' is not defined").arg(key));
            }
            const QString folded = key.toCaseFolded();
            if (!isValidPropertyName(key) || m_schema.findQueryable(key) || createdHere.contains(folded))
                return refuse(codes.refused,
                              QStringLiteral("Property '%1' cannot be created: names start with a letter, hold "
                                             "letters, digits and '_', and differ from existing columns and from "
                                             "each other in more than case")
                                  .arg(key));
            createdHere.insert(folded);
            if (!inferType(value))
                return refuse(codes.refused,
                              QStringLiteral("Property '%1' cannot be created from a null value").arg(key));
            out->newColumns << *created;
            column = &*created;
        }
        if (!convertValue(*column, value, codes, out, error))
            return false;
    }
    return true;
}

bool ChangeValidator::convertValue(const Column &column, const QJsonValue &value, const Codes &codes, ChangeSet *out,
                                   ApiError *error) const
{
    QVariant sqlValue;
    QString message;
    bool wrongType = false;
    if (!column.toSql(value, &sqlValue, &message, &wrongType)) {
        if (!wrongType) {
            *error = ApiError::make(codes.refused, message);
        } else if (codes.wrongType != ErrorCode::InvalidDataType) {
            *error = ApiError::make(codes.wrongType, message);
        } else if (column.type == ColumnType::DateTime) { // the Data API's own words
            *error =
                ApiError::make(codes.wrongType, QStringLiteral("Invalid date format for property %1").arg(column.name));
        } else {
            *error = ApiError::make(codes.wrongType,
                                    QStringLiteral("Unable to save object - invalid data type for properties - %1. You "
                                                   "can change the property type in developer console.")
                                        .arg(column.name));
        }
        return false;
    }
    if (column.identity && sqlValue.isValid()) {
        // Compared and stored in NFC; a control, format or invisible character (NUL, escape
        // sequences, U+202E, U+3164, NBSP) would reach staff pages and terminals or make two
        // identities look alike (issue 25); no address needs one.
        sqlValue = IdentityText::normalized(sqlValue.toString());
        if (IdentityText::hasInvisibleCharacter(sqlValue.toString())) {
            *error = ApiError::make(
                column.name == QLatin1String("email") ? codes.invalidEmail : codes.refused,
                QStringLiteral("Property '%1' may not hold control or invisible characters").arg(column.name));
            return false;
        }
    }
    if (column.identity && column.name == QLatin1String("email") && !looksLikeEmail(sqlValue.toString())) {
        *error = ApiError::make(codes.invalidEmail, QStringLiteral("Property 'email' is not a valid email address"));
        return false;
    }
    out->values.insert(column.name, sqlValue);
    return true;
}

} // namespace Server
