#include "core/userschema.h"

#include "core/userproperties.h"

#include <QHash>
#include <QJsonObject>

bool PropertyDef::isEditable() const
{
    return UserProperties::isEditable(*this);
}

QVariant PropertyDef::parseText(const QString &text, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QVariant();
    };
    const QString trimmed = text.trimmed();
    if (type == Type::String || type == Type::Text)
        return text;
    if (trimmed.isEmpty())
        return QVariant::fromValue(nullptr);

    bool ok = false;
    switch (type) {
    case Type::FileRef: // a file's URL (a picture field's value)
        return trimmed;
    case Type::Int: {
        const qlonglong value = trimmed.toLongLong(&ok);
        return ok ? QVariant(value) : fail(tr("%1 must be a whole number, not \"%2\".").arg(name, text));
    }
    case Type::Double: {
        const double value = trimmed.toDouble(&ok);
        return ok ? QVariant(value) : fail(tr("%1 must be a number, not \"%2\".").arg(name, text));
    }
    case Type::Boolean: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1"))
            return QVariant(true);
        if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0"))
            return QVariant(false);
        return fail(tr("%1 must be true or false, not \"%2\".").arg(name, text));
    }
    case Type::DateTime: {
        const qlonglong epochMs = trimmed.toLongLong(&ok);
        if (ok)
            return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
        // QDate::fromString accepts a date-time and drops the time, so only a bare date goes there.
        const QDate date = trimmed.size() == 10 ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
        if (date.isValid())
            return date.startOfDay(Qt::UTC);
        QDateTime dateTime = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (dateTime.isValid()) {
            if (dateTime.timeSpec() == Qt::LocalTime) // no offset given: read as UTC, not the machine's zone
                dateTime.setTimeSpec(Qt::UTC);
            return dateTime.toUTC();
        }
        return fail(
            tr("%1 must be a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SS), not \"%2\".").arg(name, text));
    }
    default:
        return fail(tr("%1 cannot be edited.").arg(name));
    }
}

PropertyDef::Type PropertyDef::typeFromName(const QString &typeName)
{
    static const QHash<QString, Type> types = {
        {QStringLiteral("STRING"), Type::String},
        {QStringLiteral("TEXT"), Type::Text},
        {QStringLiteral("INT"), Type::Int},
        {QStringLiteral("INTEGER"), Type::Int},
        {QStringLiteral("DOUBLE"), Type::Double},
        {QStringLiteral("BOOLEAN"), Type::Boolean},
        {QStringLiteral("DATETIME"), Type::DateTime},
        {QStringLiteral("JSON"), Type::Json},
        {QStringLiteral("STRING_ID"), Type::StringId},
        {QStringLiteral("AUTO_INCREMENT"), Type::AutoIncrement},
        {QStringLiteral("RELATION"), Type::Relation},
        {QStringLiteral("DATA_REF"), Type::Relation},
        {QStringLiteral("FILE_REF"), Type::FileRef},
        {QStringLiteral("POINT"), Type::Point},
    };
    return types.value(typeName.toUpper(), Type::Other);
}

PropertyDef PropertyDef::fromJson(const QJsonObject &json)
{
    PropertyDef def;
    def.name = json.value(QLatin1String("name")).toString();
    def.typeName = json.value(QLatin1String("type")).toString();
    def.type = typeFromName(def.typeName);
    def.required = json.value(QLatin1String("required")).toBool();
    def.identity = json.value(QLatin1String("identity")).toBool();
    def.isPrimaryKey = json.value(QLatin1String("isPrimaryKey")).toBool();
    def.autoLoad = json.value(QLatin1String("autoLoad")).toBool();
    def.defaultValue = json.value(QLatin1String("defaultValue")).toVariant();
    def.customRegex = json.value(QLatin1String("customRegex")).toString();
    def.relatedTable = json.value(QLatin1String("relatedTable")).toString();
    return def;
}

bool PropertyDef::operator==(const PropertyDef &other) const
{
    return name == other.name && type == other.type && typeName == other.typeName && required == other.required
        && identity == other.identity && isPrimaryKey == other.isPrimaryKey && autoLoad == other.autoLoad
        && defaultValue == other.defaultValue && customRegex == other.customRegex && relatedTable == other.relatedTable;
}

QString UserSchema::identityProperty() const
{
    for (const PropertyDef &def : properties) {
        if (def.identity)
            return def.name;
    }
    return QStringLiteral("email");
}

const PropertyDef *UserSchema::find(const QString &name) const
{
    for (const PropertyDef &def : properties) {
        if (def.name == name)
            return &def;
    }
    return nullptr;
}

QStringList UserSchema::names() const
{
    QStringList result;
    result.reserve(properties.size());
    for (const PropertyDef &def : properties)
        result.append(def.name);
    return result;
}

UserSchema UserSchema::fromJson(const QJsonArray &json, bool *ok)
{
    UserSchema schema;
    for (const QJsonValue &entry : json) {
        if (!entry.isObject() || entry.toObject().value(QLatin1String("name")).toString().isEmpty()) {
            if (ok)
                *ok = false;
            return UserSchema();
        }
        schema.properties.append(PropertyDef::fromJson(entry.toObject()));
    }
    if (ok)
        *ok = true;
    return schema;
}
