// Bad input at the HTTP level never crashes the server or touches data: unknown routes, wrong
// methods, malformed and non-object JSON, oversized bodies. Plus the transport details: header
// case, response delay, ServerHost's lifecycle and --config files.

#include "host/serverhost.h"
#include "httptestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestHttpEdge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownRoute_data();
    void unknownRoute();
    void otherTableIsUnknownTable();
    void wrongMethod_data();
    void wrongMethod();
    void badBody_data();
    void badBody();
    void oversizedBody();
    void dataIntactAfterBadRequests();
    void tokenHeaderIsCaseInsensitive_data();
    void tokenHeaderIsCaseInsensitive();
    void responseDelayDoesNotSerialise();
    void hostLifecycle();
    void configFile();
    void badConfigFile_data();
    void badConfigFile();

private:
    QByteArray snapshot();

    Server::ServerHost m_host;
    HttpTestClient m_client;
    QString m_aliceToken;
    QString m_aliceId;
};

void TestHttpEdge::initTestCase()
{
    QString error;
    QVERIFY2(m_host.start(&error), qPrintable(error));
    m_client.setBaseUrl(m_host.baseUrl());
    const QJsonObject alice = m_client.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
    m_aliceToken = alice.value(QStringLiteral("user-token")).toString();
    m_aliceId = alice.value(QStringLiteral("objectId")).toString();
}

QByteArray TestHttpEdge::snapshot()
{
    HttpTestClient staffClient(m_host.baseUrl());
    const QString staff = staffClient.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
                              .value(QStringLiteral("user-token"))
                              .toString();
    return staffClient
               .post(QStringLiteral("data/Users/find"),
                     {{QStringLiteral("pageSize"), 100},
                      {QStringLiteral("props"), QStringLiteral("email,name,address,age,updated")}},
                     staff)
               .body
        + staffClient.get(QStringLiteral("data/Users/count"), staff).body
        + staffClient.get(QStringLiteral("users/userclassprops")).body;
}

void TestHttpEdge::unknownRoute_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown under /api") << QStringLiteral("/api/nothing");
    QTest::newRow("bare /api") << QStringLiteral("/api");
    QTest::newRow("root") << QStringLiteral("/");
    QTest::newRow("one segment") << QStringLiteral("/favicon.ico");
    QTest::newRow("users root") << QStringLiteral("/api/users");
    QTest::newRow("too deep") << QStringLiteral("/api/users/login/extra");
    QTest::newRow("classic prefix, unknown") << QStringLiteral("/demo-app-id/demo-rest-key/unknown");
}

void TestHttpEdge::otherTableIsUnknownTable()
{
    // Not a missing route but Backendless's 1009 (JS-SDK test/e2e/specs/persistence.js:359; issue 22
    // changed this from the plain 404 of an unknown route).
    QUrl url = m_host.baseUrl();
    url.setPath(QStringLiteral("/api/data/Orders"));
    const HttpResult result =
        HttpTestClient::wait(HttpTestClient().start(QByteArrayLiteral("GET"), url, QByteArray(), {}));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.errorCode(), 1009);
    QCOMPARE(result.contentType, QByteArrayLiteral("application/json"));
}

void TestHttpEdge::unknownRoute()
{
    QFETCH(QString, path);
    QUrl url = m_host.baseUrl();
    url.setPath(path);
    const HttpResult result =
        HttpTestClient::wait(HttpTestClient().start(QByteArrayLiteral("GET"), url, QByteArray(), {}));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.errorCode(), 404);
    QCOMPARE(result.contentType, QByteArrayLiteral("application/json"));
}

void TestHttpEdge::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allowed");
    QTest::newRow("GET login") << QByteArray("GET") << QStringLiteral("users/login") << QByteArray("POST, PUT");
    QTest::newRow("DELETE login") << QByteArray("DELETE") << QStringLiteral("users/login") << QByteArray("POST, PUT");
    QTest::newRow("POST logout") << QByteArray("POST") << QStringLiteral("users/logout") << QByteArray("GET, PUT");
    QTest::newRow("PATCH a user") << QByteArray("PATCH") << QStringLiteral("data/Users/X") << QByteArray("GET, PUT");
    // POST data/Users is answered too (1011: no role may create users; issue 22).
    QTest::newRow("DELETE the table") << QByteArray("DELETE") << QStringLiteral("data/Users")
                                      << QByteArray("GET, POST, PUT");
    QTest::newRow("GET register") << QByteArray("GET") << QStringLiteral("users/register") << QByteArray("POST, PUT");
    QTest::newRow("POST info") << QByteArray("POST") << QStringLiteral("info") << QByteArray("GET");
}

