#include "core/user.h"
#include "core/userproperties.h"
#include "core/userschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJsonDropsTokenAndPassword();
    void systemAccessors();
    void updateBodyNeverCarriesSystemFields();
    void updateBodyOfNamedProperties();
    void oneRuleForSystemColumns_data();
    void oneRuleForSystemColumns();
    void notStoredComparesTheReply();
    void dateValuesBecomeEpochMs();
    void schemaFromJson();
    void schemaRejectsMalformedEntries();
    void identityDefaultsToEmail();
    void parseText_data();
    void parseText();
};

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

void TestUser::fromJsonDropsTokenAndPassword()
{
    const User user = User::fromJson(json(R"({"objectId":"A1","email":"a@x","user-token":"T1","password":"pw",
                                              "age":42,"newsletter":true,"address":null})"));
    QCOMPARE(user.objectId(), QStringLiteral("A1"));
    QVERIFY(!user.contains(QStringLiteral("user-token")));
    QVERIFY(!user.contains(QStringLiteral("password")));
    QCOMPARE(user.value(QStringLiteral("age")).toInt(), 42);
    QCOMPARE(user.value(QStringLiteral("newsletter")).toBool(), true);
    QVERIFY(user.contains(QStringLiteral("address")));
    QVERIFY(user.value(QStringLiteral("address")).isNull());
    QVERIFY(!user.toJson().contains(QLatin1String("user-token")));

    User copy = user;
    copy.setValue(QStringLiteral("user-token"), QStringLiteral("T2"));
    QVERIFY(!copy.contains(QStringLiteral("user-token")));
}

void TestUser::systemAccessors()
{
    const User user = User::fromJson(json(R"({"objectId":"A1","email":"a@x","ownerId":"A1","userStatus":"ENABLED",
        "created":1700000000123,"updated":null,"lastLogin":1700000999000})"));
    QCOMPARE(user.email(), QStringLiteral("a@x"));
    QCOMPARE(user.ownerId(), QStringLiteral("A1"));
    QCOMPARE(user.userStatus(), QStringLiteral("ENABLED"));
    QCOMPARE(user.created(), QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC));
    QCOMPARE(user.created().timeSpec(), Qt::UTC);
    QVERIFY(user.updated().isNull());
    QCOMPARE(user.lastLogin().toMSecsSinceEpoch(), 1700000999000);
}

void TestUser::updateBodyNeverCarriesSystemFields()
{
    // What the official SDKs do: send the whole object back. Our body keeps only user data.
    const User user = User::fromJson(json(R"({"objectId":"A1","___class":"Users","ownerId":"A1","created":1,
        "updated":2,"lastLogin":3,"userStatus":"ENABLED","blUserLocale":"en","socialAccount":"BACKENDLESS",
        "accountType":"BACKENDLESS","oAuthIdentities":null,"email":"a@x","address":"123 Main St"})"));
    const QJsonObject body = user.updateBody();
    QCOMPARE(body, json(R"({"email":"a@x","address":"123 Main St"})"));
    for (const QString &name : body.keys())
        QVERIFY2(!UserProperties::isSystem(name), qPrintable(name));
}

void TestUser::updateBodyOfNamedProperties()
{
    User user;
    user.setObjectId(QStringLiteral("A1"));
    user.setValue(QStringLiteral("name"), QStringLiteral("Alice"));
    user.setValue(QStringLiteral("age"), 30);
    user.setValue(QStringLiteral("password"), QStringLiteral("New-pass-1"));
    QCOMPARE(user.updateBody({QStringLiteral("age"), QStringLiteral("objectId"), QStringLiteral("missing")}),
             json(R"({"age":30})"));
    QCOMPARE(user.updateBody({QStringLiteral("password")}), json(R"({"password":"New-pass-1"})"));
}

void TestUser::oneRuleForSystemColumns_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("system");
    QTest::addColumn<bool>("secret");
    QTest::addColumn<bool>("editable");
    QTest::addColumn<bool>("shown");
    // A real Users table carries accountType and oAuthIdentities besides the protocol's columns.
    // A profile shows the id, the status and the timestamps of them, read-only.
    for (const char *name : {"objectId", "created", "updated", "lastLogin", "userStatus"})
        QTest::newRow(name) << QString::fromLatin1(name) << true << false << false << true;
    for (const char *name : {"___class", "ownerId", "blUserLocale", "socialAccount", "accountType", "oAuthIdentities"})
        QTest::newRow(name) << QString::fromLatin1(name) << true << false << false << false;
    for (const char *name : {"password", "Password", "user-token", "USER-TOKEN", "userToken"})
        QTest::newRow(name) << QString::fromLatin1(name) << false << true << false << false;
    for (const char *name : {"email", "name", "address", "accounttype", "oauthIdentity"})
        QTest::newRow(name) << QString::fromLatin1(name) << false << false << true << true;
}

