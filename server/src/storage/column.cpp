#include "storage/column.h"

#include "api/httpreply.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Server {

namespace {

struct TypeNameEntry
{
    ColumnType type;
    const char *name;
};

constexpr TypeNameEntry TypeNames[] = {
    {ColumnType::String, "STRING"}, {ColumnType::Text, "TEXT"},          {ColumnType::Int, "INT"},
    {ColumnType::Double, "DOUBLE"}, {ColumnType::Boolean, "BOOLEAN"},    {ColumnType::DateTime, "DATETIME"},
    {ColumnType::Json, "JSON"},     {ColumnType::StringId, "STRING_ID"}, {ColumnType::FileRef, "FILE_REF"},
};

// Doubles hold integers exactly up to 2^53; beyond that an INT would silently change.
constexpr double MaxExactInteger = 9007199254740992.0;

QString describeJsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

} // namespace

QString typeName(ColumnType type)
{
    for (const auto &entry : TypeNames) {
        if (entry.type == type)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("STRING");
}

std::optional<ColumnType> typeFromName(const QString &name)
{
    for (const auto &entry : TypeNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return std::nullopt;
}

std::optional<ColumnType> inferType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return ColumnType::Boolean;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::fabs(number) <= MaxExactInteger)
            return ColumnType::Int;
        return ColumnType::Double;
    }
    case QJsonValue::String:
        return value.toString().size() > MaxStringLength ? ColumnType::Text : ColumnType::String;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return ColumnType::Json;
    default:
        return std::nullopt; // null says nothing about the type
    }
}

bool isValidPropertyName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QString quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

std::optional<qint64> parseDateTime(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double ms = value.toDouble();
        if (std::floor(ms) != ms || std::fabs(ms) > MaxExactInteger)
            return std::nullopt;
        return static_cast<qint64>(ms);
    }
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, QStringLiteral("MM/dd/yyyy HH:mm:ss"));
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, QStringLiteral("MM/dd/yyyy"));
    if (!parsed.isValid())
        return std::nullopt;
    // A date without an offset is read as UTC, so the result never depends on the host's zone.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    return parsed.toMSecsSinceEpoch();
}

QJsonObject Column::describe() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("required"), required},
        {QStringLiteral("type"), typeName(type)},
        {QStringLiteral("defaultValue"), defaultValue.isUndefined() ? QJsonValue() : defaultValue},
        {QStringLiteral("identity"), identity},
        {QStringLiteral("customRegex"), customRegex.isEmpty() ? QJsonValue() : QJsonValue(customRegex)},
        {QStringLiteral("relatedTable"), QJsonValue()},
        {QStringLiteral("autoLoad"), false},
        {QStringLiteral("isPrimaryKey"), type == ColumnType::StringId},
    };
}

QJsonObject Column::describeForData() const
{
    QJsonObject object = describe();
    object.remove(QStringLiteral("identity"));
    object.insert(QStringLiteral("expression"), QJsonValue());
    return object;
}

std::optional<Column> Column::fromJson(const QJsonObject &object, QString *error)
{
    Column column;
    column.name = object.value(QStringLiteral("name")).toString();
    if (!isValidPropertyName(column.name)) {
        *error = QStringLiteral("invalid column name '%1'").arg(column.name);
        return std::nullopt;
    }
    const QString type = object.value(QStringLiteral("type")).toString(QStringLiteral("STRING"));
    const auto parsedType = typeFromName(type);
    if (!parsedType || *parsedType == ColumnType::StringId) {
        *error = QStringLiteral("column '%1' has an unsupported type '%2'").arg(column.name, type);
        return std::nullopt;
    }
    column.type = *parsedType;
    column.required = object.value(QStringLiteral("required")).toBool();
    column.identity = object.value(QStringLiteral("identity")).toBool();
    column.defaultValue = object.value(QStringLiteral("defaultValue"));
    column.customRegex = object.value(QStringLiteral("customRegex")).toString();
    if (!column.customRegex.isEmpty() && !QRegularExpression(column.customRegex).isValid()) {
        *error = QStringLiteral("column '%1' has an invalid customRegex").arg(column.name);
        return std::nullopt;
    }
    return column;
}

