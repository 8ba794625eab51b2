// Regression tests for what the fuzz targets found, as plain QtTests over real sockets, so the
// normal suite (and the ASan+UBSan preset, which catches the undefined behaviour itself) keeps
// them fixed without clang or libFuzzer.
#include "core/dataservice.h"
#include "core/userservice.h"
#include "host/serverhost.h"
#include "httptestclient.h"
#include "misbehavingserver.h"
#include "storage/whereparser.h"

#include <QNetworkAccessManager>
#include <QTest>

class TestFuzzFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countReply_data();
    void countReply();
    void whereMessage_data();
    void whereMessage();
    void newPropertiesDifferingInCase_data();
    void newPropertiesDifferingInCase();
};

// fuzz_userlist: a count reply of 1e300 was cast to qint64 before its range was checked
// (dataservice.cpp, UBSan: "1e+300 is outside the range of representable values").
void TestFuzzFindings::countReply_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("count");

    QTest::newRow("plain") << QByteArray("100000") << true << qint64(100000);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("2^53") << QByteArray("9007199254740992") << true << qint64(9007199254740992LL);
    QTest::newRow("1e300 (the finding)") << QByteArray("1e300") << false << qint64(0);
    QTest::newRow("-1e300") << QByteArray("-1e300") << false << qint64(0);
    QTest::newRow("just past qint64") << QByteArray("9.3e18") << false << qint64(0);
    QTest::newRow("negative") << QByteArray("-3") << false << qint64(0);
    QTest::newRow("fraction") << QByteArray("12.5") << false << qint64(0);
}

void TestFuzzFindings::countReply()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    QFETCH(qint64, count);

    MisbehavingServer server;
    QVERIFY(server.listen());
    server.setRawReply(MisbehavingServer::response(200, QByteArrayLiteral("application/json"), body));
    QNetworkAccessManager nam;
    RestClient client(Config::fromBaseUrl(server.baseUrl()), &nam);
    UserService users(&client);
    DataService data(&client, &users);

    bool finished = false;
    Error error;
    qint64 received = -1;
    CountCall *call = data.count(QString());
    connect(call, &CountCall::finished, this, [&] {
        finished = true;
        error = call->error();
        received = call->result();
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    if (accepted) {
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(received, count);
    } else {
        QCOMPARE(error.kind, Error::Kind::Protocol);
        QCOMPARE(error.message, QStringLiteral("the count is not a whole number"));
    }
}

// fuzz_where: "unexpected '%1' at position %2" was filled by two chained arg() calls, so a "%0"
// in the unexpected token took the position and the "%2" stayed (a garbled 1017 message).
void TestFuzzFindings::whereMessage_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    QTest::newRow("the finding") << QStringLiteral("birthday >5 '01/1/2005 %0:00:00' ")
                                 << QStringLiteral("unexpected '01/1/2005 %0:00:00' at position 12");
    QTest::newRow("%1 in the token") << QStringLiteral("age = 1 '%1'")
                                     << QStringLiteral("unexpected '%1' at position 8");
    QTest::newRow("plain") << QStringLiteral("age = 1 x") << QStringLiteral("unexpected 'x' at position 8");
}

void TestFuzzFindings::whereMessage()
{
    QFETCH(QString, where);
    QFETCH(QString, message);
    Server::Column age;
    age.name = QStringLiteral("age");
    age.type = Server::ColumnType::Int;
    Server::Column birthday;
    birthday.name = QStringLiteral("birthday");
    birthday.type = Server::ColumnType::DateTime;
    const Server::WhereParser parser([&](const QString &name) -> const Server::Column * {
        return name == age.name ? &age : name == birthday.name ? &birthday : nullptr;
    });
    Server::SqlFilter filter;
    QString error;
    QVERIFY(!parser.parse(where, &filter, &error));
    QCOMPARE(error, message);
}

// fuzz_request: with dynamic schema, a body with two new properties that differ only in case
// ("props" and "Props") passed validation, then the second ALTER TABLE failed (SQLite column
// names ignore case): HTTP 500 instead of a refusal. Now refused like a clash with an existing
// column, and nothing is written.
void TestFuzzFindings::newPropertiesDifferingInCase_data()
{
    QTest::addColumn<QString>("path"); // {B}: Bob's objectId
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");

    QTest::newRow("update") << QStringLiteral("users/{B}") << QByteArray(R"({"shoeSize":42,"ShoeSize":43})") << 3024;
    QTest::newRow("staff update") << QStringLiteral("data/Users/{B}")
                                  << QByteArray(R"({"nickName":"a","NICKNAME":"b"})") << 3024;
    QTest::newRow("register")
        << QStringLiteral("users/register")
        << QByteArray(R"({"email":"case@example.com","password":"Pass-1","name":"C","tag":"a","TAG":"b"})") << 3021;
    QTest::newRow("the finding") << QStringLiteral("users/{B}")
                                 << QByteArray(R"({"whertBy":["name D"],"props":["objectId","ageD"],"Props":["obje"]})")
                                 << 3024;
}

void TestFuzzFindings::newPropertiesDifferingInCase()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, code);

    Server::ServerOptions options;
    options.demoUsers = 0;
    Server::ServerHost server(options);
    QVERIFY(server.start());
    TestSupport::HttpTestClient http(server.baseUrl());
    const QJsonObject bob = http.login(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1"));
    const QString staffToken = http.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
                                   .value(QStringLiteral("user-token"))
                                   .toString();
    const QString token =
        path.startsWith(QLatin1String("data/")) ? staffToken : bob.value(QStringLiteral("user-token")).toString();
    path.replace(QLatin1String("{B}"), bob.value(QStringLiteral("objectId")).toString());
    const QByteArray verb =
        path == QLatin1String("users/register") ? QByteArrayLiteral("POST") : QByteArrayLiteral("PUT");
    const TestSupport::HttpResult result =
        http.send(verb, path, body, {{QByteArrayLiteral("user-token"), token.toUtf8()}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), code);
    QVERIFY2(result.errorMessage().contains(QLatin1String("in more than case")), qPrintable(result.errorMessage()));
    // Nothing was written: no column was created, no user registered.
    const QByteArray schema = http.get(QStringLiteral("users/userclassprops")).body.toLower();
    for (const char *name : {"shoesize", "nickname", "\"tag\"", "props"})
        QVERIFY2(!schema.contains(name), name);
    QCOMPARE(http.get(QStringLiteral("data/Users/count"), staffToken).json(), QJsonValue(3));
}

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