void TestUser::oneRuleForSystemColumns()
{
    QFETCH(QString, name);
    QFETCH(bool, system);
    QFETCH(bool, secret);
    QFETCH(bool, editable);
    QFETCH(bool, shown);
    QCOMPARE(UserProperties::isSystem(name), system);
    QCOMPARE(UserProperties::isShown(name), shown);
    QCOMPARE(UserProperties::isSecret(name), secret);
    QCOMPARE(UserProperties::isEditableName(name), editable);
    // The schema's rule is the same: a STRING column of that name is a field only when editable.
    PropertyDef def;
    def.name = name;
    def.type = PropertyDef::Type::String;
    QCOMPARE(def.isEditable(), editable);
    QCOMPARE(UserProperties::isEditable(def), editable);
    def.type = PropertyDef::Type::Json; // a type nobody edits as a field, whatever the name
    QVERIFY(!UserProperties::isEditable(def));
    // And an update body never carries a system column.
    User user;
    user.setValue(name, QStringLiteral("x"));
    QCOMPARE(user.updateBody().contains(name), !system && name != UserProperties::userToken());
    QCOMPARE(UserProperties::isSentInUpdate(name), !system && name != UserProperties::userToken());
}

void TestUser::notStoredComparesTheReply()
{
    const QJsonObject sent = json(R"({"address":"123 Main St","nickname":"Ally","age":42,"bio":"",
                                      "birthday":981158400000,"settings":{"a":1},"password":"New-pass-1"})");
    // Numbers as numbers, "" like null, a JSON value whole; the password is never returned.
    const User kept = User::fromJson(json(R"({"objectId":"A1","address":"123 Main St","nickname":"Ally","age":42.0,
                                             "bio":null,"birthday":981158400000,"settings":{"a":1}})"));
    QCOMPARE(kept.notStored(sent), QStringList());
    // Dropped (absent) or not what was sent (the old value): both are not stored.
    const User dropped = User::fromJson(json(R"({"objectId":"A1","address":"Old St","age":42,"bio":"",
                                                "birthday":981158400000,"settings":{"a":2}})"));
    QCOMPARE(dropped.notStored(sent),
             (QStringList{QStringLiteral("address"), QStringLiteral("nickname"), QStringLiteral("settings")}));
}

void TestUser::dateValuesBecomeEpochMs()
{
    QVariantMap changes;
    changes.insert(QStringLiteral("birthday"), QDate(2001, 2, 3));
    changes.insert(QStringLiteral("seen"), QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC));
    changes.insert(QStringLiteral("cleared"), QVariant::fromValue(nullptr));
    const QJsonObject body = User::updateBody(changes);
    QCOMPARE(body.value(QLatin1String("birthday")).toInteger(), qint64(981158400000));
    QCOMPARE(body.value(QLatin1String("seen")).toInteger(), qint64(1577880000000));
    QVERIFY(body.value(QLatin1String("cleared")).isNull());
}

void TestUser::schemaFromJson()
{
    const QJsonArray array = QJsonDocument::fromJson(QByteArray(R"([
        {"name":"email","required":false,"type":"STRING","defaultValue":null,"identity":true,"customRegex":null,
         "relatedTable":null,"autoLoad":false,"isPrimaryKey":false},
        {"name":"name","required":true,"type":"STRING","defaultValue":"","identity":false},
        {"name":"phone","type":"STRING","customRegex":"^\\+?[0-9 ]{6,20}$"},
        {"name":"age","type":"INT"},
        {"name":"birthday","type":"DATETIME"},
        {"name":"settings","type":"JSON"},
        {"name":"objectId","type":"STRING_ID","isPrimaryKey":true},
        {"name":"created","type":"DATETIME"},
        {"name":"friend","type":"DATA_REF","relatedTable":"Users"},
        {"name":"shape","type":"POLYGON"}])"))
                                 .array();
    bool ok = false;
    const UserSchema schema = UserSchema::fromJson(array, &ok);
    QVERIFY(ok);
    QCOMPARE(schema.properties.size(), 10);
    QCOMPARE(schema.identityProperty(), QStringLiteral("email"));
    QVERIFY(schema.find(QStringLiteral("name"))->required);
    QCOMPARE(schema.find(QStringLiteral("phone"))->customRegex, QStringLiteral("^\\+?[0-9 ]{6,20}$"));
    QCOMPARE(schema.find(QStringLiteral("age"))->type, PropertyDef::Type::Int);
    QVERIFY(schema.find(QStringLiteral("age"))->isEditable());
    QVERIFY(schema.find(QStringLiteral("birthday"))->isEditable());
    QVERIFY(!schema.find(QStringLiteral("settings"))->isEditable()); // JSON: read-only
    QVERIFY(!schema.find(QStringLiteral("objectId"))->isEditable()); // system
    QVERIFY(!schema.find(QStringLiteral("created"))->isEditable()); // system, though DATETIME
    QCOMPARE(schema.find(QStringLiteral("friend"))->type, PropertyDef::Type::Relation);
    QCOMPARE(schema.find(QStringLiteral("friend"))->relatedTable, QStringLiteral("Users"));
    QCOMPARE(schema.find(QStringLiteral("shape"))->type, PropertyDef::Type::Other);
    QCOMPARE(schema.find(QStringLiteral("shape"))->typeName, QStringLiteral("POLYGON"));
    QCOMPARE(schema.find(QStringLiteral("nope")), nullptr);
}

