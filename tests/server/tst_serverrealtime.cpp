// The Real-Time endpoint (docs/PROTOCOL.md "Real-Time"): the Engine.IO and socket.io packet parsers,
// then the endpoint itself, driven by hand over HTTP polling and QWebSocket against an in-process
// server: handshakes and refusals, a subscription and its event, the bounds (subscriptions, sessions
// per host, frame size) and the heartbeat. The official SDK's view is tests/sdk/sdk_realtime.mjs.

#include "host/serverhost.h"
#include "httptestclient.h"
#include "realtime/rtpacket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace Server;
using namespace TestSupport;

namespace {

// One QWebSocket and every text message it received.
class WsClient : public QObject
{
public:
    // Answers the server's pings ("2") with pongs unless told not to; next() never returns a ping.
    explicit WsClient(const QUrl &url, bool answerPings = true)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this, answerPings](const QString &m) {
            if (m != QLatin1String("2"))
                received << m;
            else if (answerPings)
                socket.sendTextMessage(QStringLiteral("3"));
            else
                ++pings;
        });
        socket.open(url);
    }
    bool waitOpen()
    {
        return socket.state() == QAbstractSocket::ConnectedState
            || QSignalSpy(&socket, &QWebSocket::connected).wait(5000);
    }
    // The next message not yet taken, waiting up to 5 s.
    QString next()
    {
        if (m_taken >= received.size() && !QTest::qWaitFor([this]() { return m_taken < received.size(); }, 5000))
            return QString();
        return received.at(m_taken++);
    }
    QWebSocket socket;
    QStringList received;
    int pings = 0;

private:
    qsizetype m_taken = 0;
};

QString sioEvent(const QString &name, const QJsonObject &data)
{
    return QStringLiteral("42/demo-app-id,")
        + QString::fromUtf8(QJsonDocument(QJsonArray{name, data}).toJson(QJsonDocument::Compact));
}

QJsonArray eventArgs(const QString &message)
{
    if (!message.startsWith(QLatin1String("42/demo-app-id,")))
        return {};
    return QJsonDocument::fromJson(message.mid(15).toUtf8()).array();
}

// Engine.IO's refusal: status 400 (403 for "Forbidden") and {"code":N,"message":...}; -1 otherwise.
int engineCode(const HttpResult &result)
{
    const QJsonObject body = result.json().toObject();
    if ((result.status != 400 && result.status != 403) || !body.value(QStringLiteral("message")).isString())
        return -1;
    return body.value(QStringLiteral("code")).toInt(-1);
}

QJsonObject subOn(const QString &id, const QString &where)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), QStringLiteral("OBJECTS_CHANGES")},
                       {QStringLiteral("options"),
                        QJsonObject{{QStringLiteral("event"), QStringLiteral("updated")},
                                    {QStringLiteral("tableName"), QStringLiteral("Users")},
                                    {QStringLiteral("whereClause"), where}}}};
}

} // namespace

class TestServerRealtime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void enginePackets_data();
    void enginePackets();
    void socketPackets_data();
    void socketPackets();
    void infoNamesRtUrl();
    void pollingHandshakeAndRefusals();
    void webSocketSubscriptionGetsTheUpdate();
    void statusChangeIsAnUpdateRoleChangeIsNot();
    void wrongApiKeyOrDeadTokenIsRefused();
    void subscriptionsPerConnectionAreBounded();
    void sessionsPerHostAreBounded();
    void oversizedFrameClosesTheSession();
    void missedPongClosesTheSession();

private:
    QUrl wsUrl(const QString &token = QString(), const QString &apiKey = QStringLiteral("demo-rest-key")) const;
    HttpResult raw(const QByteArray &verb, const QString &query, const QByteArray &body = QByteArray());
    // A WebSocket session with the namespace joined.
    bool connectNamespace(WsClient &client);

    ServerHost m_host{[] {
        ServerOptions options;
        options.realtime.maxSubscriptionsPerSession = 3;
        options.realtime.maxSessionsPerAddress = 6;
        options.realtime.maxPayloadBytes = 4096;
        options.realtime.pingIntervalMs = 300;
        options.realtime.pingTimeoutMs = 300;
        return options;
    }()};
    HttpTestClient m_client;
    QString m_aliceToken;
    QString m_aliceId;
};

