// Unit tests of the server's defences that need no HTTP (issue 12, issue 11): what a request head
// tells the transport, the per-address login throttle, the bounds of the account lock, the login
// policies of the session registry, the JSON depth cap, and WAL checkpoints off the server's thread.

#include "auth/identitytext.h"
#include "auth/loginguard.h"
#include "auth/loginthrottle.h"
#include "auth/sessionregistry.h"
#include "storage/column.h"
#include "storage/walcheckpointer.h"
#include "transport/requesthead.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Server;

class TestServerGuards : public QObject
{
    Q_OBJECT

private slots:
    void requestHead_data();
    void requestHead();
    void throttleDelaysAfterFreeFailures();
    void throttleIsPerAddressAndIPv6Prefix();
    void throttleOffChangesNothing();
    void throttleMemoryIsBounded();
    void lockIgnoresOverlongIdentities();
    void lockMemoryIsBounded();
    void sessionPolicies();
    void jsonDepth();
    void walIsCheckpointedInTheBackground();
    void identityText();
    void lockHoldsOnlyAgainstFailingHosts();
};

void TestServerGuards::requestHead_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("refusal");
    QTest::addColumn<qint64>("bodyLength");
    QTest::addColumn<bool>("close");

    const QByteArray line = "POST /api/users/login HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("no body") << QByteArray("GET /api/info HTTP/1.1\r\nHost: x") << 0 << qint64(0) << false;
    QTest::newRow("length") << line + "Content-Length: 42" << 0 << qint64(42) << false;
    QTest::newRow("length, header case") << line + "content-LENGTH:  7 " << 0 << qint64(7) << false;
    QTest::newRow("at the limit") << line + "Content-Length: 1048576" << 0 << qint64(1048576) << false;
    QTest::newRow("over the limit") << line + "Content-Length: 1048577" << 413 << qint64(0) << true;
    QTest::newRow("10 GiB") << line + "Content-Length: 10737418240" << 413 << qint64(0) << true;
    QTest::newRow("-1") << line + "Content-Length: -1" << 400 << qint64(0) << true;
    // What QtNetwork's header parser refuses (QHttpServer 6.4 would then drop every header).
    QTest::newRow("space in a name") << line + "Bad Header: 1\r\nContent-Length: 5" << 400 << qint64(0) << true;
    QTest::newRow("obs-fold") << line + "X-A: 1\r\n folded\r\nContent-Length: 5" << 400 << qint64(0) << true;
    QTest::newRow("no colon") << line + "NoColon\r\nContent-Length: 5" << 400 << qint64(0) << true;
    QTest::newRow("100 fields") << line + QByteArray("X-F: 1\r\n").repeated(98) + "Content-Length: 5" << 0 << qint64(5)
                                << false;
    QTest::newRow("101 fields") << line + QByteArray("X-F: 1\r\n").repeated(99) + "Content-Length: 5" << 431
                                << qint64(0) << true;
    QTest::newRow("8 KiB field") << line + "X-B: " + QByteArray(8192 - 5, 'b') << 0 << qint64(0) << false;
    QTest::newRow("8 KiB + 1 field") << line + "X-B: " + QByteArray(8192 - 4, 'b') << 431 << qint64(0) << true;
    QTest::newRow("2^64-1") << line + "Content-Length: 18446744073709551615" << 400 << qint64(0) << true;
    QTest::newRow("+5") << line + "Content-Length: +5" << 400 << qint64(0) << true;
    QTest::newRow("empty") << line + "Content-Length:" << 400 << qint64(0) << true;
    QTest::newRow("two different") << line + "Content-Length: 5\r\nContent-Length: 6" << 400 << qint64(0) << true;
    QTest::newRow("two equal") << line + "Content-Length: 5\r\nContent-Length: 5" << 0 << qint64(5) << false;
    QTest::newRow("chunked") << line + "Transfer-Encoding: chunked" << 411 << qint64(0) << true;
    QTest::newRow("Connection: close") << line + "Connection: close" << 0 << qint64(0) << true;
    QTest::newRow("HTTP/1.0") << QByteArray("GET /api/info HTTP/1.0") << 0 << qint64(0) << true;
    QTest::newRow("HTTP/1.0 keep-alive") << QByteArray("GET /api/info HTTP/1.0\r\nConnection: Keep-Alive") << 0
                                         << qint64(0) << false;
    QTest::newRow("bare LF") << QByteArray("POST /x HTTP/1.1\nContent-Length: 3") << 0 << qint64(3) << false;
}

void TestServerGuards::requestHead()
{
    QFETCH(QByteArray, head);
    QFETCH(int, refusal);
    QFETCH(qint64, bodyLength);
    QFETCH(bool, close);
    const RequestHead parsed = RequestHead::parse(head, 1024 * 1024);
    QCOMPARE(parsed.refusalStatus, refusal);
    QCOMPARE(parsed.bodyLength, bodyLength);
    QCOMPARE(parsed.closeAfterResponse, close);
    QCOMPARE(parsed.refusalMessage.isEmpty(), refusal == 0);
}

