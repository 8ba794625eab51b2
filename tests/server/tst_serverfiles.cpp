// The Files API of profiledesk-server (docs/PROTOCOL.md, "Files API"): the path and multipart
// parsers on their own, then upload, save from base64, exists, read and delete over HTTP, with
// Backendless's refusals (6003, 6016, 6000, 6007), the write rule (own folder; staff under users/)
// and the bounds (path shape, body caps). The official JS SDK runs the same calls in tests/sdk.

#include "demoaccounts.h"
#include "files/filepath.h"
#include "files/multipartform.h"
#include "host/serverhost.h"
#include "httptestclient.h"

#include <QBuffer>
#include <QImage>
#include <QTcpSocket>
#include <QTest>

using namespace Server;
using namespace TestSupport;

namespace {

const QByteArray Boundary = "----pdtestboundary7MA4YWxk";

QByteArray formBody(const QByteArray &name, const QByteArray &fileName, const QByteArray &bytes,
                    const QByteArray &boundary = Boundary)
{
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nnot the file\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n--" + boundary + "--\r\n";
}

QByteArray pngBytes()
{
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestServerFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pathRules_data();
    void pathRules();
    void multipart_data();
    void multipart();
    void uploadAndRead();
    void saveFromBase64();
    void overwrite();
    void payloadOver2800000IsRefusedAndNothingStored();
    void existsAndDelete();
    void writeOnlyInOwnFolder();
    void staffWriteUnderUsers();
    void badPathsRefusedOverHttp_data();
    void badPathsRefusedOverHttp();
    void hugeAnnouncedUploadRefusedFromItsHead();

private:
    HttpResult upload(const QString &path, const QByteArray &bytes, const QString &token, const QString &query = {});
    HttpResult save(const QString &path, const QByteArray &bytes, const QString &token, const QString &query = {});
    HttpResult fetch(const QString &url);
    HttpResult remove(const QString &path, const QString &token);

    ServerHost m_host;
    HttpTestClient m_client;
    QString m_alice, m_aliceId, m_bob, m_bobId, m_staff;
};

void TestServerFiles::initTestCase()
{
    QString error;
    QVERIFY2(m_host.start(&error), qPrintable(error));
    m_client.setBaseUrl(m_host.baseUrl());
    const QJsonObject alice = m_client.login(Demo::alice(), Demo::alicePassword());
    const QJsonObject bob = m_client.login(Demo::bob(), Demo::bobPassword());
    m_alice = alice.value(QStringLiteral("user-token")).toString();
    m_aliceId = alice.value(QStringLiteral("objectId")).toString();
    m_bob = bob.value(QStringLiteral("user-token")).toString();
    m_bobId = bob.value(QStringLiteral("objectId")).toString();
    m_staff = m_client.login(Demo::support(), Demo::supportPassword()).value(QStringLiteral("user-token")).toString();
    QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_staff.isEmpty());
}

HttpResult TestServerFiles::upload(const QString &path, const QByteArray &bytes, const QString &token,
                                   const QString &query)
{
    return HttpTestClient::wait(m_client.start(
        "POST", m_client.url(QStringLiteral("files/") + path, QUrlQuery(query)), formBody("file", "x.bin", bytes),
        {{"Content-Type", "multipart/form-data; boundary=" + Boundary}, {"user-token", token.toUtf8()}}));
}

HttpResult TestServerFiles::save(const QString &path, const QByteArray &bytes, const QString &token,
                                 const QString &query)
{
    return HttpTestClient::wait(
        m_client.start("PUT", m_client.url(QStringLiteral("files/binary/") + path, QUrlQuery(query)), bytes.toBase64(),
                       {{"Content-Type", "text/plain"}, {"user-token", token.toUtf8()}}));
}

HttpResult TestServerFiles::fetch(const QString &url)
{
    return HttpTestClient::wait(m_client.start("GET", QUrl(url), QByteArray(), {}));
}

HttpResult TestServerFiles::remove(const QString &path, const QString &token)
{
    return m_client.send("DELETE", QStringLiteral("files/") + path, QByteArray(), {{"user-token", token.toUtf8()}});
}

