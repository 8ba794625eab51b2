#include "awaitcall.h"
#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "misbehavingserver.h"
#include "procstatus.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using Behaviour = MisbehavingServer::Behaviour;

class TestRestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseBody_data();
    void parseBody();
    void badReplies_data();
    void badReplies();
    void requestShape();
    void timeout();
    void cancel();
    void invalidConfigFinishesLater();
    void connectionRefusedIsNetwork();
    void fastFloodIsCutOffAtTheCap();
    void countMustBeAWholeNumber_data();
    void countMustBeAWholeNumber();

private:
    Error run(MisbehavingServer &server, Expect expect, QJsonValue *value = nullptr);
    QNetworkAccessManager m_nam;
};

void TestRestClient::parseBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expect");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");

    const int object = int(Expect::Object), array = int(Expect::Array), boolean = int(Expect::Boolean),
              number = int(Expect::Number), nothing = int(Expect::Nothing);
    const int none = int(Error::Kind::None), server = int(Error::Kind::Server), protocol = int(Error::Kind::Protocol);

    QTest::newRow("object") << QByteArray(R"({"objectId":"A1"})") << 200 << object << none << 0;
    QTest::newRow("array") << QByteArray("[]") << 200 << array << none << 0;
    QTest::newRow("bare true") << QByteArray("true") << 200 << boolean << none << 0;
    QTest::newRow("bare false, spaces") << QByteArray(" false\n") << 200 << boolean << none << 0;
    QTest::newRow("bare number") << QByteArray("42") << 200 << number << none << 0;
    QTest::newRow("empty for nothing") << QByteArray("") << 200 << nothing << none << 0;
    QTest::newRow("null for nothing") << QByteArray("null") << 200 << nothing << none << 0;
    QTest::newRow("empty for object") << QByteArray("") << 200 << object << protocol << 0;
    QTest::newRow("array for object") << QByteArray("[1,2]") << 200 << object << protocol << 0;
    QTest::newRow("string for bool") << QByteArray(R"("true")") << 200 << boolean << protocol << 0;
    QTest::newRow("two values") << QByteArray("1],[2") << 200 << number << protocol << 0;
    QTest::newRow("html") << QByteArray("<html><body>Oops</body></html>") << 200 << object << protocol << 0;
    QTest::newRow("truncated") << QByteArray(R"({"objectId":"A1","em)") << 200 << object << protocol << 0;
    QTest::newRow("server error") << QByteArray(R"({"code":3018,"message":"taken","errorData":{}})") << 400 << object
                                  << server << 3018;
    QTest::newRow("string code") << QByteArray(R"({"code":"3064","message":"dead"})") << 401 << object << server
                                 << 3064;
    QTest::newRow("error without code") << QByteArray(R"({"message":"x"})") << 500 << object << protocol << 0;
    QTest::newRow("html error page") << QByteArray("<h1>502 Bad Gateway</h1>") << 502 << object << protocol << 0;
    QTest::newRow("redirect") << QByteArray("") << 301 << object << protocol << 0;
}

void TestRestClient::parseBody()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, expect);
    QFETCH(int, kind);
    QFETCH(int, code);
    QJsonValue value(QJsonValue::Undefined);
    const Error error = RestClient::parseBody(body, status, Expect(expect), &value);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.code, code);
    if (error.isError()) {
        QCOMPARE(error.httpStatus, status);
        QVERIFY(value.isUndefined()); // never a half-parsed value next to an error
    } else {
        QVERIFY(!value.isUndefined());
    }
}

Error TestRestClient::run(MisbehavingServer &server, Expect expect, QJsonValue *value)
{
    RestClient client(Config::fromBaseUrl(server.baseUrl()), &m_nam);
    client.setTimeout(std::chrono::seconds(10));
    RestRequest request;
    request.path = QStringLiteral("users/userclassprops");
    request.expect = expect;
    Error error = Error::local(QStringLiteral("did not finish"));
    awaitCall<RestCall>(
        client.send(request),
        [&](RestCall *call) {
            error = call->error();
            if (value)
                *value = call->value();
        },
        15000);
    return error;
}

