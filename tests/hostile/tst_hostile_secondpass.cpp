// The second hostile pass on the real profiledesk-server (issue 25): header desync, pipelined
// requests, rows that grow without bound and answers nobody reads, login bursts, locks lifted by
// a reset request, connection slots held by idle keep-alives, and the low items. Each test
// asserts the answer, the server's memory (VmHWM from /proc) and a GET /info answered within
// 50 ms during and after the attack.

#include "hostilechecks.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <limits>
#include <memory>
#include <vector>

using namespace Hostile;

namespace {

constexpr qint64 KiB = 1024;
const QHostAddress Stranger(QStringLiteral("127.0.0.2"));

// Memory the attack added: the peak since `peakBefore` (VmHWM), in KiB.
#define HOSTILE_EXPECT_BOUNDED_MEMORY(server, peakBefore, label)                                                       \
    do {                                                                                                               \
        const qint64 growth = (server).peakRssKiB() - (peakBefore);                                                    \
        qInfo("%s: peak RSS growth %lld KiB", label, growth);                                                          \
        QVERIFY2(growth < MaxGrowthKiB, qPrintable(QString::number(growth)));                                          \
    } while (false)

QJsonObject credentials(const QString &login, const QString &password)
{
    return {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
}

QByteArray tokenOf(const RawResponse &login)
{
    return login.object().value(QStringLiteral("user-token")).toString().toUtf8();
}

// The longest GET /info of `count` probes `gapMs` apart, or -1 if one was not answered.
qint64 slowestProbe(quint16 port, int count, int gapMs)
{
    qint64 slowest = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 ms = probeInfoMs(port);
        if (ms < 0)
            return -1;
        slowest = qMax(slowest, ms);
        QTest::qWait(gapMs);
    }
    return slowest;
}

QByteArray staffToken(quint16 port)
{
    return tokenOf(call(port, "POST", "/api/users/login",
                        credentials(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))));
}