void TestServerFiles::pathRules_data()
{
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringList{"users", "A1", "avatar-1.jpg"} << true;
    QTest::newRow("unicode name") << QStringList{"users", "A1", QStringLiteral("Ünïcødé.png")} << true;
    QTest::newRow("dot-dot") << QStringList{"users", "..", "x"} << false;
    QTest::newRow("dot") << QStringList{"users", ".", "x"} << false;
    QTest::newRow("empty segment") << QStringList{"users", "", "x"} << false;
    QTest::newRow("slash inside") << QStringList{"users", "A1/../B2", "x"} << false;
    QTest::newRow("backslash inside") << QStringList{"users", "A1\\..", "x"} << false;
    QTest::newRow("NUL") << QStringList{"users", "A1", QStringLiteral("a") + QChar(0) + QStringLiteral("b")} << false;
    QTest::newRow("newline") << QStringList{"users", "A1", "a\nb"} << false;
    QTest::newRow("invalid UTF-8 (decoded U+FFFD)") << QStringList{"users", QString(QChar(0xFFFD))} << false;
    QTest::newRow("255-byte name") << QStringList{"users", QString(255, QLatin1Char('n'))} << true;
    QTest::newRow("256-byte name") << QStringList{"users", QString(256, QLatin1Char('n'))} << false;
    QTest::newRow("33 segments") << QStringList(33, QStringLiteral("d")) << false;
    QTest::newRow("path over 1024 bytes") << QStringList(5, QString(250, QLatin1Char('p'))) << false;
    QTest::newRow("nothing") << QStringList() << false;
}

void TestServerFiles::pathRules()
{
    QFETCH(QStringList, segments);
    QFETCH(bool, valid);
    QString error;
    const FilePath path = FilePath::parse(segments, &error);
    QCOMPARE(path.isValid(), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestServerFiles::multipart_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QByteArray>("content");
    static const char raw[] = "\x00\r\n--not-the-boundary\r\n\xff";
    const QByteArray binary(raw, sizeof raw - 1);
    QTest::newRow("file after another part") << formBody("file", "a.png", binary) << true << binary;
    QTest::newRow("empty file") << formBody("file", "a.png", QByteArray()) << true << QByteArray();
    QTest::newRow("no part named file") << formBody("other", "a.png", "x") << false << QByteArray();
    QTest::newRow("truncated inside the part") << formBody("file", "a.png", "abc").left(150) << false << QByteArray();
    QTest::newRow("no boundary at all") << QByteArray("just bytes") << false << QByteArray();
    QTest::newRow("no blank line after headers")
        << QByteArray("--" + Boundary + "\r\nContent-Disposition: form-data; name=\"file\"") << false << QByteArray();
    QByteArray longHeader = "--" + Boundary + "\r\nContent-Disposition: form-data; name=\"file\"\r\nX: "
        + QByteArray(MultipartForm::MaxHeaderBytes, 'h') + "\r\n\r\nx\r\n--" + Boundary + "--\r\n";
    QTest::newRow("headers over the cap") << longHeader << false << QByteArray();
    QByteArray manyParts;
    for (int i = 0; i < MultipartForm::MaxParts; ++i)
        manyParts += "--" + Boundary + "\r\nContent-Disposition: form-data; name=\"p\"\r\n\r\nx\r\n";
    manyParts += formBody("file", "late.png", "late");
    QTest::newRow("file past the part cap") << manyParts << false << QByteArray();
}

void TestServerFiles::multipart()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, found);
    QFETCH(QByteArray, content);
    QCOMPARE(MultipartForm::boundaryOf("multipart/form-data; boundary=" + Boundary), Boundary);
    QCOMPARE(MultipartForm::boundaryOf("multipart/form-data; boundary=\"" + Boundary + "\""), Boundary);
    QVERIFY(MultipartForm::boundaryOf("text/plain; boundary=x").isEmpty());
    QVERIFY(MultipartForm::boundaryOf("multipart/form-data; boundary=" + QByteArray(71, 'b')).isEmpty());
    FormPart part;
    QString error;
    QCOMPARE(MultipartForm::find(body, Boundary, "file", &part, &error), found);
    QCOMPARE(error.isEmpty(), found);
    if (found) {
        QCOMPARE(part.body, content);
        QCOMPARE(part.fileName, QStringLiteral("a.png"));
    }
}