void TestRestClient::badReplies_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("messagePart");

    const int raw = int(Behaviour::Raw);
    const int protocol = int(Error::Kind::Protocol);
    QTest::newRow("HTML page with 200") << raw
                                        << MisbehavingServer::response(200, "text/html",
                                                                       "<html><body>Welcome</body></html>")
                                        << protocol << 200 << QStringLiteral("not JSON");
    QTest::newRow("HTML error page") << raw << MisbehavingServer::response(502, "text/html", "<html>Bad Gateway</html>")
                                     << protocol << 502 << QStringLiteral("without a Backendless error body");
    QTest::newRow("truncated JSON") << raw
                                    << MisbehavingServer::response(200, "application/json",
                                                                   R"({"objectId":"A1","email":"a@)")
                                    << protocol << 200 << QStringLiteral("not JSON");
    QTest::newRow("wrong type") << raw << MisbehavingServer::response(200, "application/json", R"(["objectId","A1"])")
                                << protocol << 200 << QStringLiteral("expected a JSON object");
    QTest::newRow("declared larger than 16 MiB")
        << raw
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20000000\r\n\r\n{\"a\":")
        << protocol << 200 << QStringLiteral("larger than");
    QTest::newRow("endless body") << int(Behaviour::HugeChunked) << QByteArray() << protocol << 200
                                  << QStringLiteral("larger than");
    QTest::newRow("connection closed mid-body")
        << int(Behaviour::CutShort) << QByteArray() << protocol << 200 << QStringLiteral("closed before");
    QTest::newRow("connection reset") << int(Behaviour::Reset) << QByteArray() << int(Error::Kind::Network) << 0
                                      << QString();
    QTest::newRow("redirect") << raw
                              << QByteArray(
                                     "HTTP/1.1 301 Moved\r\nLocation: http://127.0.0.1:1/\r\nContent-Length: 0\r\n\r\n")
                              << protocol << 301 << QStringLiteral("301");
}

void TestRestClient::badReplies()
{
    QFETCH(int, behaviour);
    QFETCH(QByteArray, reply);
    QFETCH(int, kind);
    QFETCH(int, httpStatus);
    QFETCH(QString, messagePart);

    MisbehavingServer server;
    QVERIFY(server.listen());
    server.setBehaviour(Behaviour(behaviour));
    server.setRawReply(reply);
    QJsonValue value(QJsonValue::Undefined);
    const Error error = run(server, Expect::Object, &value);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, httpStatus);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QVERIFY(!error.displayText().isEmpty());
    QVERIFY(value.isUndefined() || value.isNull());
}

void TestRestClient::requestShape()
{
    MisbehavingServer server;
    QVERIFY(server.listen());
    server.setRawReply(MisbehavingServer::response(200, "application/json", R"({"objectId":"A1","name":"x"})"));
    RestClient client(Config::fromBaseUrl(server.baseUrl()), &m_nam);
    RestRequest request;
    request.verb = QByteArrayLiteral("PUT");
    request.path = QStringLiteral("users/") + Config::encodeSegment(QStringLiteral("A 1/x"));
    request.body = QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}};
    request.userToken = QStringLiteral("T-123");
    QJsonValue value;
    awaitCall<RestCall>(client.send(request), [&](RestCall *call) { value = call->value(); });
    QCOMPARE(value.toObject().value(QLatin1String("name")).toString(), QStringLiteral("x"));

    QCOMPARE(server.requests().size(), 1);
    const MisbehavingServer::Request sent = server.requests().first();
    QCOMPARE(sent.method, QByteArray("PUT"));
    QCOMPARE(sent.target, QByteArray("/api/users/A%201%2Fx"));
    QCOMPARE(sent.headers.value("user-token"), QByteArray("T-123"));
    QCOMPARE(sent.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(sent.body).object(), request.body.toObject());
}

void TestRestClient::timeout()
{
    MisbehavingServer server;
    QVERIFY(server.listen());
    server.setBehaviour(Behaviour::Hang);
    RestClient client(Config::fromBaseUrl(server.baseUrl()), &m_nam);
    client.setTimeout(std::chrono::milliseconds(300));
    QElapsedTimer elapsed;
    elapsed.start();
    RestRequest request;
    request.path = QStringLiteral("users/userroles");
    int finishedCount = 0;
    Error error;
    QVERIFY(awaitCall<RestCall>(
        client.send(request), [&](RestCall *call) { error = call->error(); }, 5000, &finishedCount));
    QCOMPARE(error.kind, Error::Kind::Timeout);
    QCOMPARE(finishedCount, 1);
    QVERIFY(elapsed.elapsed() >= 290);
    QVERIFY2(elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));
    QTRY_COMPARE(server.openConnections(), 0); // the client closed the connection it gave up on
}

void TestRestClient::cancel()
{
    MisbehavingServer server;
    QVERIFY(server.listen());
    server.setBehaviour(Behaviour::Hang);
    RestClient client(Config::fromBaseUrl(server.baseUrl()), &m_nam);
    RestRequest request;
    request.path = QStringLiteral("users/userroles");
    RestCall *call = client.send(request);
    QSignalSpy finished(call, &RestCall::finished);
    Error error;
    connect(call, &RestCall::finished, this, [&] { error = call->error(); });
    QTRY_COMPARE(server.requests().size(), 1); // in flight
    call->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(error.kind, Error::Kind::Cancelled);
    QTRY_COMPARE(server.openConnections(), 0);
}