void TestServerGuards::throttleDelaysAfterFreeFailures()
{
    std::atomic<bool> on{true};
    LoginThrottle throttle(on);
    const QHostAddress address(QStringLiteral("192.0.2.1"));
    for (int i = 0; i < LoginThrottle::FreeFailures; ++i) {
        QCOMPARE(throttle.admit(address), 0);
        throttle.recordFailure(address);
    }
    // The next attempt waits; attempts sent together are spaced out, each later than the last.
    const qint64 first = throttle.admit(address);
    QVERIFY(first >= LoginThrottle::FirstDelayMs - 50);
    throttle.recordFailure(address);
    const qint64 second = throttle.admit(address);
    QVERIFY2(second > first, qPrintable(QStringLiteral("%1 then %2").arg(first).arg(second)));
    // Past a minute of attempts queued, an address is refused at once.
    qint64 wait = 0;
    for (int i = 0; i < 100 && wait >= 0; ++i) {
        throttle.recordFailure(address);
        wait = throttle.admit(address);
    }
    QCOMPARE(wait, -1);
    throttle.clear();
    QCOMPARE(throttle.admit(address), 0);
}

void TestServerGuards::throttleIsPerAddressAndIPv6Prefix()
{
    std::atomic<bool> on{true};
    LoginThrottle throttle(on);
    const QHostAddress attacker(QStringLiteral("2001:db8:1:2::10"));
    for (int i = 0; i < LoginThrottle::FreeFailures + 2; ++i)
        throttle.recordFailure(attacker);
    QVERIFY(throttle.admit(attacker) > 0);
    // The same /64 is the same client; another /64 and an IPv4 address are not slowed.
    QVERIFY(throttle.admit(QHostAddress(QStringLiteral("2001:db8:1:2::99"))) > 0);
    QCOMPARE(throttle.admit(QHostAddress(QStringLiteral("2001:db8:1:3::10"))), 0);
    QCOMPARE(throttle.admit(QHostAddress(QStringLiteral("192.0.2.7"))), 0);
}

void TestServerGuards::throttleOffChangesNothing()
{
    std::atomic<bool> off{false};
    LoginThrottle throttle(off);
    const QHostAddress address(QStringLiteral("192.0.2.1"));
    for (int i = 0; i < 50; ++i)
        throttle.recordFailure(address);
    QCOMPARE(throttle.admit(address), 0);
    QCOMPARE(throttle.trackedAddresses(), 0);
}

void TestServerGuards::throttleMemoryIsBounded()
{
    std::atomic<bool> on{true};
    LoginThrottle throttle(on);
    for (quint32 i = 0; i < LoginThrottle::MaxAddresses + 500; ++i)
        throttle.recordFailure(QHostAddress(0x0A000000u + i));
    QVERIFY(throttle.trackedAddresses() <= LoginThrottle::MaxAddresses);
}

void TestServerGuards::lockIgnoresOverlongIdentities()
{
    std::atomic<int> maxFailures{1};
    std::atomic<int> seconds{900};
    LoginGuard guard(maxFailures, seconds);
    const QString overlong = QString(LoginGuard::MaxIdentityLength + 1, QLatin1Char('a'));
    guard.recordFailure(overlong);
    QCOMPARE(guard.trackedIdentities(), 0);
    QVERIFY(!guard.isLocked(overlong));
    // Off (0, the default): nothing is tracked at all.
    maxFailures = 0;
    guard.recordFailure(QStringLiteral("a@example.com"));
    QCOMPARE(guard.trackedIdentities(), 0);
}

void TestServerGuards::lockMemoryIsBounded()
{
    std::atomic<int> maxFailures{3};
    std::atomic<int> seconds{900};
    LoginGuard guard(maxFailures, seconds);
    guard.recordFailure(QStringLiteral("victim@example.com"));
    guard.recordFailure(QStringLiteral("victim@example.com"));
    guard.recordFailure(QStringLiteral("victim@example.com"));
    QVERIFY(guard.isLocked(QStringLiteral("victim@example.com")));
    for (int i = 0; i < LoginGuard::MaxTracked + 500; ++i)
        guard.recordFailure(QStringLiteral("x%1@example.com").arg(i));
    QVERIFY(guard.trackedIdentities() <= LoginGuard::MaxTracked);
    // Counts that locked nothing are forgotten before a lock is.
    QVERIFY(guard.isLocked(QStringLiteral("victim@example.com")));
}

