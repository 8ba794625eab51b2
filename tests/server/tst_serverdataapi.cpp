// The Data API on Users: permissions, find (GET and POST forms), paging, sortBy, props, count,
// the where clause over real data (injection attempts included), get and staff updates.

#include "host/serverhost.h"
#include "httptestclient.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace TestSupport;

namespace {
const QString Staff = QStringLiteral("support@example.com");
const QString StaffPassword = QStringLiteral("Support-pass-1");
constexpr int DemoUsers = 200;
constexpr int NamedUsers = 3;

QStringList values(const QJsonArray &rows, const QString &key)
{
    QStringList list;
    for (const QJsonValue &row : rows)
        list << row.toObject().value(key).toString();
    return list;
}
} // namespace

class TestDataApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void permissions_data();
    void permissions();
    void whereCounts_data();
    void whereCounts();
    void whereRefused_data();
    void whereRefused();
    void pagingWalksEveryUserOnce();
    void pageSizeLimits_data();
    void pageSizeLimits();
    void sortBy();
    void props();
    void postFormMatchesSdk();
    void getById();
    void staffUpdates_data();
    void staffUpdates();
    void dataIntactAfterBadQueries();

private:
    QString login(const QString &identity, const QString &password);
    QString tokenFor(const QString &who);

    std::unique_ptr<Server::ServerHost> m_host;
    HttpTestClient m_client;
    QString m_staffToken;
    QString m_aliceToken;
    QString m_aliceId;
    QString m_bobId;
};

void TestDataApi::initTestCase()
{
    Server::ServerOptions options;
    options.demoUsers = DemoUsers;
    m_host = std::make_unique<Server::ServerHost>(options);
    QString error;
    QVERIFY2(m_host->start(&error), qPrintable(error));
    m_client.setBaseUrl(m_host->baseUrl());
    const QJsonObject alice = m_client.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
    m_aliceToken = alice.value(QStringLiteral("user-token")).toString();
    m_aliceId = alice.value(QStringLiteral("objectId")).toString();
    m_bobId = m_client.login(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1"))
                  .value(QStringLiteral("objectId"))
                  .toString();
    m_staffToken = login(Staff, StaffPassword);
    QVERIFY(!m_aliceToken.isEmpty() && !m_staffToken.isEmpty() && !m_bobId.isEmpty());
}

QString TestDataApi::login(const QString &identity, const QString &password)
{
    return m_client.login(identity, password).value(QStringLiteral("user-token")).toString();
}

QString TestDataApi::tokenFor(const QString &who)
{
    if (who == QLatin1String("staff"))
        return m_staffToken;
    if (who == QLatin1String("alice"))
        return m_aliceToken;
    if (who == QLatin1String("dead"))
        return QStringLiteral("dead-token");
    return QString();
}

void TestDataApi::permissions_data()
{
    QTest::addColumn<QString>("who"); // anonymous | alice | staff | dead
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path"); // {alice} / {bob} are replaced by ids
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");

    const QByteArray name = QByteArrayLiteral("{\"name\":\"Renamed\"}");
    for (const char *who : {"anonymous", "alice", "staff", "dead"}) {
        const QString w = QLatin1String(who);
        const bool staff = w == QLatin1String("staff");
        const bool dead = w == QLatin1String("dead");
        const bool alice = w == QLatin1String("alice");
        const int findCode = dead ? 3064 : staff ? 0 : 1013;
        const int updateCode = dead ? 3064 : staff ? 0 : 1012;
        QTest::addRow("%s: GET find", who)
            << w << QByteArray("GET") << QStringLiteral("data/Users") << QByteArray() << findCode;
        QTest::addRow("%s: POST find", who)
            << w << QByteArray("POST") << QStringLiteral("data/Users/find") << QByteArray("{}") << findCode;
        QTest::addRow("%s: GET count", who)
            << w << QByteArray("GET") << QStringLiteral("data/Users/count") << QByteArray() << findCode;
        QTest::addRow("%s: POST count", who)
            << w << QByteArray("POST") << QStringLiteral("data/Users/count") << QByteArray("{}") << findCode;
        QTest::addRow("%s: get bob", who)
            << w << QByteArray("GET") << QStringLiteral("data/Users/{bob}") << QByteArray() << findCode;
        QTest::addRow("%s: get self", who)
            << w << QByteArray("GET") << QStringLiteral("data/Users/{alice}") << QByteArray()
            << (dead                   ? 3064
                    : (staff || alice) ? 0
                                       : 1013);
        QTest::addRow("%s: update bob", who)
            << w << QByteArray("PUT") << QStringLiteral("data/Users/{bob}") << name << updateCode;
        QTest::addRow("%s: update bob, id in body", who)
            << w << QByteArray("PUT") << QStringLiteral("data/Users")
            << QByteArray("{\"objectId\":\"{bob}\",\"name\":\"Bobby\"}") << updateCode;
        QTest::addRow("%s: update self", who)
            << w << QByteArray("PUT") << QStringLiteral("data/Users/{alice}") << QByteArray("{\"address\":\"Own\"}")
            << (dead                   ? 3064
                    : (staff || alice) ? 0
                                       : 1012);
        // A save without objectId creates, and no role holds CREATE on Users (issue 22: the JS SDK
        // 8 sends PUT data/Users; REST documents POST): 1011, for staff too.
        QTest::addRow("%s: create (SDK save)", who)
            << w << QByteArray("PUT") << QStringLiteral("data/Users") << QByteArray("{\"email\":\"c@example.com\"}")
            << (dead ? 3064 : 1011);
        QTest::addRow("%s: create (REST)", who) << w << QByteArray("POST") << QStringLiteral("data/Users")
                                                << QByteArray("{\"email\":\"c@example.com\"}") << (dead ? 3064 : 1011);
    }
    QTest::newRow("non-staff: a missing id is 1013, not 1000")
        << QStringLiteral("alice") << QByteArray("GET") << QStringLiteral("data/Users/NOPE") << QByteArray() << 1013;
    QTest::newRow("non-staff: update of a missing id is 1012")
        << QStringLiteral("alice") << QByteArray("PUT") << QStringLiteral("data/Users/NOPE") << name << 1012;
}

void TestDataApi::permissions()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    path.replace(QLatin1String("{alice}"), m_aliceId).replace(QLatin1String("{bob}"), m_bobId);
    body.replace("{bob}", m_bobId.toUtf8());
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!tokenFor(who).isEmpty())
        headers.append({QByteArrayLiteral("user-token"), tokenFor(who).toUtf8()});
    const HttpResult result = m_client.send(verb, path, body, headers);
    QCOMPARE(result.errorCode(), code);
    if (code == 0) {
        QCOMPARE(result.status, 200);
    } else {
        QCOMPARE(result.status, code == 3064 ? 401 : 403);
    }
}

