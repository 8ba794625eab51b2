// The authorization matrix: every route of profiledesk-server called by an anonymous caller, the
// user the call is about, another user, support staff (role SupportStaff) and a dead token, each
// answering what docs/PROTOCOL.md says: its code, the status of our choice, and for a refused write,
// nothing written.
#include "host/serverhost.h"
#include "httptestclient.h"

#include <QTest>

#include <memory>

using namespace TestSupport;

namespace {

enum Caller { Anonymous, Self, OtherUser, Staff, DeadToken };
const char *const CallerNames[] = {"anonymous", "the user", "another user", "support staff", "a dead token"};

struct Expectation
{
    int code = 0; // 0: a 2xx answer
    QByteArray body; // when set, the exact 2xx body
};

// docs/PROTOCOL.md, "Our choice of HTTP status": 401 for 3028/3064, 403 for permission errors,
// 400 for validation and login errors.
int protocolStatus(int code)
{
    switch (code) {
    case 3028:
    case 3064:
        return 401;
    case 3029:
    case 1012:
    case 1013:
        return 403;
    default:
        return 400;
    }
}

} // namespace

class TestSecurityAuthz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();

private:
    QString tokenOf(Caller caller);
    QJsonObject bobAsStored();

    std::unique_ptr<Server::ServerHost> m_server;
    std::unique_ptr<HttpTestClient> m_http;
    QString m_bobId;
    int m_serial = 0;
};

void TestSecurityAuthz::initTestCase()
{
    Server::ServerOptions options;
    options.demoUsers = 2;
    m_server = std::make_unique<Server::ServerHost>(options);
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpTestClient>(m_server->baseUrl());
    m_bobId = m_http->login(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1"))
                  .value(QStringLiteral("objectId"))
                  .toString();
    QVERIFY(!m_bobId.isEmpty());
}

void TestSecurityAuthz::cleanupTestCase()
{
    m_http.reset();
    m_server.reset();
}

// A fresh session per row: a row that logs out or logs in again cannot disturb the next.
QString TestSecurityAuthz::tokenOf(Caller caller)
{
    const auto login = [this](const char *identity, const char *password) {
        return m_http->login(QLatin1String(identity), QLatin1String(password))
            .value(QStringLiteral("user-token"))
            .toString();
    };
    switch (caller) {
    case Anonymous:
        return QString();
    case Self:
        return login("bob@example.com", "Bob-pass-1");
    case OtherUser:
        return login("alice@example.com", "Alice-pass-1");
    case Staff:
        return login("support@example.com", "Support-pass-1");
    case DeadToken: {
        const QString token = login("bob@example.com", "Bob-pass-1");
        return m_http->get(QStringLiteral("users/logout"), token).status == 200 ? token : QString();
    }
    }
    return QString();
}

QJsonObject TestSecurityAuthz::bobAsStored()
{
    return m_http->get(QStringLiteral("data/Users/") + m_bobId, tokenOf(Staff)).object();
}

void TestSecurityAuthz::matrix_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path"); // {B}: Bob's objectId, {T}: the caller's token
    QTest::addColumn<QByteArray>("body"); // {B}, and {N}: a value unique to the row
    QTest::addColumn<int>("caller");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("expectedBody");
    QTest::addColumn<bool>("writesBob"); // the body changes Bob's name when allowed

    struct Route
    {
        const char *verb;
        const char *path;
        const char *body;
        bool writesBob;
        Expectation expected[5]; // by Caller
    };
    const Expectation ok;
    const Route routes[] = {
        {"GET", "info", "", false, {ok, ok, ok, ok, ok}},
        {"POST", "users/login", R"({"login":"bob@example.com","password":"Bob-pass-1"})", false, {ok, ok, ok, ok, ok}},
        {"GET", "users/logout", "", false, {{3007, {}}, ok, ok, ok, {3023, {}}}},
        {"GET",
         "users/isvalidusertoken/{T}",
         "",
         false,
         {{0, "false"}, {0, "true"}, {0, "true"}, {0, "true"}, {0, "false"}}},
        {"POST",
         "users/register",
         R"({"email":"new{N}@example.com","password":"Pass-{N}","name":"N{N}"})",
         false,
         {ok, ok, ok, ok, ok}},
        {"GET", "users/userclassprops", "", false, {ok, ok, ok, ok, ok}},
        {"GET", "users/restorepassword/bob%40example.com", "", false, {ok, ok, ok, ok, ok}},
        {"GET",
         "users/userroles",
         "",
         false,
         {{0, R"(["NotAuthenticatedUser"])"},
          {0, R"(["AuthenticatedUser"])"},
          {0, R"(["AuthenticatedUser"])"},
          {0, R"(["AuthenticatedUser","SupportStaff"])"},
          {3064, {}}}},
        {"PUT", "users/{B}", R"({"name":"Name {N}"})", true, {{3028, {}}, ok, {3029, {}}, {3029, {}}, {3064, {}}}},
        {"GET", "data/Users/{B}", "", false, {{1013, {}}, ok, {1013, {}}, ok, {3064, {}}}},
        {"GET",
         "data/Users?where=name%20LIKE%20'B%25'",
         "",
         false,
         {{1013, {}}, {1013, {}}, {1013, {}}, ok, {3064, {}}}},
        {"POST",
         "data/Users/find",
         R"({"where":"name LIKE 'B%'"})",
         false,
         {{1013, {}}, {1013, {}}, {1013, {}}, ok, {3064, {}}}},
        {"GET", "data/Users/count", "", false, {{1013, {}}, {1013, {}}, {1013, {}}, ok, {3064, {}}}},
        {"POST",
         "data/Users/count",
         R"({"where":"name LIKE 'B%'"})",
         false,
         {{1013, {}}, {1013, {}}, {1013, {}}, ok, {3064, {}}}},
        {"PUT", "data/Users/{B}", R"({"name":"Name {N}"})", true, {{1012, {}}, ok, {1012, {}}, ok, {3064, {}}}},
        {"PUT",
         "data/Users",
         R"({"objectId":"{B}","name":"Name {N}"})",
         true,
         {{1012, {}}, ok, {1012, {}}, ok, {3064, {}}}},
    };
    for (const Route &route : routes) {
        for (int caller = Anonymous; caller <= DeadToken; ++caller) {
            const QByteArray name = QByteArray(route.verb) + ' ' + route.path + " | " + CallerNames[caller];
            QTest::newRow(name.constData())
                << QByteArray(route.verb) << QString::fromLatin1(route.path) << QByteArray(route.body) << caller
                << route.expected[caller].code << route.expected[caller].body << route.writesBob;
        }
    }
}

