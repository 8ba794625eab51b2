// RealtimeClient (app/core) at the frame level: the frames it reads (RtFrames::parse) and, against a
// scripted QWebSocketServer standing in for Backendless RT, every frame it writes: the socket URL and
// query, CONNECT, pongs, SUB_ON with `objectId = '<id>'`, SUB_OFF when the answer object is deleted,
// MET_REQ SET_USER_TOKEN, and after a dropped connection the backoff and every subscription again.
// Then once against the real local server (Server::ServerHost): an update arrives as the whole user.

#include "core/realtimeclient.h"
#include "core/rtframes.h"
#include "host/serverhost.h"
#include "httptestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocketServer>

namespace {

const QString Nsp = QStringLiteral("/app-1");

// The server side of one test: accepts connections, records what each client sends.
class FakeRt : public QObject
{
public:
    FakeRt()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QWebSocketServer::newConnection, this, [this]() {
            QWebSocket *socket = server.nextPendingConnection();
            socket->setParent(this); // the caller owns what nextPendingConnection() hands over
            urls << socket->requestUrl();
            current = socket;
            connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &m) { frames << m; });
        });
    }
    QUrl rtUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())); }
    void say(const QString &frame) { current->sendTextMessage(frame); }
    // Waits for the next frame the client sends and returns it.
    QString next()
    {
        if (m_taken >= frames.size() && !QTest::qWaitFor([this]() { return m_taken < frames.size(); }, 5000))
            return QString();
        return frames.at(m_taken++);
    }
    // Open + CONNECT answered: the client is joined.
    bool accept(int pingInterval = 25000)
    {
        if (!QTest::qWaitFor([this]() { return current != nullptr; }, 5000))
            return false;
        say(QStringLiteral(
                "0{\"sid\":\"s\",\"upgrades\":[],\"pingInterval\":%1,\"pingTimeout\":20000,\"maxPayload\":1000000}")
                .arg(pingInterval));
        if (next() != QStringLiteral("40/app-1,"))
            return false;
        say(QStringLiteral("40/app-1,{\"sid\":\"io\"}"));
        return true;
    }

    QWebSocketServer server{QStringLiteral("fake-rt"), QWebSocketServer::NonSecureMode};
    QPointer<QWebSocket> current;
    QList<QUrl> urls;
    QStringList frames;

private:
    qsizetype m_taken = 0;
};

QJsonArray args(const QString &frame, const QString &prefix = QStringLiteral("42/app-1,"))
{
    return frame.startsWith(prefix) ? QJsonDocument::fromJson(frame.mid(prefix.size()).toUtf8()).array() : QJsonArray();
}

} // namespace

class TestRtClient : public QObject
{
    Q_OBJECT

private slots:
    void frames_data();
    void frames();
    void backoffIsTheOfficialClients();
    void noRtUrlMeansOff();
    void connectsSubscribesAndUnsubscribes();
    void tokenGoesInAsMetReq();
    void reconnectsAndSubscribesAgain();
    void refusalIsReportedAndRetried();
    void waitsForANewToken();
    void againstTheLocalServer();
};

void TestRtClient::frames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    using K = RtFrames::Frame::Kind;
    QTest::newRow("open") << "0{\"sid\":\"a\"}" << int(K::Open) << QString();
    QTest::newRow("open not an object") << "0[1]" << int(K::Invalid) << QString();
    QTest::newRow("open bad json") << "0{" << int(K::Invalid) << QString();
    QTest::newRow("ping") << "2" << int(K::Ping) << QString();
    QTest::newRow("close") << "1" << int(K::Close) << QString();
    QTest::newRow("noop") << "6" << int(K::Noop) << QString();
    QTest::newRow("connected") << "40/app-1,{\"sid\":\"x\"}" << int(K::Connected) << QString();
    QTest::newRow("connect error") << "44/app-1,{\"message\":\"no\"}" << int(K::ConnectError) << QString();
    QTest::newRow("connect error not an object") << "44/app-1,\"no\"" << int(K::Invalid) << QString();
    QTest::newRow("event") << "42/app-1,[\"SUB_RES\",{\"id\":\"1\"}]" << int(K::Event) << "SUB_RES";
    QTest::newRow("event without name") << "42/app-1,[]" << int(K::Invalid) << QString();
    QTest::newRow("event name not a string") << "42/app-1,[3]" << int(K::Invalid) << QString();
    QTest::newRow("event bad json") << "42/app-1,[\"a\"" << int(K::Invalid) << QString();
    QTest::newRow("other namespace") << "42/other,[\"SUB_RES\",{}]" << int(K::Other) << QString();
    QTest::newRow("root namespace") << "42[\"SUB_RES\",{}]" << int(K::Other) << QString();
    QTest::newRow("binary event") << "451-/app-1,[\"a\",{\"_placeholder\":true}]" << int(K::Invalid) << QString();
    QTest::newRow("disconnect") << "41/app-1," << int(K::Disconnected) << QString();
    QTest::newRow("unknown engine type") << "9" << int(K::Invalid) << QString();
    QTest::newRow("empty") << "" << int(K::Invalid) << QString();
}