void TestServerRealtime::initTestCase()
{
    QString error;
    QVERIFY2(m_host.start(&error), qPrintable(error));
    m_client.setBaseUrl(m_host.baseUrl());
    const QJsonObject alice = m_client.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
    m_aliceToken = alice.value(QStringLiteral("user-token")).toString();
    m_aliceId = alice.value(QStringLiteral("objectId")).toString();
    QVERIFY(!m_aliceToken.isEmpty());
}

void TestServerRealtime::enginePackets_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("types");
    QTest::newRow("one message") << QByteArray("4hello") << true << QByteArray("4");
    QTest::newRow("batch") << QByteArray("2\x1e"
                                         "40/a,\x1e"
                                         "3")
                           << true << QByteArray("243");
    QTest::newRow("empty payload") << QByteArray() << false << QByteArray();
    QTest::newRow("empty packet in batch") << QByteArray("2\x1e") << false << QByteArray();
    QTest::newRow("unknown type") << QByteArray("9x") << false << QByteArray();
    QTest::newRow("binary") << QByteArray("bAAAA") << false << QByteArray();
}

void TestServerRealtime::enginePackets()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, valid);
    QFETCH(QByteArray, types);
    QList<EnginePacket> packets;
    QCOMPARE(EnginePacket::parsePayload(payload, 8, &packets), valid);
    if (!valid)
        return;
    QByteArray seen;
    for (const EnginePacket &packet : packets)
        seen += packet.type;
    QCOMPARE(seen, types);
    // More packets than allowed: refused, not truncated.
    QVERIFY(!EnginePacket::parsePayload(QByteArray("2\x1e"
                                                   "2\x1e"
                                                   "2"),
                                        2, &packets));
}

void TestServerRealtime::socketPackets_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("nsp");
    QTest::addColumn<QString>("eventName");
    QTest::newRow("connect ns") << QByteArray("0/demo-app-id,") << true << "/demo-app-id" << QString();
    QTest::newRow("connect with auth") << QByteArray("0/x,{\"token\":\"t\"}") << true << "/x" << QString();
    QTest::newRow("connect root") << QByteArray("0") << true << "/" << QString();
    QTest::newRow("event") << QByteArray("2/x,[\"SUB_ON\",{\"id\":\"1\"}]") << true << "/x"
                           << "SUB_ON";
    QTest::newRow("event with ack id") << QByteArray("2/x,12[\"SUB_OFF\",{}]") << true << "/x"
                                       << "SUB_OFF";
    QTest::newRow("event not an array") << QByteArray("2/x,{\"a\":1}") << false << QString() << QString();
    QTest::newRow("event without a name") << QByteArray("2/x,[]") << false << QString() << QString();
    QTest::newRow("event name not a string") << QByteArray("2/x,[1]") << false << QString() << QString();
    QTest::newRow("connect with an array") << QByteArray("0/x,[1]") << false << QString() << QString();
    QTest::newRow("binary event") << QByteArray("51-/x,[\"a\",{\"_placeholder\":true,\"num\":0}]") << false << QString()
                                  << QString();
    QTest::newRow("bad json") << QByteArray("2/x,[\"a\"") << false << QString() << QString();
    QTest::newRow("huge ack id") << QByteArray("2/x,1234567890123456789[\"a\"]") << false << QString() << QString();
    QTest::newRow("empty") << QByteArray() << false << QString() << QString();
}

void TestServerRealtime::socketPackets()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    SocketPacket packet;
    QCOMPARE(SocketPacket::parse(text, &packet), valid);
    if (!valid)
        return;
    QFETCH(QString, nsp);
    QFETCH(QString, eventName);
    QCOMPARE(packet.nsp, nsp);
    if (!eventName.isEmpty())
        QCOMPARE(packet.payload.toArray().first().toString(), eventName);
    // What parses encodes back to the same text (ack ids included).
    QCOMPARE(packet.encode(), text);
}

QUrl TestServerRealtime::wsUrl(const QString &token, const QString &apiKey) const
{
    return QUrl(
        QStringLiteral("ws://127.0.0.1:%1/demo-app-id/?apiKey=%2&clientId=c&userToken=%3&EIO=4&transport=websocket")
            .arg(m_host.port())
            .arg(apiKey, token.isEmpty() ? QStringLiteral("null") : token));
}

HttpResult TestServerRealtime::raw(const QByteArray &verb, const QString &query, const QByteArray &body)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/demo-app-id/?%2").arg(m_host.port()).arg(query));
    return HttpTestClient::wait(m_client.start(verb, url, body, {}));
}