void TestDataApi::whereCounts_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("count");
    const int all = DemoUsers + NamedUsers;
    QTest::newRow("no clause") << QString() << all;
    QTest::newRow("identity") << QStringLiteral("email = 'alice@example.com'") << 1;
    QTest::newRow("LIKE prefix") << QStringLiteral("email LIKE 'user%'") << DemoUsers;
    QTest::newRow("LIKE narrower") << QStringLiteral("email LIKE 'user01%'") << 100;
    QTest::newRow("NOT") << QStringLiteral("NOT (email LIKE 'user%')") << NamedUsers;
    QTest::newRow("NOT LIKE") << QStringLiteral("email NOT LIKE 'user%'") << NamedUsers;
    QTest::newRow("OR") << QStringLiteral("email = 'alice@example.com' OR name = 'Sam Support'") << 2;
    QTest::newRow("IS NULL") << QStringLiteral("age IS NULL") << NamedUsers;
    QTest::newRow("IS NOT NULL") << QStringLiteral("age IS NOT NULL") << DemoUsers;
    QTest::newRow("boolean") << QStringLiteral("newsletter = true") << DemoUsers / 2;
    QTest::newRow("numbers and parentheses")
        << QStringLiteral("(age >= 18 AND age <= 77) AND NOT (newsletter = false)") << DemoUsers / 2;
    QTest::newRow("system column") << QStringLiteral("userStatus = 'ENABLED' AND created > 0") << all;
    QTest::newRow("!= and <>") << QStringLiteral("email != 'alice@example.com' AND email <> 'bob@example.com'")
                               << all - 2;
    QTest::newRow("injection inside a string is only a value") << QStringLiteral("email = 'x'' OR ''1''=''1'") << 0;
    QTest::newRow("injection with a comment inside a string") << QStringLiteral("email = 'alice@example.com''--'") << 0;
}

