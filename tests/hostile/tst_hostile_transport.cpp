// Attacks on the transport of the real profiledesk-server (issue 12, H1, M3 and the
// Content-Length part of L): bodies far over the limit, lying Content-Lengths, silent and
// trickling connections, connection floods, clients that want the connection closed. Each test
// asserts the answer, the server's memory (VmRSS/VmHWM from /proc), that a normal request is
// served promptly during and after, and that the data is still there.

#include "hostilechecks.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace Hostile;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QByteArray snapshot(quint16 port)
{
    const RawResponse count = call(port, "GET", "/api/users/userclassprops");
    const RawResponse login = call(port, "POST", "/api/users/login",
                                   {{QStringLiteral("login"), QStringLiteral("alice@example.com")},
                                    {QStringLiteral("password"), QStringLiteral("Alice-pass-1")}});
    return count.body + login.object().value(QStringLiteral("name")).toString().toUtf8();
}

} // namespace

class TestHostileTransport : public QObject
{
    Q_OBJECT

private slots:
    void oversizedBodiesAreRefusedBeforeTheyAreRead();
    void honestButOversizedBody();
    void invalidContentLength_data();
    void invalidContentLength();
    void silentConnectionsTimeOut();
    void tricklingRequestTimesOut();
    void connectionCapPerAddress();
    void connectionCloseIsHonoured_data();
    void connectionCloseIsHonoured();
};

void TestHostileTransport::oversizedBodiesAreRefusedBeforeTheyAreRead()
{
    // H1: four connections announce 10 GiB and start sending; each gets 413 and a close at once.
    HOSTILE_START(server);
    const QByteArray before = snapshot(server.port());
    const qint64 rssBefore = server.rssKiB();
    const qint64 peakBefore = server.peakRssKiB();
    const QByteArray chunk(HostileServer::sanitized() ? 2 * MiB : 8 * MiB, 'x');
    std::vector<std::unique_ptr<RawConnection>> attackers;
    for (int i = 0; i < 4; ++i) {
        attackers.push_back(std::make_unique<RawConnection>(server.port()));
        attackers.back()->send("POST /api/users/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                               "Content-Length: 10737418240\r\n\r\n{\"email\":\"");
        attackers.back()->push(chunk, 1000);
    }
    HOSTILE_EXPECT_PROMPT(server.port(), "during the attack");
    for (const auto &attacker : attackers) {
        const RawResponse response = attacker->readResponse(3000);
        QCOMPARE(response.status, 413);
        QCOMPARE(response.code(), 413);
        QVERIFY(attacker->waitClosed(3000));
    }
    const qint64 growth = qMax(server.rssKiB() - rssBefore, server.peakRssKiB() - peakBefore);
    qInfo("H1: memory growth %lld KiB (RSS before %lld KiB)", growth, rssBefore);
    QVERIFY2(growth < MaxGrowthKiB, qPrintable(QString::number(growth)));
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
    QCOMPARE(snapshot(server.port()), before);
}

void TestHostileTransport::honestButOversizedBody()
{
    // A body over 1 MiB with a true Content-Length is refused once its head says so.
    HOSTILE_START(server);
    const qint64 peakBefore = server.peakRssKiB();
    const QByteArray body(HostileServer::sanitized() ? 8 * MiB : 32 * MiB, 'x');
    RawConnection attacker(server.port());
    attacker.push(RawConnection::request("PUT", "/api/users/someone", body), 1000);
    const RawResponse response = attacker.readResponse(3000);
    QCOMPARE(response.status, 413);
    QCOMPARE(response.code(), 413);
    QVERIFY(server.peakRssKiB() - peakBefore < MaxGrowthKiB);
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
}

void TestHostileTransport::invalidContentLength_data()
{
    QTest::addColumn<QByteArray>("length");
    QTest::newRow("-1") << QByteArray("-1");
    QTest::newRow("2^64-1") << QByteArray("18446744073709551615");
    QTest::newRow("not a number") << QByteArray("12abc");
    QTest::newRow("two lengths") << QByteArray("5\r\nContent-Length: 7");
}

void TestHostileTransport::invalidContentLength()
{
    // L: the body of a request with a bad length must not become the next request (smuggling).
    QFETCH(QByteArray, length);
    HOSTILE_START(server);
    RawConnection attacker(server.port());
    attacker.send("POST /api/users/login HTTP/1.1\r\nHost: x\r\nContent-Length: " + length
                  + "\r\n\r\nGET /api/info HTTP/1.1\r\nHost: x\r\n\r\n");
    const RawResponse response = attacker.readResponse(3000);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.code(), 400);
    QVERIFY(attacker.waitClosed(3000));
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
}