void TestServerGuards::identityText()
{
    QCOMPARE(IdentityText::normalized(QStringLiteral(" jose\u0301@example.com ")),
             QStringLiteral("jos\u00e9@example.com"));
    QVERIFY(!IdentityText::hasInvisibleCharacter(QStringLiteral("jos\u00e9 o'neil@example.com")));
    for (const char16_t c :
         {u'\u0000', u'\u001b', u'\u00a0', u'\u200b', u'\u202e', u'\u2028', u'\u2800', u'\u3000', u'\u3164', u'\ufeff'})
        QVERIFY2(IdentityText::hasInvisibleCharacter(QStringLiteral("a") + QChar(c) + QStringLiteral("b")),
                 qPrintable(QString::number(uint(c), 16)));
    // UTS #39: Latin, Cyrillic and Greek "bob@example.com" share a skeleton; another name does not.
    const QString latin = IdentityText::skeleton(QStringLiteral("bob@example.com"));
    QVERIFY(!latin.isEmpty());
    QCOMPARE(IdentityText::skeleton(QStringLiteral("b\u043eb@example.com")), latin); // Cyrillic o
    QCOMPARE(IdentityText::skeleton(QStringLiteral("b\u03bfb@example.com")), latin); // Greek omicron
    QVERIFY(IdentityText::skeleton(QStringLiteral("rob@example.com")) != latin);
}

void TestServerGuards::lockHoldsOnlyAgainstFailingHosts()
{
    std::atomic<int> maxFailures{3};
    std::atomic<int> seconds{900};
    LoginGuard guard(maxFailures, seconds);
    const QHostAddress stranger(QStringLiteral("192.0.2.9"));
    for (int i = 0; i < 3; ++i)
        guard.recordFailure(QStringLiteral("alice@example.com"), stranger);
    QVERIFY(guard.isLocked(QStringLiteral("alice@example.com"), stranger));
    QVERIFY(guard.isLocked(QStringLiteral("alice@example.com"))); // any host
    QVERIFY(!guard.isLocked(QStringLiteral("alice@example.com"), QHostAddress(QStringLiteral("198.51.100.1"))));
}

void TestServerGuards::sessionPolicies()
{
    std::atomic<int> timeout{3600};
    SessionRegistry sessions(timeout);
    SessionRegistry::Refusal refusal = SessionRegistry::Refusal::None;

    SessionRegistry::OpenPolicy multiple;
    multiple.multipleLogins = true;
    multiple.maxLogins = 2;
    const QString a = sessions.open(QStringLiteral("U1"), multiple, &refusal);
    const QString b = sessions.open(QStringLiteral("U1"), multiple, &refusal);
    QVERIFY(sessions.open(QStringLiteral("U1"), multiple, &refusal).isEmpty());
    QCOMPARE(refusal, SessionRegistry::Refusal::TooManyLogins);
    QCOMPARE(sessions.touch(a), QStringLiteral("U1"));
    QCOMPARE(sessions.touch(b), QStringLiteral("U1"));
    QVERIFY(sessions.close(a));
    QVERIFY(!sessions.open(QStringLiteral("U1"), multiple, &refusal).isEmpty());

    SessionRegistry::OpenPolicy refuse;
    refuse.refuseSecondLogin = true;
    const QString first = sessions.open(QStringLiteral("U2"), refuse, &refusal);
    QVERIFY(sessions.open(QStringLiteral("U2"), refuse, &refusal).isEmpty());
    QCOMPARE(refusal, SessionRegistry::Refusal::SecondLogin);
    QCOMPARE(sessions.touch(first), QStringLiteral("U2"));
    // An expired session does not count as the first login.
    timeout = 0;
    QVERIFY(!sessions.open(QStringLiteral("U2"), refuse, &refusal).isEmpty());
    QCOMPARE(refusal, SessionRegistry::Refusal::None);
}

void TestServerGuards::jsonDepth()
{
    QJsonValue value(1);
    for (int i = 0; i < MaxJsonDepth; ++i)
        value = QJsonArray{value};
    QVERIFY(!nestsDeeperThan(value, MaxJsonDepth));
    QVERIFY(nestsDeeperThan(QJsonArray{value}, MaxJsonDepth));
    Column column;
    column.name = QStringLiteral("tags");
    column.type = ColumnType::Json;
    QVariant sql;
    QString error;
    QVERIFY(column.toSql(value, &sql, &error));
    QVERIFY(!column.toSql(QJsonArray{value}, &sql, &error));
    QVERIFY(error.contains(QStringLiteral("100")));
}

void TestServerGuards::walIsCheckpointedInTheBackground()
{
    // A writer whose own checkpoints are off: its pages stay in the WAL until the checkpointer,
    // on its thread and connection, copies them into the database file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wal.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
        for (int i = 0; i < 200; ++i)
            QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('%1')").arg(QString(500, QLatin1Char('x')))));
        const qint64 before = QFileInfo(path).size();
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 100 * 1024);
        {
            WalCheckpointer checkpointer(path);
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + 50 * 1024, 5000);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

QTEST_GUILESS_MAIN(TestServerGuards)
#include "tst_serverguards.moc"