QString Column::sqlType() const
{
    switch (type) {
    case ColumnType::Int:
    case ColumnType::Boolean:
    case ColumnType::DateTime:
        return QStringLiteral("INTEGER");
    case ColumnType::Double:
        return QStringLiteral("REAL");
    default:
        return QStringLiteral("TEXT");
    }
}

bool Column::toSql(const QJsonValue &value, QVariant *out, QString *error, bool *wrongType) const
{
    if (value.isNull() || value.isUndefined()) {
        *out = QVariant();
        return true;
    }
    const auto refuse = [&](const QString &expected) {
        if (wrongType)
            *wrongType = true;
        *error = QStringLiteral("Property '%1' expects %2, got %3").arg(name, expected, describeJsonType(value));
        return false;
    };
    switch (type) {
    case ColumnType::String:
    case ColumnType::Text:
    case ColumnType::StringId:
    case ColumnType::FileRef: {
        if (!value.isString())
            return refuse(typeName(type));
        const QString text = value.toString();
        const int maxLength = type == ColumnType::Text ? MaxTextLength : MaxStringLength;
        if (text.size() > maxLength) {
            *error = QStringLiteral("Property '%1' is longer than %2 characters").arg(name).arg(maxLength);
            return false;
        }
        if (!customRegex.isEmpty()) {
            const QRegularExpression regex(QRegularExpression::anchoredPattern(customRegex));
            if (!regex.match(text).hasMatch()) {
                *error = QStringLiteral("Property '%1' does not match its pattern %2").arg(name, customRegex);
                return false;
            }
        }
        *out = text;
        return true;
    }
    case ColumnType::Int: {
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || std::fabs(number) > MaxExactInteger)
            return refuse(QStringLiteral("INT (a whole number)"));
        *out = static_cast<qint64>(number);
        return true;
    }
    case ColumnType::Double:
        if (!value.isDouble())
            return refuse(QStringLiteral("DOUBLE (a number)"));
        *out = value.toDouble();
        return true;
    case ColumnType::Boolean:
        if (!value.isBool())
            return refuse(QStringLiteral("BOOLEAN (true or false)"));
        *out = value.toBool() ? 1 : 0;
        return true;
    case ColumnType::DateTime: {
        const auto ms = parseDateTime(value);
        if (!ms)
            return refuse(QStringLiteral("DATETIME (epoch milliseconds or an ISO 8601 date)"));
        *out = *ms;
        return true;
    }
    case ColumnType::Json:
        if (nestsDeeperThan(value, MaxJsonDepth)) {
            *error = QStringLiteral("Property '%1' nests deeper than %2 levels").arg(name).arg(MaxJsonDepth);
            return false;
        }
        *out = QString::fromUtf8(toJsonBytes(value));
        if (out->toString().size() > MaxJsonLength) {
            *error = QStringLiteral("Property '%1' is longer than %2 characters as JSON").arg(name).arg(MaxJsonLength);
            return false;
        }
        return true;
    }
    return refuse(typeName(type));
}

bool nestsDeeperThan(const QJsonValue &value, int levels)
{
    if (!value.isArray() && !value.isObject())
        return false;
    if (levels <= 0)
        return true;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [levels](const QJsonValue &item) { return nestsDeeperThan(item, levels - 1); });
    }
    const QJsonObject object = value.toObject();
    return std::any_of(object.begin(), object.end(),
                       [levels](const QJsonValue &item) { return nestsDeeperThan(item, levels - 1); });
}

QJsonValue Column::toJson(const QVariant &sqlValue) const
{
    if (sqlValue.isNull())
        return QJsonValue();
    switch (type) {
    case ColumnType::Int:
    case ColumnType::DateTime:
        return QJsonValue(sqlValue.toLongLong());
    case ColumnType::Double:
        return QJsonValue(sqlValue.toDouble());
    case ColumnType::Boolean:
        return QJsonValue(sqlValue.toLongLong() != 0);
    case ColumnType::Json: {
        const QByteArray wrapped = '[' + sqlValue.toString().toUtf8() + ']';
        const QJsonArray array = QJsonDocument::fromJson(wrapped).array();
        return array.isEmpty() ? QJsonValue() : array.first();
    }
    default:
        return QJsonValue(sqlValue.toString());
    }
}

} // namespace Server