void TestDataApi::whereCounts()
{
    QFETCH(QString, where);
    QFETCH(int, count);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("where"), QString::fromLatin1(QUrl::toPercentEncoding(where)));
    const HttpResult viaGet = m_client.get(QStringLiteral("data/Users/count"), m_staffToken, query);
    QCOMPARE(viaGet.status, 200);
    QCOMPARE(viaGet.json(), QJsonValue(count)); // a bare JSON number
    const HttpResult viaPost =
        m_client.post(QStringLiteral("data/Users/count"), {{QStringLiteral("where"), where}}, m_staffToken);
    QCOMPARE(viaPost.json(), QJsonValue(count));
    // find agrees with count
    const HttpResult found =
        m_client.post(QStringLiteral("data/Users/find"),
                      {{QStringLiteral("where"), where}, {QStringLiteral("pageSize"), 100}}, m_staffToken);
    QCOMPARE(found.array().size(), qMin(count, 100));
}

void TestDataApi::whereRefused_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("classic injection") << QStringLiteral("email = 'x' OR 1=1; DROP TABLE Users");
    QTest::newRow("tautology") << QStringLiteral("email = 'x' OR 1=1");
    QTest::newRow("UNION") << QStringLiteral("email = 'x' UNION SELECT _passwordHash FROM Users");
    QTest::newRow("password") << QStringLiteral("password LIKE 'A%'");
    QTest::newRow("hash column") << QStringLiteral("_passwordHash LIKE 'p%'");
    QTest::newRow("unknown column") << QStringLiteral("shoe = 1");
    QTest::newRow("syntax") << QStringLiteral("name = ");
    QTest::newRow("unbalanced") << QStringLiteral("(name = 'x'");
}

void TestDataApi::whereRefused()
{
    QFETCH(QString, where);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("where"), QString::fromLatin1(QUrl::toPercentEncoding(where)));
    QCOMPARE(m_client.get(QStringLiteral("data/Users"), m_staffToken, query).errorCode(), 1017);
    QCOMPARE(m_client.get(QStringLiteral("data/Users/count"), m_staffToken, query).errorCode(), 1017);
    const HttpResult viaPost =
        m_client.post(QStringLiteral("data/Users/find"), {{QStringLiteral("where"), where}}, m_staffToken);
    QCOMPARE(viaPost.errorCode(), 1017);
    QCOMPARE(viaPost.status, 400);
    QCOMPARE(
        m_client.post(QStringLiteral("data/Users/count"), {{QStringLiteral("where"), where}}, m_staffToken).errorCode(),
        1017);
}

void TestDataApi::pagingWalksEveryUserOnce()
{
    QSet<QString> seen;
    int pages = 0;
    for (int offset = 0;; offset += 30) {
        const HttpResult page =
            m_client.post(QStringLiteral("data/Users/find"),
                          {{QStringLiteral("pageSize"), 30}, {QStringLiteral("offset"), offset}}, m_staffToken);
        QCOMPARE(page.status, 200);
        const QJsonArray rows = page.array();
        for (const QString &id : values(rows, QStringLiteral("objectId")))
            seen.insert(id);
        ++pages;
        if (rows.size() < 30)
            break;
    }
    QCOMPARE(seen.size(), DemoUsers + NamedUsers);
    QCOMPARE(pages, (DemoUsers + NamedUsers) / 30 + 1);
    // The default page size is 10.
    QCOMPARE(m_client.get(QStringLiteral("data/Users"), m_staffToken).array().size(), 10);
}

void TestDataApi::pageSizeLimits_data()
{
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<QString>("offset");
    QTest::addColumn<int>("rows"); // -1: refused with 1005
    QTest::newRow("larger means 100") << QStringLiteral("500") << QStringLiteral("0") << 100;
    QTest::newRow("exactly 100") << QStringLiteral("100") << QStringLiteral("0") << 100;
    QTest::newRow("one") << QStringLiteral("1") << QStringLiteral("0") << 1;
    QTest::newRow("past the end") << QStringLiteral("10") << QStringLiteral("1000") << 0;
    QTest::newRow("the last three") << QStringLiteral("10") << QStringLiteral("200") << 3;
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("0") << -1;
    QTest::newRow("negative offset") << QStringLiteral("10") << QStringLiteral("-1") << -1;
    QTest::newRow("not a number") << QStringLiteral("ten") << QStringLiteral("0") << -1;
}

void TestDataApi::pageSizeLimits()
{
    QFETCH(QString, pageSize);
    QFETCH(QString, offset);
    QFETCH(int, rows);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), pageSize);
    query.addQueryItem(QStringLiteral("offset"), offset);
    const HttpResult result = m_client.get(QStringLiteral("data/Users"), m_staffToken, query);
    if (rows < 0) {
        QCOMPARE(result.errorCode(), 1005);
        return;
    }
    QCOMPARE(result.array().size(), rows);
}