void TestUser::schemaRejectsMalformedEntries()
{
    bool ok = true;
    const UserSchema schema = UserSchema::fromJson(
        QJsonDocument::fromJson(QByteArray(R"([{"name":"email","type":"STRING"}, 42])")).array(), &ok);
    QVERIFY(!ok);
    QVERIFY(schema.isEmpty());
    UserSchema::fromJson(QJsonDocument::fromJson(QByteArray(R"([{"type":"STRING"}])")).array(), &ok);
    QVERIFY(!ok);
}

void TestUser::identityDefaultsToEmail()
{
    UserSchema schema;
    PropertyDef login;
    login.name = QStringLiteral("login");
    schema.properties.append(login);
    QCOMPARE(schema.identityProperty(), QStringLiteral("email"));
    schema.properties.first().identity = true;
    QCOMPARE(schema.identityProperty(), QStringLiteral("login"));
}

void TestUser::parseText_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<bool>("ok");

    QTest::newRow("int") << "INT"
                         << "42" << QVariant(qlonglong(42)) << true;
    QTest::newRow("negative int") << "INT"
                                  << " -7 " << QVariant(qlonglong(-7)) << true;
    QTest::newRow("int garbage") << "INT"
                                 << "4x2" << QVariant() << false;
    QTest::newRow("double") << "DOUBLE"
                            << "1.5" << QVariant(1.5) << true;
    QTest::newRow("bool true") << "BOOLEAN"
                               << "true" << QVariant(true) << true;
    QTest::newRow("bool no") << "BOOLEAN"
                             << "No" << QVariant(false) << true;
    QTest::newRow("bool garbage") << "BOOLEAN"
                                  << "maybe" << QVariant() << false;
    QTest::newRow("date") << "DATETIME"
                          << "2001-02-03" << QVariant(QDateTime(QDate(2001, 2, 3), QTime(0, 0), Qt::UTC)) << true;
    QTest::newRow("date time without offset is UTC")
        << "DATETIME"
        << "2001-02-03T04:05:06" << QVariant(QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC)) << true;
    QTest::newRow("date time with offset")
        << "DATETIME"
        << "2001-02-03T04:05:06+02:00" << QVariant(QDateTime(QDate(2001, 2, 3), QTime(2, 5, 6), Qt::UTC)) << true;
    QTest::newRow("epoch ms") << "DATETIME"
                              << "981158400000" << QVariant(QDateTime(QDate(2001, 2, 3), QTime(0, 0), Qt::UTC)) << true;
    QTest::newRow("bad date") << "DATETIME"
                              << "03/02/2001" << QVariant() << false;
    QTest::newRow("string kept verbatim") << "STRING"
                                          << " 123 Main St " << QVariant(QStringLiteral(" 123 Main St ")) << true;
    QTest::newRow("empty int is null") << "INT"
                                       << "" << QVariant::fromValue(nullptr) << true;
    QTest::newRow("json is not editable") << "JSON"
                                          << "{}" << QVariant() << false;
}

void TestUser::parseText()
{
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    QFETCH(bool, ok);
    PropertyDef def;
    def.name = QStringLiteral("field");
    def.typeName = type;
    def.type = PropertyDef::typeFromName(type);
    QString error;
    const QVariant value = def.parseText(text, &error);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok) {
        QVERIFY(!value.isValid());
        QVERIFY(error.contains(QLatin1String("field")));
        return;
    }
    QCOMPARE(value.metaType(), expected.metaType());
    if (expected.metaType().id() == QMetaType::QDateTime)
        QCOMPARE(value.toDateTime().toMSecsSinceEpoch(), expected.toDateTime().toMSecsSinceEpoch());
    else
        QCOMPARE(value, expected);
}

QTEST_GUILESS_MAIN(TestUser)
#include "tst_user.moc"
