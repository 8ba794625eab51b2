#include "core/user.h"

#include "core/userproperties.h"

#include <QJsonValue>

namespace {

bool isEmptyJson(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    if (isEmptyJson(a) || isEmptyJson(b))
        return isEmptyJson(a) == isEmptyJson(b);
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

} // namespace

User::User(const QVariantMap &properties)
    : m_properties(properties)
{
    m_properties.remove(UserProperties::userToken());
}

QString User::objectId() const
{
    return m_properties.value(UserProperties::objectId()).toString();
}

void User::setObjectId(const QString &objectId)
{
    m_properties.insert(UserProperties::objectId(), objectId);
}

void User::setValue(const QString &name, const QVariant &value)
{
    if (UserProperties::isSessionToken(name))
        return; // a User never carries the session (class comment)
    m_properties.insert(name, value);
}

QString User::email() const
{
    return m_properties.value(QStringLiteral("email")).toString();
}

QString User::ownerId() const
{
    return m_properties.value(QStringLiteral("ownerId")).toString();
}

QString User::userStatus() const
{
    return m_properties.value(QStringLiteral("userStatus")).toString();
}

QDateTime User::created() const
{
    return toDateTime(m_properties.value(QStringLiteral("created")));
}

QDateTime User::updated() const
{
    return toDateTime(m_properties.value(QStringLiteral("updated")));
}

QDateTime User::lastLogin() const
{
    return toDateTime(m_properties.value(QStringLiteral("lastLogin")));
}

User User::fromJson(const QJsonObject &json)
{
    QVariantMap properties = json.toVariantMap();
    properties.remove(UserProperties::userToken());
    properties.remove(UserProperties::password());
    return User(properties);
}

QJsonObject User::toJson() const
{
    QJsonObject json;
    for (auto it = m_properties.cbegin(); it != m_properties.cend(); ++it)
        json.insert(it.key(), toJsonValue(it.value()));
    return json;
}

QJsonObject User::updateBody(const QStringList &changed) const
{
    if (changed.isEmpty())
        return updateBody(m_properties);
    QVariantMap selected;
    for (const QString &name : changed) {
        if (m_properties.contains(name))
            selected.insert(name, m_properties.value(name));
    }
    return updateBody(selected);
}

QJsonObject User::updateBody(const QVariantMap &properties)
{
    QJsonObject body;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        if (!UserProperties::isSentInUpdate(it.key()))
            continue;
        body.insert(it.key(), toJsonValue(it.value()));
    }
    return body;
}

QStringList User::notStored(const QJsonObject &sent) const
{
    QStringList names;
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
        if (!UserProperties::isSecret(it.key()) && !sameJson(it.value(), toJsonValue(m_properties.value(it.key()))))
            names.append(it.key());
    }
    return names;
}

QJsonValue User::toJsonValue(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        return dateTime.isValid() ? QJsonValue(dateTime.toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
    }
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        return date.isValid() ? QJsonValue(date.startOfDay(Qt::UTC).toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
    }
    default:
        return QJsonValue::fromVariant(value);
    }
}

QDateTime User::toDateTime(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC();
    case QMetaType::QString: {
        QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return parsed.isValid() ? parsed.toUTC() : QDateTime();
    }
    default:
        return QDateTime();
    }
}