void TestDataApi::sortBy()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("email%20desc"));
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("3"));
    QCOMPARE(values(m_client.get(QStringLiteral("data/Users"), m_staffToken, query).array(), QStringLiteral("email")),
             (QStringList{QStringLiteral("user0200@example.com"), QStringLiteral("user0199@example.com"),
                          QStringLiteral("user0198@example.com")}));

    // Several keys, as an SDK array: newsletter first (false before true), then name descending.
    const QJsonArray rows =
        m_client
            .post(QStringLiteral("data/Users/find"),
                  {{QStringLiteral("sortBy"), QJsonArray{QStringLiteral("newsletter"), QStringLiteral("name DESC")}},
                   {QStringLiteral("where"), QStringLiteral("email LIKE 'user%'")},
                   {QStringLiteral("pageSize"), 100}},
                  m_staffToken)
            .array();
    QCOMPARE(rows.size(), 100);
    QStringList names = values(rows, QStringLiteral("name"));
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toObject().value(QStringLiteral("newsletter")), QJsonValue(false));
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), std::greater<QString>());
    QCOMPARE(names, sorted);

    QCOMPARE(m_client
                 .post(QStringLiteral("data/Users/find"), {{QStringLiteral("sortBy"), QStringLiteral("shoe desc")}},
                       m_staffToken)
                 .errorCode(),
             1017);
    QCOMPARE(m_client
                 .post(QStringLiteral("data/Users/find"), {{QStringLiteral("sortBy"), QStringLiteral("name sideways")}},
                       m_staffToken)
                 .errorCode(),
             1017);
}

void TestDataApi::props()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("props"), QStringLiteral("email,name"));
    query.addQueryItem(QStringLiteral("where"),
                       QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("email = 'bob@example.com'"))));
    const QJsonArray rows = m_client.get(QStringLiteral("data/Users"), m_staffToken, query).array();
    QCOMPARE(rows.size(), 1);
    QStringList keys = rows.first().toObject().keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("___class"), QStringLiteral("email"), QStringLiteral("name"),
                          QStringLiteral("objectId")}));
    // A column the table does not have: 1006 (JS-SDK test/e2e/specs/persistence.js:326; 1017 before issue 22).
    QCOMPARE(m_client
                 .post(QStringLiteral("data/Users/find"), {{QStringLiteral("props"), QStringLiteral("email,password")}},
                       m_staffToken)
                 .errorCode(),
             1006);
    QCOMPARE(m_client.post(QStringLiteral("data/Users/find"), {{QStringLiteral("props"), 5}}, m_staffToken).errorCode(),
             1017);
}

void TestDataApi::postFormMatchesSdk()
{
    // Exactly what the JS SDK 8 sends for a find.
    const HttpResult result = m_client.post(QStringLiteral("data/Users/find"),
                                            {{QStringLiteral("pageSize"), 100},
                                             {QStringLiteral("offset"), 0},
                                             {QStringLiteral("where"), QStringLiteral("email LIKE 'u%'")},
                                             {QStringLiteral("sortBy"), QStringLiteral("email desc")},
                                             {QStringLiteral("distinct"), false}},
                                            m_staffToken);
    QCOMPARE(result.status, 200);
    const QJsonArray rows = result.array();
    QCOMPARE(rows.size(), 100);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("email")).toString(), QStringLiteral("user0200@example.com"));
    QCOMPARE(rows.first().toObject().value(QStringLiteral("___class")).toString(), QStringLiteral("Users"));
    QVERIFY(!rows.first().toObject().contains(QStringLiteral("password")));
    QVERIFY(!result.body.contains("pbkdf2"));
}

void TestDataApi::getById()
{
    const HttpResult bob = m_client.get(QStringLiteral("data/Users/") + m_bobId, m_staffToken);
    QCOMPARE(bob.status, 200);
    QCOMPARE(bob.object().value(QStringLiteral("email")).toString(), QStringLiteral("bob@example.com"));
    QVERIFY(!bob.object().contains(QStringLiteral("password")));
    const HttpResult missing = m_client.get(QStringLiteral("data/Users/NO-SUCH-ID"), m_staffToken);
    QCOMPARE(missing.errorCode(), 1000);
    QCOMPARE(missing.status, 404);
    QCOMPARE(m_client.get(QStringLiteral("data/Users/") + m_aliceId, m_aliceToken)
                 .object()
                 .value(QStringLiteral("objectId"))
                 .toString(),
             m_aliceId);
}

