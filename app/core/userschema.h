#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

// One column of the Users table as GET /users/userclassprops describes it.
struct PropertyDef
{
    Q_DECLARE_TR_FUNCTIONS(PropertyDef)

public:
    enum class Type {
        String,
        Text,
        Int,
        Double,
        Boolean,
        DateTime, // primitive: editable
        Json,
        StringId,
        AutoIncrement,
        Relation,
        FileRef,
        Point,
        Other // shown read-only
    };

    QString name;
    Type type = Type::String;
    QString typeName; // as the server sent it ("STRING", "DATETIME", ...)
    bool required = false;
    bool identity = false;
    bool isPrimaryKey = false;
    bool autoLoad = false;
    QVariant defaultValue;
    QString customRegex; // empty when none
    QString relatedTable;

    // The client offers it as a field: UserProperties::isEditable (a primitive type, not a system
    // column, not a secret).
    bool isEditable() const;
    // Text typed by a person (CLI "age=42", "birthday=2001-02-03") -> the value to send for this type:
    // Int -> qlonglong, Double -> double, Boolean -> bool (true/false/yes/no/1/0), DateTime -> QDateTime
    // (ISO date or date-time, UTC when no offset; or epoch ms), String/Text -> the text (even
    // when empty). Empty text for the other types -> a null value (QVariant::fromValue(nullptr), which is
    // valid and is sent as JSON null). On failure returns an invalid QVariant and sets *error (translated).
    QVariant parseText(const QString &text, QString *error = nullptr) const;

    static Type typeFromName(const QString &typeName);
    static PropertyDef fromJson(const QJsonObject &json);

    bool operator==(const PropertyDef &other) const;
};

class UserSchema
{
public:
    QList<PropertyDef> properties;

    bool isEmpty() const { return properties.isEmpty(); }
    // The column with identity=true; "email" when the server marks none (Backendless' default).
    QString identityProperty() const;
    const PropertyDef *find(const QString &name) const; // nullptr when unknown
    QStringList names() const;

    // Entries that are not objects or have no name make the whole schema invalid: returns an empty
    // schema and sets *ok = false, so a half-understood schema is never shown.
    static UserSchema fromJson(const QJsonArray &json, bool *ok = nullptr);

    bool operator==(const UserSchema &other) const { return properties == other.properties; }
};

Q_DECLARE_METATYPE(UserSchema)