// Writes `characters` characters into `column` of the user `email`, straight into the running
// server's database file: a value as large as rows stored before the server bounded values
// (issue 25, item 3) may still hold. The server sees it on its next read.
bool storeLegacyValue(const HostileServer &server, const QString &email, const QString &column, int characters)
{
    const QString connection = QStringLiteral("legacy-value");
    bool stored = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(server.databaseDir() + QStringLiteral("/users.db"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
            query.prepare(QStringLiteral("UPDATE \"Users\" SET \"%1\" = ? WHERE \"email\" = ?").arg(column));
            query.addBindValue(QString(characters, QLatin1Char('a')));
            query.addBindValue(email);
            stored = query.exec() && query.numRowsAffected() == 1;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return stored;
}

// The objectId and a token of alice, whose bio holds a legacy value of `characters` characters:
// each GET of her row answers about that many bytes.
struct WideRow
{
    QByteArray objectId;
    QByteArray token;
};
WideRow aliceWithALegacyBio(const HostileServer &server, int characters)
{
    const RawResponse login = call(server.port(), "POST", "/api/users/login",
                                   credentials(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")));
    if (!storeLegacyValue(server, QStringLiteral("alice@example.com"), QStringLiteral("bio"), characters))
        return {};
    return {login.object().value(QStringLiteral("objectId")).toString().toUtf8(), tokenOf(login)};
}

} // namespace

class TestHostileSecondPass : public QObject
{
    Q_OBJECT

private slots:
    void headerDesync_data();
    void headerDesync();
    void pipelinedRequestsCostLinearTime();
    void rowsAreBounded();
    void unreadAnswersAreBounded();
    void unreadAnswersPastTheConnectionCap();
    void unreadAnswersPastTheHostCap();
    void throttleCountsAttemptsOnArrival();
    void ownerGetsAShareOfTheHashPool();
    void resetRequestDoesNotLiftLock();
    void idleKeepAlivesMakeRoom();
    void repeatedColumnsInPropsAndSortBy();
    void lookAlikeIdentities();
    void likePatternsAreBounded();
};

void TestHostileSecondPass::headerDesync_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::newRow("space in a field name") << QByteArray("Bad Header: 1\r\n") << 400;
    QTest::newRow("obs-fold") << QByteArray("X-Folded: 1\r\n continued\r\n") << 400;
    QByteArray many;
    for (int i = 0; i < 101; ++i)
        many += "X-F" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("101 fields") << many << 431;
    QTest::newRow("a field over 8 KiB") << "X-Big: " + QByteArray(8200, 'a') + "\r\n" << 431;
}

void TestHostileSecondPass::headerDesync()
{
    // Item 1: a header QtNetwork's parser refuses made QHttpServer drop every header while the
    // guard counted the body; 512 such connections held every slot for 160 s. Now each is refused
    // and closed at once.
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    HOSTILE_START(server);
    const qint64 peakBefore = server.peakRssKiB();
    std::vector<std::unique_ptr<RawConnection>> attackers;
    for (int i = 0; i < 64; ++i) {
        attackers.push_back(std::make_unique<RawConnection>(server.port(), Stranger));
        attackers.back()->send("POST /api/users/login HTTP/1.1\r\nHost: x\r\n" + header
                               + "Content-Type: application/json\r\nContent-Length: 40\r\n\r\n");
    }
    HOSTILE_EXPECT_PROMPT(server.port(), "during the attack");
    QElapsedTimer held;
    held.start();
    for (const auto &attacker : attackers) {
        const RawResponse response = attacker->readResponse(3000);
        QCOMPARE(response.status, status);
        QCOMPARE(response.code(), status);
        QVERIFY(attacker->waitClosed(3000));
    }
    qInfo("item 1: 64 desync connections answered %d and closed within %lld ms", status, held.elapsed());
    HOSTILE_EXPECT_BOUNDED_MEMORY(server, peakBefore, "item 1");
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
}

void TestHostileSecondPass::pipelinedRequestsCostLinearTime()
{
    // Item 2: 1 MiB of tiny pipelined GETs in one write stalled the server for 20.7 s. Now the
    // guard reads each head once, and cuts a client more than 32 requests ahead of its answers.
    HOSTILE_START(server);
    const qint64 peakBefore = server.peakRssKiB();
    const QByteArray one("GET /api/info HTTP/1.1\r\nHost: x\r\n\r\n");
    const qint64 total = HostileServer::sanitized() ? 256 * KiB : 1024 * KiB;
    QByteArray bytes;
    bytes.reserve(total + one.size());
    while (bytes.size() < total)
        bytes += one;
    RawConnection attacker(server.port(), Stranger);
    QElapsedTimer timer;
    timer.start();
    attacker.push(bytes, 2000);
    const qint64 slowest = slowestProbe(server.port(), 10, 50);
    qInfo("item 2: %lld KiB of pipelined GETs; slowest GET /info meanwhile %lld ms", total / KiB, slowest);
    QVERIFY2(slowest >= 0 && slowest < PromptMs, qPrintable(QString::number(slowest)));
    QVERIFY(attacker.waitClosed(3000));
    // Pipelining within the bound is served in order.
    RawConnection client(server.port());
    client.send(one.repeated(32));
    for (int i = 0; i < 32; ++i)
        QCOMPARE(client.readResponse(3000).status, 200);
    HOSTILE_EXPECT_BOUNDED_MEMORY(server, peakBefore, "item 2");
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
}

void TestHostileSecondPass::rowsAreBounded()
{
    // Item 3: a self-registered user grew a 40 MB row, 1 MB of TEXT per PUT. A value (here 500,000 characters) longer
    // than its column type holds, and a row past its bound, are refused with 3024.
    HOSTILE_START(server);
    const qint64 peakBefore = server.peakRssKiB();
    QCOMPARE(call(server.port(), "POST", "/api/users/register",
                  {{QStringLiteral("email"), QStringLiteral("big@example.com")},
                   {QStringLiteral("name"), QStringLiteral("Big")},
                   {QStringLiteral("password"), QStringLiteral("Big-pass-1")}})
                 .status,
             200);
    const RawResponse login = call(server.port(), "POST", "/api/users/login",
                                   credentials(QStringLiteral("big@example.com"), QStringLiteral("Big-pass-1")));
    const QByteArray token = tokenOf(login);
    const QByteArray path = "/api/users/" + login.object().value(QStringLiteral("objectId")).toString().toUtf8();
    const RawResponse huge =
        call(server.port(), "PUT", path, {{QStringLiteral("huge"), QString(500000, QLatin1Char('h'))}}, token);
    QCOMPARE(huge.status, 400);
    QCOMPARE(huge.code(), 3024);
    int accepted = 0;
    RawResponse refused;
    for (int i = 0; i < 40 && refused.status == 0; ++i) {
        const RawResponse put =
            call(server.port(), "PUT", path, {{QStringLiteral("t%1").arg(i), QString(3000, QLatin1Char('t'))}}, token);
        if (put.status == 200)
            ++accepted;
        else
            refused = put;
    }
    qInfo("item 3: %d TEXT values of 3,000 characters accepted before the row's bound", accepted);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), 3024);
    QVERIFY(accepted >= 4);
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
    HOSTILE_EXPECT_BOUNDED_MEMORY(server, peakBefore, "item 3");
}