void TestRestClient::invalidConfigFinishesLater()
{
    RestClient client(Config::fromBaseUrl(QUrl(QStringLiteral("http://example.com/api"))), &m_nam);
    RestRequest request;
    request.path = QStringLiteral("users/userroles");
    RestCall *call = client.send(request);
    QVERIFY(!call->isFinished()); // finished() comes later, so connecting after send() is safe
    const Error error = awaitError(call);
    QCOMPARE(error.kind, Error::Kind::Local);
    QVERIFY(error.message.contains(QLatin1String("https")));
}

void TestRestClient::connectionRefusedIsNetwork()
{
    QTcpServer placeholder; // find a free port, then free it
    QVERIFY(placeholder.listen(QHostAddress::LocalHost));
    const quint16 port = placeholder.serverPort();
    placeholder.close();
    RestClient client(Config::local(port), &m_nam);
    RestRequest request;
    request.path = QStringLiteral("users/isvalidusertoken/SECRET-TOKEN");
    request.userToken = QStringLiteral("SECRET-TOKEN");
    const Error error = awaitError(client.send(request));
    QCOMPARE(error.kind, Error::Kind::Network);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(!error.message.contains(QLatin1String("SECRET-TOKEN")));
}

namespace {

// A hostile server on a thread of its own, so that it writes as fast as the kernel takes it:
// an endless 200 body with no Content-Length, in 1 MiB writes, until the client hangs up.
class FloodServer : public QThread
{
public:
    quint16 port() const { return m_port; }
    void startListening()
    {
        start();
        QTRY_VERIFY(m_port != 0);
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        m_port = server.serverPort();
        if (!server.waitForNewConnection(10000))
            return;
        QTcpSocket *socket = server.nextPendingConnection();
        socket->waitForReadyRead(5000);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
        const QByteArray chunk(1024 * 1024, '7');
        for (int i = 0; i < 1024 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
            socket->write(chunk);
            if (!socket->waitForBytesWritten(5000))
                break;
            m_sentMiB = i + 1;
        }
        socket->abort();
    }

public:
    // How much the client let in before it hung up: what it had to hold, whatever the allocator.
    int sentMiB() const { return m_sentMiB; }

private:
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_sentMiB{0};
};

} // namespace

void TestRestClient::fastFloodIsCutOffAtTheCap()
{
    // A server that sends an endless body faster than this thread reads it: the 16 MiB cap must
    // hold while reading, not after the network thread has buffered what it could (hundreds of MiB).
    FloodServer flood;
    flood.startListening();
    RestClient client(Config::local(flood.port()), &m_nam);
    RestRequest request;
    request.path = QStringLiteral("users/userroles");
    const qint64 before = ProcStatus::kiB("VmHWM");
    const Error error = awaitError(client.send(request));
    const qint64 grownMiB = (ProcStatus::kiB("VmHWM") - before) / 1024;
    flood.wait(20000);
    QCOMPARE(error.kind, Error::Kind::Protocol);
    QVERIFY2(error.message.contains(QLatin1String("larger than")), qPrintable(error.message));
    // The cap plus the socket buffers' worth, not everything the network thread could read.
    QVERIFY2(flood.sentMiB() < 40, qPrintable(QStringLiteral("the client took in %1 MiB").arg(flood.sentMiB())));
#if !defined(__SANITIZE_ADDRESS__)
    // (AddressSanitizer keeps freed buffers in quarantine, so the peak says little there.)
    QVERIFY2(grownMiB < 64, qPrintable(QStringLiteral("peak memory grew by %1 MiB").arg(grownMiB)));
#else
    Q_UNUSED(grownMiB)
#endif
}

void TestRestClient::countMustBeAWholeNumber_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("count") << QByteArray("7") << true;
    QTest::newRow("zero") << QByteArray("0") << true;
    QTest::newRow("fraction") << QByteArray("2.5") << false;
    QTest::newRow("negative") << QByteArray("-1") << false;
    QTest::newRow("beyond any integer") << QByteArray("1e300") << false;
}

void TestRestClient::countMustBeAWholeNumber()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    MisbehavingServer server;
    QVERIFY(server.listen());
    server.setRawReply(MisbehavingServer::response(200, "application/json", body));
    RestClient client(Config::fromBaseUrl(server.baseUrl()), &m_nam);
    UserService users(&client);
    DataService data(&client, &users);
    Error error = Error::local(QStringLiteral("did not finish"));
    qint64 count = -1;
    awaitCall<CountCall>(data.count(QString()), [&](CountCall *call) {
        error = call->error();
        count = call->result();
    });
    QCOMPARE(error.kind, ok ? Error::Kind::None : Error::Kind::Protocol);
    if (ok)
        QCOMPARE(count, body.toLongLong());
}

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