void TestHttpEdge::wrongMethod()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, allowed);
    const HttpResult result = m_client.send(verb, path);
    QCOMPARE(result.status, 405);
    QCOMPARE(result.errorCode(), 405);
    QCOMPARE(result.header(QByteArrayLiteral("Allow")), allowed);
}

void TestHttpEdge::badBody_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("login: malformed") << QByteArray("POST") << QStringLiteral("users/login")
                                      << QByteArray("{\"login\":");
    QTest::newRow("login: array") << QByteArray("POST") << QStringLiteral("users/login") << QByteArray("[\"alice\"]");
    QTest::newRow("login: string") << QByteArray("POST") << QStringLiteral("users/login") << QByteArray("\"alice\"");
    QTest::newRow("login: number") << QByteArray("POST") << QStringLiteral("users/login") << QByteArray("42");
    QTest::newRow("login: binary") << QByteArray("POST") << QStringLiteral("users/login")
                                   << QByteArray("\x00\xff\xfe", 3);
    QTest::newRow("update: malformed") << QByteArray("PUT") << QStringLiteral("users/{alice}")
                                       << QByteArray("{name: 'x'}");
    QTest::newRow("update: trailing garbage")
        << QByteArray("PUT") << QStringLiteral("users/{alice}") << QByteArray("{\"name\":\"x\"} trailing");
    QTest::newRow("update: array") << QByteArray("PUT") << QStringLiteral("users/{alice}")
                                   << QByteArray("[{\"name\":\"x\"}]");
    QTest::newRow("register: null") << QByteArray("POST") << QStringLiteral("users/register") << QByteArray("null");
    QTest::newRow("find: malformed") << QByteArray("POST") << QStringLiteral("data/Users/find")
                                     << QByteArray("{\"where\"");
    QTest::newRow("staff update: array") << QByteArray("PUT") << QStringLiteral("data/Users") << QByteArray("[]");
}

void TestHttpEdge::badBody()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    path.replace(QLatin1String("{alice}"), m_aliceId);
    const HttpResult result =
        m_client.send(verb, path, body, {{QByteArrayLiteral("user-token"), m_aliceToken.toUtf8()}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), 8002);
    QVERIFY(!result.errorMessage().isEmpty());
}

void TestHttpEdge::oversizedBody()
{
    QByteArray body = QByteArrayLiteral("{\"bio\":\"");
    body += QByteArray(1024 * 1024, 'x');
    body += QByteArrayLiteral("\"}");
    const HttpResult result = m_client.send(QByteArrayLiteral("PUT"), QStringLiteral("users/") + m_aliceId, body,
                                            {{QByteArrayLiteral("user-token"), m_aliceToken.toUtf8()}});
    QCOMPARE(result.status, 413);
    QCOMPARE(result.errorCode(), 413);
    // Just under the limit is read (and refused on its merits: the body is not JSON).
    const HttpResult under =
        m_client.send(QByteArrayLiteral("POST"), QStringLiteral("users/login"), QByteArray(1024 * 1024 - 1, ' ') + 'x');
    QCOMPARE(under.errorCode(), 8002);
}

void TestHttpEdge::dataIntactAfterBadRequests()
{
    const QByteArray before = snapshot();
    const QList<QPair<QByteArray, QByteArray>> token{{QByteArrayLiteral("user-token"), m_aliceToken.toUtf8()}};
    const QString self = QStringLiteral("users/") + m_aliceId;
    m_client.send(QByteArrayLiteral("PUT"), self, QByteArrayLiteral("{\"name\":"), token);
    m_client.send(QByteArrayLiteral("PUT"), self, QByteArrayLiteral("[1,2,3]"), token);
    m_client.send(QByteArrayLiteral("PUT"), self, QByteArray(2 * 1024 * 1024, '{'), token);
    m_client.send(QByteArrayLiteral("PUT"), self, QByteArrayLiteral("{\"age\":\"old\",\"address\":\"Nope\"}"), token);
    m_client.send(QByteArrayLiteral("PUT"), self, QByteArrayLiteral("{\"name\":null,\"newCol\":1}"), token);
    m_client.send(QByteArrayLiteral("DELETE"), self, QByteArray(), token);
    m_client.send(QByteArrayLiteral("PUT"), QStringLiteral("users/x%27%3B%20DROP%20TABLE%20Users%3B--"),
                  QByteArrayLiteral("{\"name\":\"x\"}"), token);
    m_client.send(QByteArrayLiteral("GET"), QStringLiteral("data/Users/x%27%20OR%20%271%27%3D%271"), QByteArray(),
                  token);
    QCOMPARE(snapshot(), before);
    // And the server still serves.
    QCOMPARE(m_client.get(QStringLiteral("users/userroles"), m_aliceToken).status, 200);
}