void TestHostileSecondPass::unreadAnswersAreBounded()
{
    // Item 3: connections that ask for a large row again and again and never read held 5.1 GB;
    // the unread answer bytes were only checked when the next request arrived.
    HOSTILE_START(server);
    QCOMPARE(call(server.port(), "POST", "/api/users/register",
                  {{QStringLiteral("email"), QStringLiteral("wide@example.com")},
                   {QStringLiteral("name"), QStringLiteral("Wide")},
                   {QStringLiteral("password"), QStringLiteral("Wide-pass-1")}})
                 .status,
             200);
    const RawResponse login = call(server.port(), "POST", "/api/users/login",
                                   credentials(QStringLiteral("wide@example.com"), QStringLiteral("Wide-pass-1")));
    const QByteArray token = tokenOf(login);
    const QByteArray objectId = login.object().value(QStringLiteral("objectId")).toString().toUtf8();
    // The row as large as the server lets it grow (or 40 values of 3,000 characters).
    int values = 0;
    while (values < 40
           && call(server.port(), "PUT", "/api/users/" + objectId,
                   {{QStringLiteral("w%1").arg(values), QString(3000, QLatin1Char('w'))}}, token)
                   .status
               == 200)
        ++values;
    const QByteArray get =
        RawConnection::request("GET", "/api/data/Users/" + objectId, QByteArray(), "user-token: " + token + "\r\n");
    const QByteArray pipelined = get.repeated(30);
    const qint64 peakBefore = server.peakRssKiB();
    std::vector<std::unique_ptr<RawConnection>> readers;
    for (int i = 0; i < 32; ++i) {
        readers.push_back(std::make_unique<RawConnection>(server.port(), Stranger));
        readers.back()->push(pipelined, 1000);
    }
    const qint64 slowest = slowestProbe(server.port(), 10, 100);
    QVERIFY2(slowest >= 0 && slowest < PromptMs, qPrintable(QString::number(slowest)));
    const qint64 growth = server.peakRssKiB() - peakBefore;
    qInfo("item 3: 32 connections x 30 pipelined GETs of a %d-character row, never read: peak RSS growth %lld KiB, "
          "slowest GET /info %lld ms",
          values * 3000, growth, slowest);
    QVERIFY2(growth < MaxGrowthKiB, qPrintable(QString::number(growth)));
    readers.clear();
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
}

