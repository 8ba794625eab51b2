// The user service over HTTP (docs/PROTOCOL.md's /users/... calls) against an in-process server:
// login and its error codes, logout, token checks, register, describe, restore, roles,
// sliding sessions, password change.

#include "host/serverhost.h"
#include "httptestclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace TestSupport;

namespace {
const QString Alice = QStringLiteral("alice@example.com");
const QString AlicePassword = QStringLiteral("Alice-pass-1");
const QString UserPassword = QStringLiteral("User-pass-1");

QJsonObject credentials(const QJsonValue &login, const QJsonValue &password)
{
    QJsonObject body;
    if (!login.isUndefined())
        body.insert(QStringLiteral("login"), login);
    if (!password.isUndefined())
        body.insert(QStringLiteral("password"), password);
    return body;
}
} // namespace

class TestUserApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void info_data();
    void info();
    void wrongAppIdOrKey_data();
    void wrongAppIdOrKey();
    void loginSucceeds_data();
    void loginSucceeds();
    void loginFails_data();
    void loginFails();
    void lockoutAfterFiveFailuresWhenConfigured();
    void disabledUser();
    void logout();
    void isValidUserToken();
    void newLoginEndsPreviousSession();
    void registerUser_data();
    void registerUser();
    void registeredUserCanLogIn();
    void describeUserClass();
    void restorePassword_data();
    void restorePassword();
    void userRoles();
    void passwordChangeThenLogin();
    void slidingSessionExpiry();

private:
    QString tokenOf(const QString &identity, const QString &password);

    Server::ServerHost m_host;
    HttpTestClient m_client;
};

void TestUserApi::initTestCase()
{
    QString error;
    QVERIFY2(m_host.start(&error), qPrintable(error));
    QVERIFY(m_host.port() != 0);
    // Every failed login here comes from 127.0.0.1; the per-address throttle would space them
    // out by seconds. It has its own tests (tst_serverloginpolicy, tests/hostile).
    m_host.setLoginThrottle(false);
    m_client.setBaseUrl(m_host.baseUrl());
}

QString TestUserApi::tokenOf(const QString &identity, const QString &password)
{
    return m_client.login(identity, password).value(QStringLiteral("user-token")).toString();
}

void TestUserApi::info_data()
{
    QTest::addColumn<bool>("classic");
    QTest::newRow("/api") << false;
    QTest::newRow("/{appId}/{apiKey}") << true;
}

void TestUserApi::info()
{
    QFETCH(bool, classic);
    HttpTestClient client(classic ? m_host.classicBaseUrl() : m_host.baseUrl());
    const HttpResult result = client.get(QStringLiteral("info"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.json().isObject());
    QCOMPARE(result.contentType, QByteArrayLiteral("application/json"));
}

void TestUserApi::wrongAppIdOrKey_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("path");
    QTest::newRow("wrong app id") << QStringLiteral("/other-app/demo-rest-key") << QStringLiteral("info");
    QTest::newRow("wrong key") << QStringLiteral("/demo-app-id/other-key") << QStringLiteral("users/login");
    QTest::newRow("both wrong, data API") << QStringLiteral("/a/b") << QStringLiteral("data/Users");
    QTest::newRow("wrong key, unknown route") << QStringLiteral("/demo-app-id/x") << QStringLiteral("nothing/here");
}

void TestUserApi::wrongAppIdOrKey()
{
    QFETCH(QString, prefix);
    QFETCH(QString, path);
    QUrl base = m_host.baseUrl();
    base.setPath(prefix);
    HttpTestClient client(base);
    const HttpResult result =
        client.send(QByteArrayLiteral("POST"), path, HttpTestClient::toJson(credentials(Alice, AlicePassword)));
    QCOMPARE(result.errorCode(), 2002);
    QCOMPARE(result.status, 401);

    // The right pair in the classic form works.
    HttpTestClient classic(m_host.classicBaseUrl());
    QVERIFY(!classic.login(Alice, AlicePassword).isEmpty());
}