void TestServerFiles::uploadAndRead()
{
    const QByteArray png = pngBytes();
    const QString path = QStringLiteral("users/%1/avatar-upload.png").arg(m_aliceId);
    const HttpResult uploaded = upload(path, png, m_alice);
    QCOMPARE(uploaded.status, 200);
    const QString url = uploaded.object().value(QStringLiteral("fileURL")).toString();
    // Backendless's shape: {host}/{appId}/{REST key}/files/{path}.
    QVERIFY2(url.endsWith(QStringLiteral("/demo-app-id/demo-rest-key/files/") + path), qPrintable(url));
    const HttpResult read = fetch(url);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.body, png);
    QCOMPARE(read.contentType, QByteArrayLiteral("image/png"));
    QCOMPARE(read.header("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    // Anyone may read, as on Backendless by default: the fetch above sent no token.
    const HttpResult missing = fetch(url + QStringLiteral(".gone"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), 6007);
}

void TestServerFiles::saveFromBase64()
{
    const QString path = QStringLiteral("users/%1/note.txt").arg(m_aliceId);
    const HttpResult saved = save(path, "hello, files", m_alice);
    QCOMPARE(saved.status, 200);
    QVERIFY2(saved.json().isString(), saved.body.constData());
    const HttpResult read = fetch(saved.json().toString());
    QCOMPARE(read.body, QByteArrayLiteral("hello, files"));
    QCOMPARE(read.contentType, QByteArrayLiteral("text/plain"));
    const HttpResult notBase64 =
        m_client.send("PUT", QStringLiteral("files/binary/") + path + QStringLiteral("overwrite=true"),
                      "***not base64***", {{"user-token", m_alice.toUtf8()}});
    QCOMPARE(notBase64.errorCode(), 8002);
    QCOMPARE(fetch(saved.json().toString()).body, QByteArrayLiteral("hello, files"));
}

void TestServerFiles::overwrite()
{
    const QString path = QStringLiteral("users/%1/over.txt").arg(m_aliceId);
    QCOMPARE(save(path, "first", m_alice).status, 200);
    const HttpResult again = save(path, "second", m_alice);
    QCOMPARE(again.errorCode(), 6003);
    QCOMPARE(upload(path, "second", m_alice, QStringLiteral("overwrite=false")).errorCode(), 6003);
    const QString url = save(path, "kept?", m_alice, QStringLiteral("overwrite=true")).json().toString();
    QCOMPARE(fetch(url).body, QByteArrayLiteral("kept?"));
}

void TestServerFiles::payloadOver2800000IsRefusedAndNothingStored()
{
    const QString path = QStringLiteral("users/%1/big.bin").arg(m_aliceId);
    const QByteArray overLimit(2'800'001, 'A');
    const HttpResult refused = m_client.send("PUT", QStringLiteral("files/binary/") + path, overLimit,
                                             {{"Content-Type", "text/plain"}, {"user-token", m_alice.toUtf8()}});
    QCOMPARE(refused.errorCode(), 6016);
    QCOMPARE(
        m_client.get(QStringLiteral("files/") + path, QString(), QUrlQuery(QStringLiteral("action=exists"))).json(),
        QJsonValue(false));
    // Exactly at the limit (2,800,000 base64 characters = 2,100,000 bytes) is accepted.
    const HttpResult atLimit = m_client.send("PUT", QStringLiteral("files/binary/") + path, QByteArray(2'800'000, 'A'),
                                             {{"Content-Type", "text/plain"}, {"user-token", m_alice.toUtf8()}});
    QCOMPARE(atLimit.status, 200);
    QCOMPARE(fetch(atLimit.json().toString()).body.size(), 2'100'000);
}

void TestServerFiles::existsAndDelete()
{
    const QString dir = QStringLiteral("users/%1/album").arg(m_aliceId);
    QCOMPARE(save(dir + QStringLiteral("/one.txt"), "1", m_alice).status, 200);
    QCOMPARE(save(dir + QStringLiteral("/two.txt"), "2", m_alice).status, 200);
    const auto exists = [this](const QString &path) {
        return m_client.get(QStringLiteral("files/") + path, QString(), QUrlQuery(QStringLiteral("action=exists")))
            .json();
    };
    QCOMPARE(exists(dir + QStringLiteral("/one.txt")), QJsonValue(true));
    QCOMPARE(exists(dir), QJsonValue(true)); // a directory with files in it
    QCOMPARE(exists(dir + QStringLiteral("/three.txt")), QJsonValue(false));
    // A sibling that shares the prefix is not "under" the directory.
    QCOMPARE(exists(QStringLiteral("users/%1/alb").arg(m_aliceId)), QJsonValue(false));
    QCOMPARE(remove(dir + QStringLiteral("/one.txt"), m_alice).status, 200);
    QCOMPARE(exists(dir + QStringLiteral("/one.txt")), QJsonValue(false));
    QCOMPARE(remove(dir + QStringLiteral("/one.txt"), m_alice).errorCode(), 6000);
    QCOMPARE(remove(dir, m_alice).status, 200); // the directory, with two.txt
    QCOMPARE(exists(dir), QJsonValue(false));
}

void TestServerFiles::writeOnlyInOwnFolder()
{
    const QString bobsFile = QStringLiteral("users/%1/avatar.png").arg(m_bobId);
    QCOMPARE(save(bobsFile, "bob's own", m_bob).status, 200);
    // alice may neither replace, add to nor delete bob's files; the refusal changes nothing.
    QCOMPARE(save(bobsFile, "alice was here", m_alice, QStringLiteral("overwrite=true")).errorCode(), 403);
    QCOMPARE(upload(bobsFile, "alice was here", m_alice, QStringLiteral("overwrite=true")).errorCode(), 403);
    QCOMPARE(remove(bobsFile, m_alice).errorCode(), 403);
    QCOMPARE(save(QStringLiteral("users/%1/new.txt").arg(m_bobId), "x", m_alice).errorCode(), 403);
    // Outside users/, at the folder level, and without a token: refused too.
    QCOMPARE(save(QStringLiteral("public/x.txt"), "x", m_alice).errorCode(), 403);
    QCOMPARE(remove(QStringLiteral("users/%1").arg(m_bobId), m_alice).errorCode(), 403);
    QCOMPARE(save(QStringLiteral("users/%1/anon.txt").arg(m_aliceId), "x", QString()).errorCode(), 403);
    // A dead token is Backendless's 3064, not a silent anonymous write.
    QCOMPARE(save(QStringLiteral("users/%1/x.txt").arg(m_aliceId), "x", QStringLiteral("dead-token")).errorCode(),
             3064);
    QCOMPARE(m_client.get(QStringLiteral("files/") + bobsFile).body, QByteArrayLiteral("bob's own"));
}

void TestServerFiles::staffWriteUnderUsers()
{
    const QString path = QStringLiteral("users/%1/by-staff.txt").arg(m_bobId);
    QCOMPARE(save(path, "from support", m_staff).status, 200);
    QCOMPARE(m_client.get(QStringLiteral("files/") + path).body, QByteArrayLiteral("from support"));
    QCOMPARE(remove(path, m_staff).status, 200);
    QCOMPARE(save(QStringLiteral("elsewhere/x.txt"), "x", m_staff).errorCode(), 403);
}

void TestServerFiles::badPathsRefusedOverHttp_data()
{
    QTest::addColumn<QString>("tail");
    QTest::newRow("encoded dot-dot") << QStringLiteral("%2E%2E/x.txt");
    QTest::newRow("literal dot-dot") << QStringLiteral("../../x.txt");
    QTest::newRow("encoded slash") << QStringLiteral("a%2F..%2F..%2Fx.txt");
    QTest::newRow("NUL") << QStringLiteral("a%00.txt");
    QTest::newRow("over-long name") << QString(300, QLatin1Char('n'));
}

void TestServerFiles::badPathsRefusedOverHttp()
{
    QFETCH(QString, tail);
    // Over a raw socket: QUrl and QNetworkAccessManager would resolve an encoded "..", which a
    // stranger's client need not do.
    const QByteArray target =
        m_client.url(QStringLiteral("files/binary/users/%1").arg(m_aliceId)).path().toUtf8() + '/' + tail.toUtf8();
    QTcpSocket socket;
    socket.connectToHost(m_host.baseUrl().host(), quint16(m_host.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("PUT " + target + " HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nuser-token: " + m_alice.toUtf8()
                 + "\r\nContent-Length: 4\r\nConnection: close\r\n\r\neA==");
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    QVERIFY2(answer.contains("\"code\":8002"), answer.constData());
}

void TestServerFiles::hugeAnnouncedUploadRefusedFromItsHead()
{
    // A body over the files cap (4 MiB) is refused from its head: the transport answers before a
    // byte of the body is read, so nothing of it is held.
    QTcpSocket socket;
    socket.connectToHost(m_host.baseUrl().host(), quint16(m_host.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST " + m_client.url(QStringLiteral("files/users/%1/huge.bin").arg(m_aliceId)).path().toUtf8()
                 + " HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: "
                 + QByteArray::number(2LL * 1024 * 1024 * 1024) + "\r\n\r\n");
    QVERIFY(socket.waitForReadyRead(5000));
    const QByteArray answer = socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
}

QTEST_GUILESS_MAIN(TestServerFiles)
#include "tst_serverfiles.moc"