void TestSecurityAuthz::matrix()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, caller);
    QFETCH(int, code);
    QFETCH(QByteArray, expectedBody);
    QFETCH(bool, writesBob);

    const QString token = tokenOf(Caller(caller));
    QVERIFY2(caller == Anonymous || !token.isEmpty(), "the caller's session could not be made");
    const QByteArray unique = QByteArray::number(++m_serial) + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    path.replace(QLatin1String("{B}"), m_bobId)
        .replace(QLatin1String("{T}"), token.isEmpty() ? QStringLiteral("none") : token);
    body.replace("{B}", m_bobId.toUtf8()).replace("{N}", unique);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("user-token"), token.toUtf8()});

    const qsizetype queryAt = path.indexOf(QLatin1Char('?'));
    const QUrl url = m_http->url(path.left(queryAt), QUrlQuery(queryAt < 0 ? QString() : path.mid(queryAt + 1)));
    const HttpResult result = HttpTestClient::wait(m_http->start(verb, url, body, headers));
    if (code == 0) {
        QVERIFY2(result.status >= 200 && result.status < 300,
                 qPrintable(QStringLiteral("HTTP %1 %2").arg(result.status).arg(QString::fromUtf8(result.body))));
        if (!expectedBody.isEmpty())
            QCOMPARE(result.body, expectedBody);
    } else {
        QCOMPARE(result.errorCode(), code);
        QCOMPARE(result.status, protocolStatus(code));
    }
    if (writesBob) {
        // Allowed writes land; refused ones leave nothing behind.
        const QString stored = bobAsStored().value(QStringLiteral("name")).toString();
        QCOMPARE(stored == QStringLiteral("Name ") + QString::fromUtf8(unique), code == 0);
    }
}

QTEST_GUILESS_MAIN(TestSecurityAuthz)
#include "tst_security_authz.moc"