void TestRtClient::frames()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, name);
    const RtFrames::Frame frame = RtFrames::parse(text, Nsp);
    QCOMPARE(int(frame.kind), kind);
    QCOMPARE(frame.name, name);
}

void TestRtClient::backoffIsTheOfficialClients()
{
    // backendless-rt-client session.js: 400 ms for attempts 1-10, 800 ms for 11-20, ..., at most 60 s.
    QCOMPARE(RealtimeClient::reconnectDelayMs(0), 200); // the first attempt after a drop
    QCOMPARE(RealtimeClient::reconnectDelayMs(1), 400);
    QCOMPARE(RealtimeClient::reconnectDelayMs(10), 400);
    QCOMPARE(RealtimeClient::reconnectDelayMs(11), 800);
    QCOMPARE(RealtimeClient::reconnectDelayMs(25), 1600);
    QCOMPARE(RealtimeClient::reconnectDelayMs(1000), 60000);
}

void TestRtClient::noRtUrlMeansOff()
{
    QCOMPARE(RealtimeClient::rtUrlFromInfo(QJsonObject{{QStringLiteral("server"), QStringLiteral("x")}}), QUrl());
    QCOMPARE(RealtimeClient::rtUrlFromInfo(QJsonObject{{QStringLiteral("rtURL"), QStringLiteral("ftp://h")}}), QUrl());
    QCOMPARE(
        RealtimeClient::rtUrlFromInfo(QJsonObject{{QStringLiteral("rtURL"), QStringLiteral("https://rt.example:443")}}),
        QUrl(QStringLiteral("https://rt.example:443")));
    FakeRt fake;
    RealtimeClient client;
    client.start(QUrl(), QStringLiteral("app-1"), QStringLiteral("k"), QStringLiteral("t"));
    QVERIFY(!client.isEnabled());
    QScopedPointer<RtSubscription> subscription(client.subscribeToUser(QStringLiteral("U1")));
    QTest::qWait(300);
    QVERIFY(fake.urls.isEmpty());
}