void TestUserApi::loginSucceeds_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("classic");
    QTest::newRow("alice") << Alice << AlicePassword << QStringLiteral("Alice Example") << false;
    QTest::newRow("bob, classic base URL")
        << QStringLiteral("bob@example.com") << QStringLiteral("Bob-pass-1") << QStringLiteral("Bob Example") << true;
    QTest::newRow("support") << QStringLiteral("support@example.com") << QStringLiteral("Support-pass-1")
                             << QStringLiteral("Sam Support") << false;
    QTest::newRow("generated user") << QStringLiteral("user0200@example.com") << UserPassword
                                    << QStringLiteral("User 0200") << false;
    QTest::newRow("identity is case-insensitive")
        << QStringLiteral("ALICE@Example.COM") << AlicePassword << QStringLiteral("Alice Example") << false;
}

void TestUserApi::loginSucceeds()
{
    QFETCH(QString, identity);
    QFETCH(QString, password);
    QFETCH(QString, name);
    QFETCH(bool, classic);
    HttpTestClient client(classic ? m_host.classicBaseUrl() : m_host.baseUrl());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HttpResult result = client.post(QStringLiteral("users/login"), credentials(identity, password));
    QCOMPARE(result.status, 200);
    const QJsonObject user = result.object();
    QCOMPARE(user.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(user.value(QStringLiteral("email")).toString(), identity.toLower());
    QCOMPARE(user.value(QStringLiteral("___class")).toString(), QStringLiteral("Users"));
    QCOMPARE(user.value(QStringLiteral("userStatus")).toString(), QStringLiteral("ENABLED"));
    QCOMPARE(user.value(QStringLiteral("ownerId")), user.value(QStringLiteral("objectId")));
    QVERIFY(!user.value(QStringLiteral("objectId")).toString().isEmpty());
    QCOMPARE(user.value(QStringLiteral("user-token")).toString().size(), 36);
    QVERIFY(!user.contains(QStringLiteral("password")));
    QVERIFY(!result.body.contains("pbkdf2"));
    // Timestamps are epoch milliseconds.
    const qint64 lastLogin = qint64(user.value(QStringLiteral("lastLogin")).toDouble());
    QVERIFY(lastLogin >= before && lastLogin <= QDateTime::currentMSecsSinceEpoch());
    const qint64 created = qint64(user.value(QStringLiteral("created")).toDouble());
    QVERIFY(created > 1600000000000 && created <= lastLogin);
}

void TestUserApi::loginFails_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("code");
    QTest::newRow("wrong password") << credentials(QStringLiteral("bob@example.com"), QStringLiteral("nope")) << 3003;
    QTest::newRow("unknown user") << credentials(QStringLiteral("nobody@example.com"), QStringLiteral("x")) << 3003;
    QTest::newRow("password of another user") << credentials(QStringLiteral("bob@example.com"), AlicePassword) << 3003;
    QTest::newRow("empty login") << credentials(QString(), AlicePassword) << 3006;
    QTest::newRow("blank login") << credentials(QStringLiteral("  "), AlicePassword) << 3006;
    QTest::newRow("empty password") << credentials(Alice, QString()) << 3006;
    QTest::newRow("no password") << credentials(Alice, QJsonValue(QJsonValue::Undefined)) << 3006;
    QTest::newRow("empty body") << QJsonObject() << 3006;
    QTest::newRow("login is a number") << credentials(42, AlicePassword) << 3006;
}

void TestUserApi::loginFails()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, code);
    const HttpResult result = m_client.post(QStringLiteral("users/login"), body);
    QCOMPARE(result.errorCode(), code);
    QCOMPARE(result.status, 400);
    QVERIFY(!result.errorMessage().isEmpty());
    QVERIFY(result.object().value(QStringLiteral("errorData")).isObject());
    m_host.clearLoginFailures();
}

void TestUserApi::lockoutAfterFiveFailuresWhenConfigured()
{
    // The account lock is opt-in, as on Backendless (tst_serverloginpolicy covers the default).
    m_host.setLockout(5, 900);
    const QString victim = QStringLiteral("user0001@example.com");
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client.post(QStringLiteral("users/login"), credentials(victim, QStringLiteral("wrong"))).errorCode(),
                 3003);
    // Locked: even the right password is refused now.
    QCOMPARE(m_client.post(QStringLiteral("users/login"), credentials(victim, UserPassword)).errorCode(), 3036);
    QCOMPARE(
        m_client.post(QStringLiteral("users/login"), credentials(QStringLiteral("USER0001@example.com"), UserPassword))
            .errorCode(),
        3036);
    // Other accounts are not affected.
    QVERIFY(!m_client.login(QStringLiteral("user0002@example.com"), UserPassword).isEmpty());
    m_host.clearLoginFailures();
    QVERIFY(!m_client.login(victim, UserPassword).isEmpty());
    m_host.setLockout(0, 900);
}

