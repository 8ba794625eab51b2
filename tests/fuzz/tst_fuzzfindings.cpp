// Regression tests for what the fuzz targets found, as plain QtTests over real sockets, so the
// normal suite (and the ASan+UBSan preset, which catches the undefined behaviour itself) keeps
// them fixed without clang or libFuzzer.
#include "dataservice.h"
#include "misbehavingserver.h"
#include "userservice.h"
#include "whereparser.h"

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
        received = call->count();
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
    QTest::newRow("%1 in the token") << QStringLiteral("age = 1 '%1'") << QStringLiteral("unexpected '%1' at position 8");
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

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