void TestRtClient::connectsSubscribesAndUnsubscribes()
{
    FakeRt fake;
    RealtimeClient client;
    QSignalSpy connected(&client, &RealtimeClient::connectedChanged);
    // Subscribed before the connection: sent once it is joined.
    auto *subscription = client.subscribeToUser(QStringLiteral("O'Brien-1"));
    client.start(fake.rtUrl(), QStringLiteral("app-1"), QStringLiteral("rest-key"), QStringLiteral("tok-1"));
    QVERIFY(fake.accept());
    const QUrl url = fake.urls.first();
    QCOMPARE(url.path(), QStringLiteral("/app-1/"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("EIO")), QStringLiteral("4"));
    QCOMPARE(query.queryItemValue(QStringLiteral("transport")), QStringLiteral("websocket"));
    QCOMPARE(query.queryItemValue(QStringLiteral("apiKey")), QStringLiteral("rest-key"));
    QCOMPARE(query.queryItemValue(QStringLiteral("userToken")), QStringLiteral("tok-1"));
    QVERIFY(!query.queryItemValue(QStringLiteral("clientId")).isEmpty());

    const QJsonArray subOn = args(fake.next());
    QCOMPARE(subOn.at(0).toString(), QStringLiteral("SUB_ON"));
    const QJsonObject data = subOn.at(1).toObject();
    const QString id = data.value(QStringLiteral("id")).toString();
    QCOMPARE(data.value(QStringLiteral("name")).toString(), QStringLiteral("OBJECTS_CHANGES"));
    QCOMPARE(data.value(QStringLiteral("options")).toObject(),
             (QJsonObject{{QStringLiteral("event"), QStringLiteral("updated")},
                          {QStringLiteral("tableName"), QStringLiteral("Users")},
                          {QStringLiteral("whereClause"), QStringLiteral("objectId = 'O''Brien-1'")}}));
    QCOMPARE(connected.size(), 1);
    QVERIFY(client.isConnected());

    QSignalSpy ready(subscription, &RtSubscription::ready);
    QSignalSpy changed(subscription, &RtSubscription::changed);
    fake.say(QStringLiteral("42/app-1,[\"SUB_READY\",{\"id\":\"%1\"}]").arg(id));
    QVERIFY(ready.wait(5000));
    // A ping is answered; an event of this user arrives whole; one of another user is ignored.
    fake.say(QStringLiteral("2"));
    QCOMPARE(fake.next(), QStringLiteral("3"));
    fake.say(QStringLiteral("42/app-1,[\"SUB_RES\",{\"id\":\"%1\",\"data\":{\"objectId\":\"other\"}}]").arg(id));
    fake.say(
        QStringLiteral("42/app-1,[\"SUB_RES\",{\"id\":\"%1\",\"data\":{\"objectId\":\"O'Brien-1\",\"phone\":\"+1\"}}]")
            .arg(id));
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toJsonObject().value(QStringLiteral("phone")).toString(), QStringLiteral("+1"));

    // The holder deletes the answer object: SUB_OFF with its id.
    delete subscription;
    QCOMPARE(args(fake.next()), (QJsonArray{QStringLiteral("SUB_OFF"), QJsonObject{{QStringLiteral("id"), id}}}));
}

void TestRtClient::tokenGoesInAsMetReq()
{
    FakeRt fake;
    RealtimeClient client;
    client.start(fake.rtUrl(), QStringLiteral("app-1"), QStringLiteral("k"), QString());
    QVERIFY(fake.accept());
    QCOMPARE(QUrlQuery(fake.urls.first()).queryItemValue(QStringLiteral("userToken")), QStringLiteral("null"));
    QTRY_VERIFY(client.isConnected());
    client.setUserToken(QStringLiteral("tok-2"));
    const QJsonObject request = args(fake.next()).at(1).toObject();
    QCOMPARE(request.value(QStringLiteral("name")).toString(), QStringLiteral("SET_USER_TOKEN"));
    QCOMPARE(request.value(QStringLiteral("options")).toObject().value(QStringLiteral("userToken")).toString(),
             QStringLiteral("tok-2"));
    QVERIFY(!request.value(QStringLiteral("id")).toString().isEmpty());
}