void TestHostileTransport::silentConnectionsTimeOut()
{
    // M3: silent connections are closed after the request timeout, and they never shut out a
    // client on another address meanwhile.
    HOSTILE_START(server, {QStringLiteral("--request-timeout"), QStringLiteral("2")});
    const qint64 rssBefore = server.rssKiB();
    std::vector<std::unique_ptr<RawConnection>> silent;
    for (int i = 0; i < 300; ++i)
        silent.push_back(std::make_unique<RawConnection>(server.port(), QHostAddress(QStringLiteral("127.0.0.2"))));
    HOSTILE_EXPECT_PROMPT(server.port(), "while 300 connections sit silent");
    for (const auto &connection : silent)
        QVERIFY(connection->waitClosed(5000));
    QVERIFY(server.rssKiB() - rssBefore < MaxGrowthKiB);
    HOSTILE_EXPECT_PROMPT(server.port(), "after the silent connections");
}

void TestHostileTransport::tricklingRequestTimesOut()
{
    // Slowloris: a head that never ends is answered 408 at the request timeout.
    HOSTILE_START(server, {QStringLiteral("--request-timeout"), QStringLiteral("1")});
    RawConnection attacker(server.port());
    attacker.send("GET /api/info HTTP/1.1\r\n");
    for (int i = 0; i < 6 && attacker.isConnected(); ++i) {
        attacker.send("X-Slow: " + QByteArray::number(i) + "\r\n");
        QTest::qWait(250);
    }
    const RawResponse response = attacker.readResponse(2000);
    QCOMPARE(response.status, 408);
    QCOMPARE(response.code(), 408);
    QVERIFY(attacker.waitClosed(2000));
}

void TestHostileTransport::connectionCapPerAddress()
{
    HOSTILE_START(server, {QStringLiteral("--max-connections-per-address"), QStringLiteral("20")});
    std::vector<std::unique_ptr<RawConnection>> held;
    for (int i = 0; i < 20; ++i)
        held.push_back(std::make_unique<RawConnection>(server.port(), QHostAddress(QStringLiteral("127.0.0.2"))));
    QVERIFY(held.back()->isConnected());
    RawConnection refused(server.port(), QHostAddress(QStringLiteral("127.0.0.2")));
    const RawResponse response = refused.readResponse(3000);
    QCOMPARE(response.status, 503);
    QCOMPARE(response.code(), 503);
    HOSTILE_EXPECT_PROMPT(server.port(), "from another address");
}

void TestHostileTransport::connectionCloseIsHonoured_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("Connection: close") << QByteArray("GET /api/info HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QTest::newRow("HTTP/1.0") << QByteArray("GET /api/info HTTP/1.0\r\n\r\n");
}

void TestHostileTransport::connectionCloseIsHonoured()
{
    // A client that reads until EOF gets its answer and the EOF.
    QFETCH(QByteArray, request);
    HOSTILE_START(server);
    RawConnection client(server.port());
    client.send(request);
    QCOMPARE(client.readResponse(2000).status, 200);
    QVERIFY(client.waitClosed(1000));
}

QTEST_GUILESS_MAIN(TestHostileTransport)
#include "tst_hostile_transport.moc"