void TestHostileSecondPass::unreadAnswersPastTheConnectionCap()
{
    // Item 3, the cap itself: one connection that asks for a 250 KB row 60 times, one request at a
    // time, and reads nothing passes 8 MiB of unread answers (TransportLimits::
    // maxUnreadAnswerBytes) once the kernel's buffers are full. The server cuts it, holds no more
    // than the cap meanwhile, and answers everyone else, the same host's next connection included.
    // (Sent as one pipelined batch of 1 MB answers, they are built in one turn of the server's
    // loop: GET /info then waited 55-79 ms on this 2-core machine at load 18, the cost of building
    // ~12 MB of JSON, not of holding it; single 1 MB answers still cost up to 56 ms there.)
    HOSTILE_START(server);
    const WideRow alice = aliceWithALegacyBio(server, 250000);
    QVERIFY(!alice.objectId.isEmpty());
    const QByteArray get = RawConnection::request("GET", "/api/data/Users/" + alice.objectId, QByteArray(),
                                                  "user-token: " + alice.token + "\r\n");
    const qint64 peakBefore = server.peakRssKiB();
    RawConnection reader(server.port(), Stranger);
    reader.stopReading();
    qint64 slowest = 0;
    for (int i = 0; i < 60; ++i) {
        reader.push(get, 200);
        const qint64 ms = probeInfoMs(server.port());
        slowest = ms < 0 ? 5000 : qMax(slowest, ms);
    }
    QElapsedTimer held;
    held.start();
    QVERIFY2(reader.waitClosed(10000), "the server kept a connection with 15 MB of answers unread");
    const qint64 growth = server.peakRssKiB() - peakBefore;
    qInfo("item 3: 60 GETs of a 250 KB row on one connection, never read: cut %lld ms after the last, "
          "peak RSS growth %lld KiB, slowest GET /info %lld ms",
          held.elapsed(), growth, slowest);
    QVERIFY2(slowest < PromptMs, qPrintable(QString::number(slowest)));
    QVERIFY2(growth < MaxGrowthKiB, qPrintable(QString::number(growth)));
    RawConnection next(server.port(), Stranger);
    next.send(get);
    const RawResponse answer = next.readResponse(5000);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("bio")).toString().size(), 250000);
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
}

void TestHostileSecondPass::unreadAnswersPastTheHostCap()
{
    // Item 3, the host's cap: 8 connections from one address, each asking for the 250 KB row 28
    // times (7 MB: under the connection's 8 MiB whatever the kernel buffers), one request at a
    // time round the connections, and reading nothing, pass the host's 16 MiB
    // (maxUnreadAnswerBytesPerAddress) together. The server cuts that host's connections that
    // leave answers unread; another host is answered meanwhile.
    HOSTILE_START(server);
    const WideRow alice = aliceWithALegacyBio(server, 250000);
    QVERIFY(!alice.objectId.isEmpty());
    const QByteArray get = RawConnection::request("GET", "/api/data/Users/" + alice.objectId, QByteArray(),
                                                  "user-token: " + alice.token + "\r\n");
    const QHostAddress host(QStringLiteral("127.0.0.3"));
    const qint64 peakBefore = server.peakRssKiB();
    std::vector<std::unique_ptr<RawConnection>> readers;
    for (int i = 0; i < 8; ++i) {
        readers.push_back(std::make_unique<RawConnection>(server.port(), host));
        readers.back()->stopReading();
    }
    qint64 slowest = 0;
    for (int round = 0; round < 28; ++round) {
        for (const auto &reader : readers) {
            reader->push(get, 200);
            const qint64 ms = probeInfoMs(server.port());
            slowest = ms < 0 ? 5000 : qMax(slowest, ms);
        }
    }
    RawConnection other(server.port(), Stranger);
    other.send(get);
    QCOMPARE(other.readResponse(5000).status, 200);
    int cut = 0;
    for (const auto &reader : readers)
        cut += reader->waitClosed(cut == 0 ? 10000 : 500) ? 1 : 0;
    const qint64 growth = server.peakRssKiB() - peakBefore;
    qInfo("item 3: 8 connections x 28 GETs of a 250 KB row from one host, never read: %d of 8 cut, "
          "peak RSS growth %lld KiB, slowest GET /info %lld ms",
          cut, growth, slowest);
    QVERIFY2(slowest < PromptMs, qPrintable(QString::number(slowest)));
    QVERIFY2(cut >= 1, "no connection of the host was cut");
    QVERIFY2(growth < MaxGrowthKiB, qPrintable(QString::number(growth)));
    RawConnection next(server.port(), host);
    next.send(get);
    QCOMPARE(next.readResponse(5000).status, 200);
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
}