bool TestServerRealtime::connectNamespace(WsClient &client)
{
    if (!client.waitOpen() || !client.next().startsWith(QLatin1String("0{")))
        return false;
    client.socket.sendTextMessage(QStringLiteral("40/demo-app-id,"));
    return client.next().startsWith(QLatin1String("40/demo-app-id,{\"sid\""));
}

void TestServerRealtime::infoNamesRtUrl()
{
    const HttpResult info = m_client.get(QStringLiteral("info"));
    QCOMPARE(info.status, 200);
    QCOMPARE(info.object().value(QStringLiteral("rtURL")).toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(m_host.port()));
}

void TestServerRealtime::pollingHandshakeAndRefusals()
{
    const HttpResult open = raw("GET", QStringLiteral("EIO=4&transport=polling&apiKey=demo-rest-key"));
    QCOMPARE(open.status, 200);
    QVERIFY(open.body.startsWith("0{"));
    const QJsonObject handshake = QJsonDocument::fromJson(open.body.mid(1)).object();
    QCOMPARE(handshake.value(QStringLiteral("upgrades")).toArray(), QJsonArray{QStringLiteral("websocket")});
    QCOMPARE(handshake.value(QStringLiteral("maxPayload")).toInt(), 4096);
    const QString sid = handshake.value(QStringLiteral("sid")).toString();
    QVERIFY(!sid.isEmpty());

    // The namespace joined by POST; the answer waits in the next poll.
    const QString withSid = QStringLiteral("EIO=4&transport=polling&sid=") + sid;
    const HttpResult post = raw("POST", withSid, "40/demo-app-id,");
    QCOMPARE(post.status, 200);
    QCOMPARE(post.body, QByteArray("ok"));
    const HttpResult poll = raw("GET", withSid);
    QCOMPARE(poll.status, 200);
    QVERIFY2(poll.body.startsWith("40/demo-app-id,{\"sid\""), poll.body.constData());

    // Engine.IO's refusals, in its JSON shape.
    QCOMPARE(engineCode(raw("GET", QStringLiteral("EIO=3&transport=polling"))), 5);
    QCOMPARE(engineCode(raw("GET", QStringLiteral("EIO=4&transport=carrier-pigeon"))), 0);
    QCOMPARE(engineCode(raw("GET", QStringLiteral("EIO=4&transport=polling&sid=nope"))), 1);
    QCOMPARE(engineCode(raw("POST", QStringLiteral("EIO=4&transport=polling"))), 2);
    // A payload that is no packet closes the session; later polls find none.
    QCOMPARE(engineCode(raw("POST", withSid, "\x1e\x1e")), 3);
    QCOMPARE(engineCode(raw("GET", withSid)), 1);
}