void TestHttpEdge::tokenHeaderIsCaseInsensitive_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("lower") << QByteArray("user-token");
    QTest::newRow("title") << QByteArray("User-Token");
    QTest::newRow("upper") << QByteArray("USER-TOKEN");
}

void TestHttpEdge::tokenHeaderIsCaseInsensitive()
{
    QFETCH(QByteArray, header);
    const HttpResult result = m_client.send(QByteArrayLiteral("GET"), QStringLiteral("users/userroles"), QByteArray(),
                                            {{header, m_aliceToken.toUtf8()}});
    QCOMPARE(result.json(), QJsonValue(QJsonArray{QStringLiteral("AuthenticatedUser")}));
}

void TestHttpEdge::responseDelayDoesNotSerialise()
{
    m_host.setResponseDelay(400);
    HttpTestClient other(m_host.baseUrl());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *first =
        m_client.start(QByteArrayLiteral("GET"), m_client.url(QStringLiteral("info")), QByteArray(), {});
    QNetworkReply *second = other.start(QByteArrayLiteral("GET"), other.url(QStringLiteral("info")), QByteArray(), {});
    QCOMPARE(HttpTestClient::wait(first).status, 200);
    QCOMPARE(HttpTestClient::wait(second).status, 200);
    const qint64 elapsed = timer.elapsed();
    m_host.setResponseDelay(0);
    QVERIFY2(elapsed >= 390, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 790, qPrintable(QString::number(elapsed))); // delayed side by side, not one after the other
    timer.restart();
    QCOMPARE(m_client.get(QStringLiteral("info")).status, 200);
    QVERIFY(timer.elapsed() < 300);
}

void TestHttpEdge::hostLifecycle()
{
    QCOMPARE(m_host.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_host.port())));
    QCOMPARE(m_host.classicBaseUrl(),
             QUrl(QStringLiteral("http://127.0.0.1:%1/demo-app-id/demo-rest-key").arg(m_host.port())));

    Server::ServerOptions options;
    options.port = m_host.port(); // taken
    options.demoUsers = 0;
    Server::ServerHost clash(options);
    QString error;
    QVERIFY(!clash.start(&error));
    QVERIFY2(error.contains(QString::number(m_host.port())), qPrintable(error));
    QVERIFY(!clash.isRunning());

    options.port = 0;
    options.appId = QStringLiteral("my app");
    options.apiKey = QStringLiteral("k/ey");
    Server::ServerHost host(options);
    QVERIFY(host.start());
    QVERIFY(host.port() != m_host.port());
    HttpTestClient classic(host.classicBaseUrl());
    QCOMPARE(classic.get(QStringLiteral("info")).status, 200);
    host.stop();
    QVERIFY(!host.isRunning());
    QCOMPARE(classic.get(QStringLiteral("info")).status, 0); // nobody listens any more
    QVERIFY(host.start()); // and again
    HttpTestClient restarted(host.baseUrl());
    QCOMPARE(restarted.get(QStringLiteral("info")).status, 200);
}