void TestUserApi::disabledUser()
{
    const QString user = QStringLiteral("user0003@example.com");
    const QString token = tokenOf(user, UserPassword);
    QVERIFY(!token.isEmpty());
    QVERIFY(m_host.setUserStatus(user, QStringLiteral("DISABLED")));
    QCOMPARE(m_client.post(QStringLiteral("users/login"), credentials(user, UserPassword)).errorCode(), 3090);
    // A wrong password is still just a wrong password: the status is not revealed.
    QCOMPARE(m_client.post(QStringLiteral("users/login"), credentials(user, QStringLiteral("x"))).errorCode(), 3003);
    // The live session of a disabled user ends with 3090.
    QCOMPARE(m_client.get(QStringLiteral("users/userroles"), token).errorCode(), 3090);
    QCOMPARE(m_client.get(QStringLiteral("users/userroles"), token).errorCode(), 3064);
    QVERIFY(m_host.setUserStatus(user, QStringLiteral("ENABLED")));
    m_host.clearLoginFailures();
    QVERIFY(!tokenOf(user, UserPassword).isEmpty());
    QVERIFY(!m_host.setUserStatus(QStringLiteral("nobody@example.com"), QStringLiteral("DISABLED")));
}

void TestUserApi::logout()
{
    QCOMPARE(m_client.get(QStringLiteral("users/logout")).errorCode(), 3007);
    const QString token = tokenOf(QStringLiteral("user0004@example.com"), UserPassword);
    const HttpResult done = m_client.get(QStringLiteral("users/logout"), token);
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.isEmpty());
    QCOMPARE(m_client.get(QStringLiteral("users/logout"), token).errorCode(), 3023);
    QCOMPARE(m_client.get(QStringLiteral("users/isvalidusertoken/") + token).json(), QJsonValue(false));
    QCOMPARE(m_client.get(QStringLiteral("users/userroles"), token).errorCode(), 3064);
}

void TestUserApi::isValidUserToken()
{
    const QString token = tokenOf(QStringLiteral("user0005@example.com"), UserPassword);
    HttpResult result = m_client.get(QStringLiteral("users/isvalidusertoken/") + token, token);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, QByteArrayLiteral("true")); // a bare JSON boolean
    result = m_client.get(QStringLiteral("users/isvalidusertoken/not-a-token"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, QByteArrayLiteral("false"));
    m_host.expireAllSessions();
    QCOMPARE(m_client.get(QStringLiteral("users/isvalidusertoken/") + token).body, QByteArrayLiteral("false"));
}

void TestUserApi::newLoginEndsPreviousSession()
{
    const QString first = tokenOf(QStringLiteral("user0006@example.com"), UserPassword);
    const QString second = tokenOf(QStringLiteral("user0006@example.com"), UserPassword);
    QVERIFY(first != second);
    QCOMPARE(m_client.get(QStringLiteral("users/isvalidusertoken/") + first).json(), QJsonValue(false));
    QCOMPARE(m_client.get(QStringLiteral("users/isvalidusertoken/") + second).json(), QJsonValue(true));
}

