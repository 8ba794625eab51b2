#pragma once

#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <optional>

namespace Server {

// FileRef: a FILE_REF column, the URL of a file of the Files API, kept as a string.
enum class ColumnType { String, Text, Int, Double, Boolean, DateTime, Json, StringId, FileRef };

// One property of the Users table as userclassprops describes it, plus how its values travel
// between JSON and SQLite.
struct Column
{
    QString name;
    ColumnType type = ColumnType::String;
    bool required = false;
    bool identity = false;
    QJsonValue defaultValue;
    QString customRegex;
    bool system = false; // objectId, created, ...: described and queryable, never updatable

    QJsonObject describe() const;
    static std::optional<Column> fromJson(const QJsonObject &object, QString *error);

    // JSON -> SQL value; on refusal returns false and a message naming the property.
    // `wrongType` (optional) tells a value of the wrong JSON type from other refusals (length, pattern, depth).
    bool toSql(const QJsonValue &value, QVariant *out, QString *error, bool *wrongType = nullptr) const;
    // The Data API's describe (GET data/{table}/properties): userclassprops' keys without
    // `identity`, plus `expression` (JS-SDK test/e2e/specs/persistence.js:450).
    QJsonObject describeForData() const;
    QJsonValue toJson(const QVariant &sqlValue) const;
    QString sqlType() const;
};

QString typeName(ColumnType type);
std::optional<ColumnType> typeFromName(const QString &name);
// Dynamic schema: the type a new column gets from the first value sent for it.
std::optional<ColumnType> inferType(const QJsonValue &value);
// Names a client may create: letters, digits and '_', starting with a letter (SQL-safe when quoted).
bool isValidPropertyName(const QString &name);
QString quoteIdentifier(const QString &name);
// DATETIME values: epoch milliseconds, or an ISO 8601 / "MM/dd/yyyy[ HH:mm:ss]" string (UTC).
std::optional<qint64> parseDateTime(const QJsonValue &value);

// A JSON value stored on a user nests at most this deep (issue 12, M4): a staff page wraps each
// user in two more levels, and Qt's parser stops at 1,024.
constexpr int MaxJsonDepth = 100;
// Whether `value` has arrays or objects nested more than `levels` deep (a scalar is level 0).
bool nestsDeeperThan(const QJsonValue &value, int levels);

// STRING columns hold at most this many characters (Backendless's default column size).
constexpr int MaxStringLength = 500;
// TEXT columns hold at most this many characters, as Backendless documents them (docs/PROTOCOL.md).
constexpr int MaxTextLength = 3000;
// A JSON value, written compactly, holds at most this many characters (this server's bound;
// Backendless documents none).
constexpr int MaxJsonLength = 8 * 1024;
// All values of one row together hold at most this many characters (this server's bound;
// Backendless documents none), so a row, and every page that shows it, stays small whatever its
// owner writes, and so does the work of answering for it (issue 25, item 3).
constexpr qsizetype MaxRowCharacters = 16 * 1024;

} // namespace Server
