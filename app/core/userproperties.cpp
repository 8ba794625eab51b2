#include "core/userproperties.h"

#include "core/userschema.h"

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
        return isEditableName(def.name);
    default:
        return false;
    }
}

} // namespace UserProperties