void TestUserApi::registerUser_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("dynamicSchema");
    QTest::addColumn<int>("code");

    const auto user = [](const QString &email) {
        return QJsonObject{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), QStringLiteral("Pw-123456")},
                           {QStringLiteral("name"), QStringLiteral("New Person")}};
    };
    QTest::newRow("new user") << user(QStringLiteral("new1@example.com")) << true << 0;
    QJsonObject extra = user(QStringLiteral("new2@example.com"));
    extra.insert(QStringLiteral("age"), 30);
    extra.insert(QStringLiteral("created"), 1); // system fields are ignored
    QTest::newRow("with properties") << extra << true << 0;
    // But not objectId: Backendless answers 3039 (.NET-SDK RegistrationTests.cs:177; this row
    // expected the id to be ignored before issue 22).
    QJsonObject chosenId = user(QStringLiteral("new6@example.com"));
    chosenId.insert(QStringLiteral("objectId"), QStringLiteral("CHOSEN"));
    QTest::newRow("objectId chosen") << chosenId << true << 3039;
    QJsonObject emptyName = user(QStringLiteral("new7@example.com"));
    emptyName.insert(QStringLiteral("name"), QString());
    QTest::newRow("required name empty") << emptyName << true << 3041;
    QTest::newRow("nothing: the password first") << QJsonObject() << true << 3011;
    QTest::newRow("identity taken") << user(Alice) << true << 3033;
    QTest::newRow("identity taken, other case") << user(QStringLiteral("Alice@Example.com")) << true << 3033;
    QJsonObject noPassword = user(QStringLiteral("new3@example.com"));
    noPassword.remove(QStringLiteral("password"));
    QTest::newRow("no password") << noPassword << true << 3011;
    QJsonObject noEmail = user(QString());
    noEmail.remove(QStringLiteral("email"));
    QTest::newRow("no identity") << noEmail << true << 3013;
    QJsonObject noName = user(QStringLiteral("new4@example.com"));
    noName.remove(QStringLiteral("name"));
    QTest::newRow("required name missing") << noName << true << 3012;
    QTest::newRow("not an email") << user(QStringLiteral("not-an-email")) << true << 3040;
    QJsonObject unknown = user(QStringLiteral("new5@example.com"));
    unknown.insert(QStringLiteral("shoeSize"), 44);
    QTest::newRow("unknown property, dynamic schema off") << unknown << false << 3010;
}

void TestUserApi::registerUser()
{
    QFETCH(QJsonObject, body);
    QFETCH(bool, dynamicSchema);
    QFETCH(int, code);
    m_host.setDynamicSchema(dynamicSchema);
    const HttpResult result = m_client.post(QStringLiteral("users/register"), body);
    m_host.setDynamicSchema(true);
    QCOMPARE(result.errorCode(), code);
    if (code != 0)
        return;
    QCOMPARE(result.status, 200);
    const QJsonObject user = result.object();
    QCOMPARE(user.value(QStringLiteral("email")), body.value(QStringLiteral("email")));
    QVERIFY(!user.contains(QStringLiteral("user-token"))); // registering does not log in
    QVERIFY(!user.contains(QStringLiteral("password")));
    QVERIFY(user.value(QStringLiteral("objectId")).toString() != QLatin1String("CHOSEN"));
    QCOMPARE(user.value(QStringLiteral("age")), body.contains(QStringLiteral("age")) ? QJsonValue(30) : QJsonValue());
}

void TestUserApi::registeredUserCanLogIn()
{
    const QJsonObject user = m_client.login(QStringLiteral("new1@example.com"), QStringLiteral("Pw-123456"));
    QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("New Person"));
}

void TestUserApi::describeUserClass()
{
    const HttpResult result = m_client.get(QStringLiteral("users/userclassprops"));
    QCOMPARE(result.status, 200);
    QHash<QString, QJsonObject> byName;
    const QJsonArray properties = result.array();
    for (const QJsonValue &value : properties) {
        const QJsonObject property = value.toObject();
        for (const char *key : {"name", "required", "type", "defaultValue", "identity", "customRegex", "relatedTable",
                                "autoLoad", "isPrimaryKey"})
            QVERIFY2(property.contains(QLatin1String(key)), key);
        byName.insert(property.value(QStringLiteral("name")).toString(), property);
    }
    const auto typeOf = [&](const char *name) {
        return byName.value(QLatin1String(name)).value(QStringLiteral("type")).toString();
    };
    QCOMPARE(typeOf("email"), QStringLiteral("STRING"));
    QVERIFY(byName.value(QStringLiteral("email")).value(QStringLiteral("identity")).toBool());
    QVERIFY(byName.value(QStringLiteral("name")).value(QStringLiteral("required")).toBool());
    QVERIFY(!byName.value(QStringLiteral("address")).value(QStringLiteral("required")).toBool());
    QVERIFY(!byName.value(QStringLiteral("phone")).value(QStringLiteral("customRegex")).toString().isEmpty());
    QCOMPARE(typeOf("age"), QStringLiteral("INT"));
    QCOMPARE(typeOf("newsletter"), QStringLiteral("BOOLEAN"));
    QCOMPARE(typeOf("birthday"), QStringLiteral("DATETIME"));
    QCOMPARE(typeOf("bio"), QStringLiteral("TEXT"));
    QCOMPARE(typeOf("objectId"), QStringLiteral("STRING_ID"));
    QVERIFY(byName.value(QStringLiteral("objectId")).value(QStringLiteral("isPrimaryKey")).toBool());
    QCOMPARE(typeOf("created"), QStringLiteral("DATETIME"));
    QVERIFY(byName.contains(QStringLiteral("password")));
    QVERIFY(!byName.contains(QStringLiteral("_passwordHash")));
}