void TestHttpEdge::configFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
        "settings": { "dynamicSchema": false, "sessionTimeout": 120,
                      "lockout": { "maxFailedLogins": 2, "lockoutSeconds": 60 } },
        "schema": [
            { "name": "login", "type": "STRING", "identity": true, "required": true },
            { "name": "nickname", "type": "STRING", "required": true },
            { "name": "score", "type": "DOUBLE", "defaultValue": 1.5 }
        ],
        "users": [
            { "login": "desk@corp.example", "password": "Desk-pass-1", "nickname": "Desk", "roles": ["SupportStaff"] },
            { "login": "gone@corp.example", "password": "Gone-pass-1", "nickname": "Gone", "userStatus": "DISABLED" }
        ]
    })");
    file.close();

    Server::ServerOptions options;
    options.demo = false;
    options.configFile = path;
    Server::ServerHost host(options);
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    QCOMPARE(host.options().dynamicSchema, false);
    QCOMPARE(host.options().sessionTimeoutSeconds, 120);
    HttpTestClient client(host.baseUrl());

    const QJsonObject desk = client.login(QStringLiteral("desk@corp.example"), QStringLiteral("Desk-pass-1"));
    QCOMPARE(desk.value(QStringLiteral("nickname")).toString(), QStringLiteral("Desk"));
    QVERIFY(!desk.contains(QStringLiteral("email")));
    const QString token = desk.value(QStringLiteral("user-token")).toString();
    QVERIFY(client.get(QStringLiteral("users/userroles"), token).array().contains(QStringLiteral("SupportStaff")));
    QCOMPARE(client.get(QStringLiteral("data/Users/count"), token).json(), QJsonValue(2)); // no demo users
    QCOMPARE(client
                 .put(QStringLiteral("users/") + desk.value(QStringLiteral("objectId")).toString(),
                      QJsonObject{{QStringLiteral("shoeSize"), 44}}, token)
                 .errorCode(),
             3031);
    QCOMPARE(client
                 .post(QStringLiteral("users/login"),
                       {{QStringLiteral("login"), QStringLiteral("gone@corp.example")},
                        {QStringLiteral("password"), QStringLiteral("Gone-pass-1")}})
                 .errorCode(),
             3090);
    for (int i = 0; i < 2; ++i)
        client.post(QStringLiteral("users/login"),
                    {{QStringLiteral("login"), QStringLiteral("x@corp.example")},
                     {QStringLiteral("password"), QStringLiteral("x")}});
    QCOMPARE(client
                 .post(QStringLiteral("users/login"),
                       {{QStringLiteral("login"), QStringLiteral("x@corp.example")},
                        {QStringLiteral("password"), QStringLiteral("x")}})
                 .errorCode(),
             3036);
    // Registering fills the default and checks the configured required property.
    const HttpResult registered = client.post(QStringLiteral("users/register"),
                                              {{QStringLiteral("login"), QStringLiteral("new@corp.example")},
                                               {QStringLiteral("password"), QStringLiteral("New-pass-1")},
                                               {QStringLiteral("nickname"), QStringLiteral("Newbie")}});
    QCOMPARE(registered.status, 200);
    QCOMPARE(registered.object().value(QStringLiteral("score")).toDouble(), 1.5);
    QCOMPARE(client
                 .post(QStringLiteral("users/register"),
                       {{QStringLiteral("login"), QStringLiteral("n2@corp.example")},
                        {QStringLiteral("password"), QStringLiteral("New-pass-1")}})
                 .errorCode(),
             3012);
}

void TestHttpEdge::badConfigFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not JSON") << QByteArray("{ nope") << QStringLiteral("not a JSON object");
    QTest::newRow("no identity") << QByteArray(R"({"schema":[{"name":"nick","type":"STRING"}]})")
                                 << QStringLiteral("identity");
    QTest::newRow("bad type") << QByteArray(R"({"schema":[{"name":"email","type":"BLOB","identity":true}]})")
                              << QStringLiteral("BLOB");
    QTest::newRow("bad name") << QByteArray(R"({"schema":[{"name":"e mail","identity":true}]})")
                              << QStringLiteral("e mail");
    QTest::newRow("user without password")
        << QByteArray(R"({"users":[{"email":"a@b.c"}]})") << QStringLiteral("password");
    QTest::newRow("negative timeout") << QByteArray(R"({"settings":{"sessionTimeout":-1}})")
                                      << QStringLiteral("sessionTimeout");
}

void TestHttpEdge::badConfigFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    Server::ServerOptions options;
    options.configFile = path;
    Server::ServerHost host(options);
    QString error;
    QVERIFY(!host.start(&error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));

    options.configFile = dir.filePath(QStringLiteral("missing.json"));
    Server::ServerHost missing(options);
    QVERIFY(!missing.start(&error));
    QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHttpEdge)
#include "tst_serverhttpedge.moc"