void TestRtClient::reconnectsAndSubscribesAgain()
{
    FakeRt fake;
    RealtimeClient client;
    QScopedPointer<RtSubscription> a(client.subscribeToUser(QStringLiteral("A")));
    QScopedPointer<RtSubscription> b(client.subscribeToUser(QStringLiteral("B")));
    client.start(fake.rtUrl(), QStringLiteral("app-1"), QStringLiteral("k"), QStringLiteral("t1"));
    QVERIFY(fake.accept());
    fake.next();
    fake.next();
    QSignalSpy connected(&client, &RealtimeClient::connectedChanged);
    client.setUserToken(QStringLiteral("t2"));
    fake.next();
    // The server drops the connection: "paused", then a new connection after the backoff (200 ms for
    // the first attempt after a drop, then the official client's steps),
    // with the new token, and both subscriptions again.
    QElapsedTimer clock;
    clock.start();
    QWebSocket *first = fake.current;
    fake.current = nullptr;
    first->abort();
    QVERIFY(connected.wait(5000));
    QCOMPARE(connected.first().first().toBool(), false);
    QVERIFY(fake.accept());
    QVERIFY2(clock.elapsed() >= 180, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(fake.urls.size(), 2);
    QCOMPARE(QUrlQuery(fake.urls.at(1)).queryItemValue(QStringLiteral("userToken")), QStringLiteral("t2"));
    QStringList again{args(fake.next())
                          .at(1)
                          .toObject()
                          .value(QStringLiteral("options"))
                          .toObject()
                          .value(QStringLiteral("whereClause"))
                          .toString(),
                      args(fake.next())
                          .at(1)
                          .toObject()
                          .value(QStringLiteral("options"))
                          .toObject()
                          .value(QStringLiteral("whereClause"))
                          .toString()};
    again.sort();
    QCOMPARE(again, (QStringList{QStringLiteral("objectId = 'A'"), QStringLiteral("objectId = 'B'")}));
    QTRY_VERIFY(client.isConnected());
}

void TestRtClient::refusalIsReportedAndRetried()
{
    FakeRt fake;
    RealtimeClient client;
    QSignalSpy refused(&client, &RealtimeClient::refused);
    client.start(fake.rtUrl(), QStringLiteral("app-1"), QStringLiteral("k"), QStringLiteral("dead"));
    QVERIFY(QTest::qWaitFor([&fake]() { return fake.current != nullptr; }, 5000));
    fake.say(QStringLiteral("0{\"sid\":\"s\",\"pingInterval\":25000,\"pingTimeout\":20000}"));
    QCOMPARE(fake.next(), QStringLiteral("40/app-1,"));
    fake.say(QStringLiteral("44/app-1,{\"message\":\"Not existing user token\",\"data\":{\"code\":3064}}"));
    QVERIFY(refused.wait(5000));
    QCOMPARE(refused.first().at(0).toInt(), 3064);
    QVERIFY(!client.isConnected());
    QTRY_COMPARE_WITH_TIMEOUT(fake.urls.size(), 2, 5000); // tried again after the backoff
}

// With a dead token (the app's session needs credentials) a dropped connection is not tried again
// until a new token comes; then at once, with it. A connection that is up stays up meanwhile.
void TestRtClient::waitsForANewToken()
{
    FakeRt fake;
    RealtimeClient client;
    client.start(fake.rtUrl(), QStringLiteral("app-1"), QStringLiteral("k"), QStringLiteral("t1"));
    QVERIFY(fake.accept());
    QTRY_VERIFY(client.isConnected());
    QSignalSpy connected(&client, &RealtimeClient::connectedChanged);
    client.waitForUserToken();
    QVERIFY(client.isWaitingForUserToken());
    QVERIFY(client.isConnected());

    QWebSocket *first = fake.current;
    fake.current = nullptr;
    first->abort();
    QVERIFY(connected.wait(5000));
    QCOMPARE(connected.first().first().toBool(), false);
    QTest::qWait(1000); // the backoff's first step is 200 ms
    QCOMPARE(fake.urls.size(), 1);

    client.setUserToken(QStringLiteral("t2"));
    QVERIFY(!client.isWaitingForUserToken());
    QVERIFY(fake.accept());
    QCOMPARE(fake.urls.size(), 2);
    QCOMPARE(QUrlQuery(fake.urls.at(1)).queryItemValue(QStringLiteral("userToken")), QStringLiteral("t2"));
    QTRY_VERIFY(client.isConnected());
    // A token given while connected goes as MET_REQ, not as a new connection.
    client.waitForUserToken();
    client.setUserToken(QStringLiteral("t3"));
    QCOMPARE(args(fake.next()).at(0).toString(), QStringLiteral("MET_REQ"));
    QCOMPARE(fake.urls.size(), 2);
}

void TestRtClient::againstTheLocalServer()
{
    Server::ServerHost host;
    QString error;
    QVERIFY2(host.start(&error), qPrintable(error));
    TestSupport::HttpTestClient http(host.baseUrl());
    const QJsonObject alice = http.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
    const QString token = alice.value(QStringLiteral("user-token")).toString();
    const QString id = alice.value(QStringLiteral("objectId")).toString();
    const QUrl rtUrl = RealtimeClient::rtUrlFromInfo(http.get(QStringLiteral("info")).json());
    QVERIFY(rtUrl.isValid());

    RealtimeClient client;
    client.start(rtUrl, host.options().appId, host.options().apiKey, token);
    QScopedPointer<RtSubscription> subscription(client.subscribeToUser(id));
    QSignalSpy ready(subscription.get(), &RtSubscription::ready);
    QSignalSpy changed(subscription.get(), &RtSubscription::changed);
    QVERIFY(ready.wait(5000));
    const auto saved =
        http.put(QStringLiteral("users/") + id, QJsonObject{{QStringLiteral("phone"), QStringLiteral("+44 1")}}, token);
    QCOMPARE(saved.status, 200);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toJsonObject(), saved.object());
}

QTEST_MAIN(TestRtClient)
#include "tst_rtclient.moc"