void TestHostileSecondPass::throttleCountsAttemptsOnArrival()
{
    // Item 4: 600 guesses sent together from one address were all checked (12.4 s of hashing)
    // before any failure counted, and the owner on another address waited 11.4 s. Now attempts
    // count when they arrive: a burst is spaced out before it costs hashes.
    HOSTILE_START(server);
    const qint64 peakBefore = server.peakRssKiB();
    const int connections = HostileServer::sanitized() ? 10 : 30;
    const int perConnection = 20; // within the pipelining bound
    const QByteArray guess = RawConnection::request(
        "POST", "/api/users/login",
        QJsonDocument(credentials(QStringLiteral("alice@example.com"), QStringLiteral("wrong-guess")))
            .toJson(QJsonDocument::Compact));
    std::vector<std::unique_ptr<RawConnection>> attackers;
    for (int i = 0; i < connections; ++i) {
        attackers.push_back(std::make_unique<RawConnection>(server.port(), Stranger));
        attackers.back()->send(guess.repeated(perConnection));
    }
    QTest::qWait(200);
    QElapsedTimer owner;
    owner.start();
    const RawResponse ownLogin = call(server.port(), "POST", "/api/users/login",
                                      credentials(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")));
    const qint64 ownerWait = owner.elapsed();
    HOSTILE_EXPECT_PROMPT(server.port(), "during the burst");
    // What the burst got checked in its first three seconds (each answer in order per connection).
    QElapsedTimer window;
    window.start();
    int checked = 0;
    int throttled = 0;
    for (const auto &attacker : attackers) {
        for (int i = 0; i < perConnection; ++i) {
            const RawResponse answer = attacker->readResponse(int(qMax<qint64>(1, 3000 - window.elapsed())));
            if (answer.status == 0)
                break;
            checked += answer.code() == 3003 ? 1 : 0;
            throttled += answer.status == 429 ? 1 : 0;
        }
    }
    qInfo("item 4: %d guesses sent together: %d checked and %d answered 429 within 3 s; the owner's login took %lld ms",
          connections * perConnection, checked, throttled, ownerWait);
    QCOMPARE(ownLogin.status, 200);
    QVERIFY2(ownerWait < 1000, qPrintable(QString::number(ownerWait)));
    QVERIFY2(checked <= 12, qPrintable(QString::number(checked)));
    HOSTILE_EXPECT_BOUNDED_MEMORY(server, peakBefore, "item 4");
    attackers.clear();
    HOSTILE_EXPECT_PROMPT(server.port(), "after the burst");
}

void TestHostileSecondPass::ownerGetsAShareOfTheHashPool()
{
    // Item 4, second half: the hash pool is shared, so guesses that several addresses send
    // together (each admitted up to the throttle's free failures, then spaced) queued ahead of the
    // owner signing in from an address with no failures. Hosts without failures or other attempts
    // in flight now have a lane of their own: the owner waits for the hashes being computed, not
    // for the queue.
    HOSTILE_START(server);
    const QHostAddress ownerHost(QStringLiteral("127.0.0.9"));
    const QJsonObject owner = credentials(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
    // The baseline, in this run: the owner's login with nothing else going on (the best of three).
    qint64 baseline = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        RawConnection connection(server.port(), ownerHost);
        connection.send(
            RawConnection::request("POST", "/api/users/login", QJsonDocument(owner).toJson(QJsonDocument::Compact)));
        const RawResponse answer = connection.readResponse(15000);
        QCOMPARE(answer.status, 200);
        baseline = qMin(baseline, answer.elapsedMs);
    }
    const qint64 peakBefore = server.peakRssKiB();
    const QByteArray guess = RawConnection::request(
        "POST", "/api/users/login",
        QJsonDocument(credentials(QStringLiteral("alice@example.com"), QStringLiteral("wrong-guess")))
            .toJson(QJsonDocument::Compact));
    std::vector<std::unique_ptr<RawConnection>> attackers;
    for (int host = 2; host <= 5; ++host) {
        for (int connection = 0; connection < 4; ++connection) {
            attackers.push_back(
                std::make_unique<RawConnection>(server.port(), QHostAddress(QStringLiteral("127.0.0.%1").arg(host))));
            attackers.back()->send(guess.repeated(8));
        }
    }
    QTest::qWait(100);
    RawConnection connection(server.port(), ownerHost);
    connection.send(
        RawConnection::request("POST", "/api/users/login", QJsonDocument(owner).toJson(QJsonDocument::Compact)));
    const RawResponse ownLogin = connection.readResponse(30000);
    HOSTILE_EXPECT_PROMPT(server.port(), "during the bursts");
    // A few hashes: the ones being computed when the owner arrived, and the owner's own.
    const qint64 bound = 4 * baseline + 100;
    qInfo("item 4: 4 addresses x 32 guesses sent together; the owner's login took %lld ms (alone: %lld ms, bound "
          "%lld ms)",
          ownLogin.elapsedMs, baseline, bound);
    QCOMPARE(ownLogin.status, 200);
    QVERIFY2(ownLogin.elapsedMs < bound, qPrintable(QString::number(ownLogin.elapsedMs)));
    HOSTILE_EXPECT_BOUNDED_MEMORY(server, peakBefore, "item 4, owner's share");
    attackers.clear();
    HOSTILE_EXPECT_PROMPT(server.port(), "after the bursts");
}

void TestHostileSecondPass::resetRequestDoesNotLiftLock()
{
    // Item 5: an anonymous GET /users/restorepassword/... lifted the opt-in lock, so a stranger
    // could guess without limit by asking for a reset between pairs of tries; and a stranger
    // could lock the owner out.
    HOSTILE_START(server,
                  {QStringLiteral("--failed-logins-lock"), QStringLiteral("3"), QStringLiteral("--login-throttle"),
                   QStringLiteral("off")});
    const qint64 peakBefore = server.peakRssKiB();
    const auto guess = [&]() {
        RawConnection connection(server.port(), Stranger);
        connection.send(RawConnection::request(
            "POST", "/api/users/login",
            QJsonDocument(credentials(QStringLiteral("alice@example.com"), QStringLiteral("wrong")))
                .toJson(QJsonDocument::Compact)));
        return connection.readResponse(5000);
    };
    int locked = 0;
    int checked = 0;
    for (int round = 0; round < 20; ++round) {
        for (int i = 0; i < 2; ++i) {
            const RawResponse answer = guess();
            locked += answer.code() == 3036 ? 1 : 0;
            checked += answer.code() == 3003 ? 1 : 0;
        }
        RawConnection reset(server.port(), Stranger);
        reset.send(RawConnection::request("GET", "/api/users/restorepassword/alice%40example.com"));
        QCOMPARE(reset.readResponse(5000).status, 200);
    }
    HOSTILE_EXPECT_PROMPT(server.port(), "during the guessing");
    qInfo("item 5: 40 guesses with a reset request after every second: %d checked, %d refused 3036", checked, locked);
    QCOMPARE(checked, 3);
    QCOMPARE(locked, 37);
    // The owner, on an address that never failed, is not kept out by the stranger's lock.
    const RawResponse owner = call(server.port(), "POST", "/api/users/login",
                                   credentials(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")));
    QCOMPARE(owner.status, 200);
    HOSTILE_EXPECT_BOUNDED_MEMORY(server, peakBefore, "item 5");
    HOSTILE_EXPECT_PROMPT(server.port(), "after the guessing");
}

void TestHostileSecondPass::idleKeepAlivesMakeRoom()
{
    // Item 6: keep-alive connections from four addresses, each sending a request now and then,
    // kept everyone else on 503. Now the longest-idle one makes room for a newcomer.
    HOSTILE_START(server,
                  {QStringLiteral("--max-connections"), QStringLiteral("64"),
                   QStringLiteral("--max-connections-per-address"), QStringLiteral("16")});
    const qint64 peakBefore = server.peakRssKiB();
    std::vector<std::unique_ptr<RawConnection>> held;
    for (int address = 2; address <= 5; ++address) {
        for (int i = 0; i < 16; ++i) {
            held.push_back(std::make_unique<RawConnection>(server.port(),
                                                           QHostAddress(QStringLiteral("127.0.0.%1").arg(address))));
            held.back()->send(RawConnection::request("GET", "/api/info"));
            QCOMPARE(held.back()->readResponse(3000).status, 200);
        }
    }
    HOSTILE_EXPECT_PROMPT(server.port(), "while every slot is held by an idle keep-alive");
    // The newcomer's slot came from the longest-idle connection, which was closed.
    QVERIFY(held.front()->waitClosed(3000));
    HOSTILE_EXPECT_BOUNDED_MEMORY(server, peakBefore, "item 6");
    held.clear();
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
}

void TestHostileSecondPass::repeatedColumnsInPropsAndSortBy()
{
    // Low item: props or sortBy naming one column 3,000 times was a 500 (SQLite refuses more than
    // 2,000 result columns); now 1017 past 1,000 names, and a repeated name is selected once.
    HOSTILE_START(server);
    const qint64 peakBefore = server.peakRssKiB();
    const QByteArray staff =
        tokenOf(call(server.port(), "POST", "/api/users/login",
                     credentials(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))));
    const QByteArray names = QByteArray("name,").repeated(3000);
    for (const QByteArray &key : {QByteArray("props"), QByteArray("sortBy")}) {
        const RawResponse response =
            call(server.port(), "GET", "/api/data/Users?pageSize=5&" + key + '=' + names, {}, staff);
        qInfo("%s naming a column 3,000 times: %d/%d", key.constData(), response.status, response.code());
        QCOMPARE(response.status, 400);
        QCOMPARE(response.code(), 1017);
    }
    const RawResponse twice =
        call(server.port(), "GET", "/api/data/Users?pageSize=5&props=" + QByteArray("name,").repeated(999), {}, staff);
    QCOMPARE(twice.status, 200);
    HOSTILE_EXPECT_BOUNDED_MEMORY(server, peakBefore, "props");
    HOSTILE_EXPECT_PROMPT(server.port(), "after the queries");
}

void TestHostileSecondPass::lookAlikeIdentities()
{
    // Low item: the NFC and NFD spellings of "josé@" were two accounts, and invisible characters
    // (U+3164, U+2800, NBSP, U+3000, U+2028, U+200B) were accepted inside an email.
    HOSTILE_START(server);
    const qint64 peakBefore = server.peakRssKiB();
    const auto registerAs = [&](const QString &email) {
        return call(server.port(), "POST", "/api/users/register",
                    {{QStringLiteral("email"), email},
                     {QStringLiteral("name"), QStringLiteral("Look-alike")},
                     {QStringLiteral("password"), QStringLiteral("Alike-pass-1")}});
    };
    const QString composed = QStringLiteral("jos\u00e9@example.com");
    const QString decomposed = QStringLiteral("jose\u0301@example.com");
    QCOMPARE(registerAs(composed).status, 200);
    const RawResponse second = registerAs(decomposed);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.code(), 3033);
    QCOMPARE(
        call(server.port(), "POST", "/api/users/login", credentials(decomposed, QStringLiteral("Alike-pass-1"))).status,
        200);
    for (const char16_t invisible : {u'\u3164', u'\u2800', u'\u00a0', u'\u3000', u'\u2028', u'\u200b', u'\u202e'}) {
        const RawResponse response =
            registerAs(QStringLiteral("bo") + QChar(invisible) + QStringLiteral("b@example.com"));
        QVERIFY2(response.status == 400 && response.code() == 3040,
                 qPrintable(QStringLiteral("U+%1: %2/%3")
                                .arg(uint(invisible), 4, 16, QLatin1Char('0'))
                                .arg(response.status)
                                .arg(response.code())));
    }
    HOSTILE_EXPECT_BOUNDED_MEMORY(server, peakBefore, "look-alikes");
    HOSTILE_EXPECT_PROMPT(server.port(), "after the registrations");
}

void TestHostileSecondPass::likePatternsAreBounded()
{
    // Low: a 2,000-character LIKE pattern with wildcards over a 1,000,000-character value (stored
    // before values were bounded) stalled the server for 4.8 s: SQLite tries the rest of the
    // pattern at each position of the value. Such a pattern is refused past 200 characters, and
    // one within the bound looks at the first 3,000 characters of a value.
    HOSTILE_START(server);
    QVERIFY(!aliceWithALegacyBio(server, 1000000).objectId.isEmpty());
    const QByteArray staff = staffToken(server.port());
    const qint64 peakBefore = server.peakRssKiB();
    const auto find = [&](const QString &where) {
        return RawConnection::request(
            "POST", "/api/data/Users/find",
            QJsonDocument(QJsonObject{{QStringLiteral("where"), where}}).toJson(QJsonDocument::Compact),
            "user-token: " + staff + "\r\n");
    };
    // Each run of 'a' nearly matches at every position of the value, then fails on its 'b'.
    const auto wildcards = [](int runLength) {
        return QStringLiteral("bio LIKE '%%1b%'").arg(QString(runLength, QLatin1Char('a')));
    };
    RawConnection refused(server.port(), Stranger);
    refused.send(find(wildcards(1998)));
    HOSTILE_EXPECT_PROMPT(server.port(), "during the 2,000-character pattern");
    const RawResponse refusal = refused.readResponse(30000);
    QCOMPARE(refusal.status, 400);
    QCOMPARE(refusal.code(), 1017);
    QVERIFY2(refusal.object().value(QStringLiteral("message")).toString().contains(QLatin1String("200 characters")),
             refusal.body.constData());
    QElapsedTimer took;
    took.start();
    RawConnection bounded(server.port(), Stranger);
    bounded.send(find(wildcards(197)));
    HOSTILE_EXPECT_PROMPT(server.port(), "during the 200-character pattern");
    const RawResponse answer = bounded.readResponse(30000);
    qInfo("low: a 200-character wildcard pattern over a 1,000,000-character value answered in %lld ms", took.elapsed());
    QCOMPARE(answer.status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer.body).array().size(), 0);
    // A prefix pattern, however long up to SQLite's own bound, still finds the value.
    const RawResponse prefix =
        call(server.port(), "POST", "/api/data/Users/find",
             {{QStringLiteral("where"), QStringLiteral("bio LIKE '%1%'").arg(QString(5000, QLatin1Char('a')))}}, staff);
    QCOMPARE(prefix.status, 200);
    QCOMPARE(QJsonDocument::fromJson(prefix.body).array().size(), 1);
    HOSTILE_EXPECT_BOUNDED_MEMORY(server, peakBefore, "low, LIKE");
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
}

QTEST_GUILESS_MAIN(TestHostileSecondPass)
#include "tst_hostile_secondpass.moc"