void TestServerRealtime::webSocketSubscriptionGetsTheUpdate()
{
    WsClient client(wsUrl(m_aliceToken));
    QVERIFY(connectNamespace(client));
    client.socket.sendTextMessage(sioEvent(
        QStringLiteral("SUB_ON"), subOn(QStringLiteral("s1"), QStringLiteral("objectId = '%1'").arg(m_aliceId))));
    QCOMPARE(eventArgs(client.next()),
             (QJsonArray{QStringLiteral("SUB_READY"), QJsonObject{{QStringLiteral("id"), QStringLiteral("s1")}}}));

    const HttpResult saved =
        m_client.put(QStringLiteral("users/") + m_aliceId,
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Alice live")}}, m_aliceToken);
    QCOMPARE(saved.status, 200);
    const QJsonArray args = eventArgs(client.next());
    QCOMPARE(args.at(0).toString(), QStringLiteral("SUB_RES"));
    QCOMPARE(args.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("s1"));
    QCOMPARE(args.at(1).toObject().value(QStringLiteral("data")).toObject(), saved.object());

    // SUB_OFF: the next update is not sent to s1. A new subscription s2 then hears the one after it,
    // and that is the first event to arrive (events leave in order).
    client.socket.sendTextMessage(
        sioEvent(QStringLiteral("SUB_OFF"), QJsonObject{{QStringLiteral("id"), QStringLiteral("s1")}}));
    QCOMPARE(m_client
                 .put(QStringLiteral("users/") + m_aliceId,
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Alice quiet")}}, m_aliceToken)
                 .status,
             200);
    client.socket.sendTextMessage(sioEvent(
        QStringLiteral("SUB_ON"), subOn(QStringLiteral("s2"), QStringLiteral("objectId = '%1'").arg(m_aliceId))));
    QCOMPARE(eventArgs(client.next()).at(0).toString(), QStringLiteral("SUB_READY"));
    QCOMPARE(m_client
                 .put(QStringLiteral("users/") + m_aliceId,
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Alice again")}}, m_aliceToken)
                 .status,
             200);
    const QJsonObject next = eventArgs(client.next()).at(1).toObject();
    QCOMPARE(next.value(QStringLiteral("id")).toString(), QStringLiteral("s2"));
    QCOMPARE(next.value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Alice again"));
}

// Issue 24: disabling or enabling a user (staff service, Cloud Code) is an update of the Users row,
// announced like any other; a role change is not (roles are not in the object a listener gets).
void TestServerRealtime::statusChangeIsAnUpdateRoleChangeIsNot()
{
    const QJsonObject staff = m_client.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));
    const QString staffToken = staff.value(QStringLiteral("user-token")).toString();
    const QString bobId = m_client.login(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1"))
                              .value(QStringLiteral("objectId"))
                              .toString();
    QVERIFY(!staffToken.isEmpty() && !bobId.isEmpty());
    WsClient client(wsUrl(staffToken));
    QVERIFY(connectNamespace(client));
    client.socket.sendTextMessage(
        sioEvent(QStringLiteral("SUB_ON"), subOn(QStringLiteral("b"), QStringLiteral("objectId = '%1'").arg(bobId))));
    QCOMPARE(eventArgs(client.next()).at(0).toString(), QStringLiteral("SUB_READY"));
    const auto staffCall = [&](const QString &method, const QJsonObject &body) {
        QJsonObject withUser = body;
        withUser.insert(QStringLiteral("userId"), bobId);
        return m_client.post(QStringLiteral("services/ProfileDeskStaff/") + method, withUser, staffToken).status;
    };

    QCOMPARE(staffCall(QStringLiteral("setUserStatus"), {{QStringLiteral("userStatus"), QStringLiteral("DISABLED")}}),
             200);
    QJsonArray args = eventArgs(client.next());
    QCOMPARE(args.at(0).toString(), QStringLiteral("SUB_RES"));
    QJsonObject data = args.at(1).toObject().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("objectId")).toString(), bobId);
    QCOMPARE(data.value(QStringLiteral("userStatus")).toString(), QStringLiteral("DISABLED"));
    QCOMPARE(data.value(QStringLiteral("email")).toString(), QStringLiteral("bob@example.com"));

    // A role change: no event. The Cloud Code key's status change after it is the next to arrive.
    QCOMPARE(staffCall(QStringLiteral("assignRole"), {{QStringLiteral("roleName"), QStringLiteral("Beta")}}), 200);
    HttpTestClient cloudCode(
        QUrl(QStringLiteral("http://127.0.0.1:%1/demo-app-id/demo-cloudcode-key").arg(m_host.port())));
    QCOMPARE(cloudCode
                 .put(QStringLiteral("users/%1/status").arg(bobId),
                      QJsonObject{{QStringLiteral("userStatus"), QStringLiteral("ENABLED")}})
                 .status,
             200);
    args = eventArgs(client.next());
    QCOMPARE(args.at(0).toString(), QStringLiteral("SUB_RES"));
    data = args.at(1).toObject().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("userStatus")).toString(), QStringLiteral("ENABLED"));
    QCOMPARE(data, m_client.get(QStringLiteral("data/Users/") + bobId, staffToken).object());
    QCOMPARE(staffCall(QStringLiteral("unassignRole"), {{QStringLiteral("roleName"), QStringLiteral("Beta")}}), 200);
    QVERIFY(!QTest::qWaitFor([&client]() { return client.received.size() > 5; }, 300));
}

