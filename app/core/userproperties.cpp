#include "core/userproperties.h"

#include "core/userschema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace UserProperties {

QStringList systemProperties()
{
    static const QStringList names{
        objectId(),
        QStringLiteral("___class"),
        QStringLiteral("ownerId"),
        QStringLiteral("created"),
        QStringLiteral("updated"),
        QStringLiteral("lastLogin"),
        QStringLiteral("userStatus"),
        QStringLiteral("blUserLocale"),
        QStringLiteral("socialAccount"),
        QStringLiteral("accountType"),
        QStringLiteral("oAuthIdentities"),
    };
    return names;
}

bool isSystem(const QString &name)
{
    static const QSet<QString> names(systemProperties().cbegin(), systemProperties().cend());
    return names.contains(name);
}

bool isSecret(const QString &name)
{
    for (const QString &secret : {password(), userToken(), QStringLiteral("userToken")}) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isShownSystem(const QString &name)
{
    return name == objectId() || name == QLatin1String("userStatus") || isTimestamp(name);
}

bool isTimestamp(const QString &name)
{
    return name == QLatin1String("created") || name == QLatin1String("updated") || name == QLatin1String("lastLogin");
}

bool isSessionToken(const QString &name)
{
    return name == userToken();
}

bool isSentInUpdate(const QString &name)
{
    return !isSystem(name) && !isSessionToken(name);
}

bool isShown(const QString &name)
{
    return !isSecret(name) && (!isSystem(name) || isShownSystem(name));
}

bool isEditableName(const QString &name)
{
    return !isSystem(name) && !isSecret(name);
}

bool isEditable(const PropertyDef &def)
{
    switch (def.type) {
    case PropertyDef::Type::String:
    case PropertyDef::Type::Text:
    case PropertyDef::Type::Int:
    case PropertyDef::Type::Double:
    case PropertyDef::Type::Boolean:
    case PropertyDef::Type::DateTime:
    case PropertyDef::Type::FileRef: // a URL; the form's picture field, the CLI's --picture
        return isEditableName(def.name);
    default:
        return false;
    }
}

} // namespace UserProperties

QString UserProperties::redactApiKeys(const QString &text)
{
    // /{appId}/{key}/files/: both ids are Backendless's UUIDs (or the local server's words); the
    // key is the segment right before "files".
    static const QRegularExpression fileUrl(
        QStringLiteral("(://[^/\\s]+(?:/[^/\\s]+)*?/[^/\\s]+/)([^/\\s]+)(/files/)"));
    if (!text.contains(QLatin1String("/files/")))
        return text;
    QString redacted = text;
    redacted.replace(fileUrl, QStringLiteral("\\1REDACTED\\3"));
    return redacted;
}

QJsonValue UserProperties::redactApiKeys(const QJsonValue &value)
{
    if (value.isString())
        return redactApiKeys(value.toString());
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redactApiKeys(array.at(i));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = redactApiKeys(it.value());
        return object;
    }
    return value;
}