void TestDataApi::staffUpdates_data()
{
    QTest::addColumn<bool>("idInBody");
    QTest::addColumn<QString>("target"); // bob | missing
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("code");
    const QJsonObject rename{{QStringLiteral("name"), QStringLiteral("Robert Example")}};
    QTest::newRow("rename bob") << false << QStringLiteral("bob") << rename << 0;
    QTest::newRow("rename bob, id in body (JS SDK)") << true << QStringLiteral("bob") << rename << 0;
    QTest::newRow("missing user") << false << QStringLiteral("missing") << rename << 1000;
    QTest::newRow("missing user, id in body") << true << QStringLiteral("missing") << rename << 1000;
    // A save without objectId is a create (issue 22; 1000 before): no role may create users.
    QTest::newRow("no id at all") << true << QString() << rename << 1011;
    QTest::newRow("identity taken") << false << QStringLiteral("bob")
                                    << QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@example.com")}}
                                    << 3018;
    QTest::newRow("required empty") << true << QStringLiteral("bob") << QJsonObject{{QStringLiteral("name"), QString()}}
                                    << 3045;
    // The Data API's own code for a wrong type (JS-SDK test/e2e/specs/persistence.js:187; 3024 before issue 22).
    QTest::newRow("wrong type") << false << QStringLiteral("bob") << QJsonObject{{QStringLiteral("age"), true}} << 1007;
}

void TestDataApi::staffUpdates()
{
    QFETCH(bool, idInBody);
    QFETCH(QString, target);
    QFETCH(QJsonObject, body);
    QFETCH(int, code);
    const QString id = target == QLatin1String("bob") ? m_bobId
        : target.isEmpty()                            ? QString()
                                                      : QStringLiteral("NO-SUCH-ID");
    const QJsonObject before = m_client.get(QStringLiteral("data/Users/") + m_bobId, m_staffToken).object();
    HttpResult result;
    if (idInBody) {
        if (!id.isEmpty())
            body.insert(QStringLiteral("objectId"), id);
        result = m_client.put(QStringLiteral("data/Users"), body, m_staffToken);
    } else {
        result = m_client.put(QStringLiteral("data/Users/") + id, body, m_staffToken);
    }
    QCOMPARE(result.errorCode(), code);
    const QJsonObject after = m_client.get(QStringLiteral("data/Users/") + m_bobId, m_staffToken).object();
    if (code != 0) {
        QCOMPARE(after, before);
        return;
    }
    QCOMPARE(result.object().value(QStringLiteral("name")).toString(), QStringLiteral("Robert Example"));
    QCOMPARE(result.object().value(QStringLiteral("objectId")).toString(), m_bobId);
    QVERIFY(result.object().value(QStringLiteral("updated")).toDouble() > 0);
    QCOMPARE(after, result.object());
}

void TestDataApi::dataIntactAfterBadQueries()
{
    const QByteArray before =
        m_client.post(QStringLiteral("data/Users/find"), {{QStringLiteral("pageSize"), 100}}, m_staffToken).body;
    const QList<QByteArray> bodies{
        QByteArrayLiteral("{\"where\":\"email = 'x'; DELETE FROM Users\"}"),
        QByteArrayLiteral("{\"where\":5}"),
        QByteArrayLiteral("{\"where\":\"1\"}"),
        QByteArrayLiteral("{\"where\":\"email = 'a"),
        QByteArrayLiteral("[\"where\"]"),
    };
    for (const QByteArray &body : bodies) {
        for (const char *path : {"data/Users/find", "data/Users/count"}) {
            const HttpResult result = m_client.send(QByteArrayLiteral("POST"), QLatin1String(path), body,
                                                    {{QByteArrayLiteral("user-token"), m_staffToken.toUtf8()}});
            QVERIFY2(result.status >= 400 && result.status < 500, body.constData());
            QVERIFY(result.errorCode() != 0);
        }
    }
    QCOMPARE(m_client
                 .post(QStringLiteral("data/Users/find"), {{QStringLiteral("pageSize"), QStringLiteral("all")}},
                       m_staffToken)
                 .errorCode(),
             1005);
    QCOMPARE(m_client.post(QStringLiteral("data/Users/find"), {{QStringLiteral("pageSize"), 100}}, m_staffToken).body,
             before);
    QCOMPARE(m_client.get(QStringLiteral("data/Users/count"), m_staffToken).json(), QJsonValue(DemoUsers + NamedUsers));
}

QTEST_GUILESS_MAIN(TestDataApi)
#include "tst_serverdataapi.moc"