void TestServerRealtime::wrongApiKeyOrDeadTokenIsRefused()
{
    WsClient wrongKey(wsUrl(QString(), QStringLiteral("wrong-key")));
    QVERIFY(wrongKey.waitOpen());
    QVERIFY(wrongKey.next().startsWith(QLatin1String("0{")));
    wrongKey.socket.sendTextMessage(QStringLiteral("40/demo-app-id,"));
    QVERIFY(wrongKey.next().startsWith(QLatin1String("44/demo-app-id,{\"data\":{\"code\":2002}")));

    WsClient deadToken(wsUrl(QStringLiteral("not-a-token")));
    QVERIFY(deadToken.waitOpen());
    QVERIFY(deadToken.next().startsWith(QLatin1String("0{")));
    deadToken.socket.sendTextMessage(QStringLiteral("40/demo-app-id,"));
    QVERIFY(deadToken.next().startsWith(QLatin1String("44/demo-app-id,{\"data\":{\"code\":3064}")));

    // Events of a namespace not joined are dropped: the next answer is to the next CONNECT.
    deadToken.socket.sendTextMessage(sioEvent(QStringLiteral("SUB_ON"), subOn(QStringLiteral("s"), QString())));
    deadToken.socket.sendTextMessage(QStringLiteral("40/demo-app-id,"));
    QVERIFY(deadToken.next().startsWith(QLatin1String("44/demo-app-id,")));
}

void TestServerRealtime::subscriptionsPerConnectionAreBounded()
{
    WsClient client(wsUrl(m_aliceToken));
    QVERIFY(connectNamespace(client));
    for (int i = 0; i < 3; ++i) {
        client.socket.sendTextMessage(sioEvent(QStringLiteral("SUB_ON"), subOn(QString::number(i), QString())));
        QCOMPARE(eventArgs(client.next()).at(0).toString(), QStringLiteral("SUB_READY"));
    }
    client.socket.sendTextMessage(sioEvent(QStringLiteral("SUB_ON"), subOn(QStringLiteral("3"), QString())));
    const QJsonObject refused = eventArgs(client.next()).at(1).toObject();
    QCOMPARE(refused.value(QStringLiteral("id")).toString(), QStringLiteral("3"));
    QVERIFY(refused.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("at most 3")));
}

void TestServerRealtime::sessionsPerHostAreBounded()
{
    QTRY_VERIFY_WITH_TIMEOUT(raw("GET", QStringLiteral("EIO=4&transport=polling")).status == 200, 5000);
    // Fill the host's share (6) with polling sessions; the next is refused with Engine.IO's 403.
    int opened = 1;
    HttpResult last;
    while (opened < 10) {
        last = raw("GET", QStringLiteral("EIO=4&transport=polling"));
        if (last.status != 200)
            break;
        ++opened;
    }
    QVERIFY2(opened <= 6, qPrintable(QString::number(opened)));
    QCOMPARE(last.status, 403);
    QCOMPARE(engineCode(last), 4);
    // The unused sessions miss their pongs and make room again (300 + 300 ms here).
    QTRY_COMPARE_WITH_TIMEOUT(raw("GET", QStringLiteral("EIO=4&transport=polling")).status, 200, 15000);
    QTest::qWait(1500); // and every one of them goes, for the tests after this one
}

void TestServerRealtime::oversizedFrameClosesTheSession()
{
    WsClient client(wsUrl(m_aliceToken));
    QVERIFY(connectNamespace(client));
    QSignalSpy closed(&client.socket, &QWebSocket::disconnected);
    client.socket.sendTextMessage(
        sioEvent(QStringLiteral("SUB_ON"), subOn(QStringLiteral("big"), QString(5000, QLatin1Char('x')))));
    QVERIFY(closed.wait(5000));
}

void TestServerRealtime::missedPongClosesTheSession()
{
    // One client answers pings, one does not: only the silent one is closed.
    WsClient answering(wsUrl(m_aliceToken));
    WsClient silent(wsUrl(m_aliceToken), false);
    int answered = 0;
    connect(&answering.socket, &QWebSocket::textMessageReceived, this,
            [&answered](const QString &m) { answered += m == QLatin1String("2"); });
    QVERIFY(connectNamespace(answering));
    QVERIFY(connectNamespace(silent));
    QSignalSpy silentClosed(&silent.socket, &QWebSocket::disconnected);
    QSignalSpy answeringClosed(&answering.socket, &QWebSocket::disconnected);
    QVERIFY(silentClosed.wait(5000));
    QTest::qWait(1000);
    QCOMPARE(answeringClosed.size(), 0);
    QVERIFY(answered >= 2);
    QCOMPARE(silent.pings, 1); // one ping, no pong, closed
}

QTEST_MAIN(TestServerRealtime)
#include "tst_serverrealtime.moc"