void TestUserApi::restorePassword_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<int>("code");
    QTest::newRow("known") << Alice << 0;
    QTest::newRow("known, other case") << QStringLiteral("BOB@example.com") << 0;
    QTest::newRow("unknown") << QStringLiteral("ghost@example.com") << 3020;
    QTest::newRow("encoded slash and plus") << QStringLiteral("a/b+c@example.com") << 3020;
}

void TestUserApi::restorePassword()
{
    QFETCH(QString, identity);
    QFETCH(int, code);
    const HttpResult result =
        m_client.get(QStringLiteral("users/restorepassword/") + QString::fromLatin1(QUrl::toPercentEncoding(identity)));
    QCOMPARE(result.errorCode(), code);
    QCOMPARE(result.status, code ? 404 : 200);
}

void TestUserApi::userRoles()
{
    QCOMPARE(m_client.get(QStringLiteral("users/userroles")).json(),
             QJsonValue(QJsonArray{QStringLiteral("NotAuthenticatedUser")}));
    const QString alice = tokenOf(Alice, AlicePassword);
    QCOMPARE(m_client.get(QStringLiteral("users/userroles"), alice).json(),
             QJsonValue(QJsonArray{QStringLiteral("AuthenticatedUser")}));
    const QJsonArray staff = m_client
                                 .get(QStringLiteral("users/userroles"),
                                      tokenOf(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1")))
                                 .array();
    QVERIFY(staff.contains(QStringLiteral("AuthenticatedUser")));
    QVERIFY(staff.contains(QStringLiteral("SupportStaff")));
    QCOMPARE(m_client.get(QStringLiteral("users/userroles"), QStringLiteral("dead-token")).errorCode(), 3064);
}

void TestUserApi::passwordChangeThenLogin()
{
    const QString identity = QStringLiteral("user0007@example.com");
    const QJsonObject user = m_client.login(identity, UserPassword);
    const QString token = user.value(QStringLiteral("user-token")).toString();
    const HttpResult changed =
        m_client.put(QStringLiteral("users/") + user.value(QStringLiteral("objectId")).toString(),
                     QJsonObject{{QStringLiteral("password"), QStringLiteral("Changed-pass-2")}}, token);
    QCOMPARE(changed.status, 200);
    QVERIFY(!changed.object().contains(QStringLiteral("password")));
    QCOMPARE(m_client.post(QStringLiteral("users/login"), credentials(identity, UserPassword)).errorCode(), 3003);
    QVERIFY(!m_client.login(identity, QStringLiteral("Changed-pass-2")).isEmpty());
    m_host.clearLoginFailures();
}

void TestUserApi::slidingSessionExpiry()
{
    m_host.setSessionTimeout(1);
    const QString token = tokenOf(QStringLiteral("user0008@example.com"), UserPassword);
    // Calls 0.6 s apart keep the session alive past its 1 s timeout: it slides.
    for (int i = 0; i < 3; ++i) {
        QThread::msleep(600);
        QCOMPARE(m_client.get(QStringLiteral("users/userroles"), token).status, 200);
    }
    QThread::msleep(1200);
    QCOMPARE(m_client.get(QStringLiteral("users/userroles"), token).errorCode(), 3064);
    QCOMPARE(m_client.get(QStringLiteral("users/isvalidusertoken/") + token).json(), QJsonValue(false));
    m_host.setSessionTimeout(3600);
}

QTEST_GUILESS_MAIN(TestUserApi)
#include "tst_serveruserapi.moc"
