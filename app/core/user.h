#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <QVariantMap>

// One Backendless user as a value: objectId + every property as a QVariant (JSON types as
// QJsonValue::toVariant gives them: QString, double/qlonglong, bool, QVariantMap, QVariantList,
// invalid QVariant for null). Timestamps stay epoch milliseconds in properties(); the typed
// accessors convert. The login token is NOT part of a User (UserService keeps it apart), so a User
// can be shown, logged, copied and saved as a draft without leaking the session.
class User
{
public:
    User() = default;
    explicit User(const QVariantMap &properties);

    bool isNull() const { return m_properties.isEmpty(); }

    QString objectId() const;
    void setObjectId(const QString &objectId);

    QVariantMap properties() const { return m_properties; }
    QStringList propertyNames() const { return m_properties.keys(); }
    bool contains(const QString &name) const { return m_properties.contains(name); }
    QVariant value(const QString &name) const { return m_properties.value(name); }
    // QDateTime/QDate values are accepted and sent as epoch ms.
    void setValue(const QString &name, const QVariant &value);
    void remove(const QString &name) { m_properties.remove(name); }

    // System fields (docs/PROTOCOL.md "Users table facts"). Null QDateTime when absent or null.
    QString email() const;
    QString ownerId() const;
    QString userStatus() const;
    QDateTime created() const;
    QDateTime updated() const;
    QDateTime lastLogin() const;

    // "user-token" is dropped (see class comment); "password" is dropped (never returned, never kept).
    static User fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // The body of an update: the named properties (all when `changed` is empty) that
    // UserProperties::isSentInUpdate (no system field, objectId among them, no "user-token"; "password"
    // passes through when present: setting it changes the password). A QDateTime/QDate becomes epoch ms.
    QJsonObject updateBody(const QStringList &changed = {}) const;
    static QJsonObject updateBody(const QVariantMap &properties);

    // The names in `sent` (an update body) that this user, the server's reply to it, does not hold
    // with the value sent: with dynamic schema off, real Backendless has been seen to drop an unknown
    // property and answer 200. Secrets are skipped (never returned); null, "" and absent are alike,
    // and numbers compare as numbers.
    QStringList notStored(const QJsonObject &sent) const;
    // QDateTime/QDate -> epoch ms; everything else as QJsonValue::fromVariant.
    static QJsonValue toJsonValue(const QVariant &value);
    // epoch ms (number) or ISO-8601 string -> QDateTime (UTC); null QDateTime otherwise.
    static QDateTime toDateTime(const QVariant &value);

    bool operator==(const User &other) const { return m_properties == other.m_properties; }
    bool operator!=(const User &other) const { return !(*this == other); }

private:
    QVariantMap m_properties;
};

Q_DECLARE_METATYPE(User)
