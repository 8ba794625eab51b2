// Transport: plain http:// to a host that is not this machine is refused by Config (the password
// and the token would cross the network in clear text), and a TLS server whose certificate the
// system does not trust is rejected before a single byte of the request leaves, while the same
// server with its certificate trusted is reached (so the rejection is the certificate's doing).
#include "core/restclient.h"
#include "core/userservice.h"
#include "tlstestserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSecurityTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plainHttpNeedsLoopback_data();
    void plainHttpNeedsLoopback();
    void untrustedCertificateIsRejected();
    void trustedCertificateIsReached();

private:
    Error login(QNetworkAccessManager *nam, TlsTestServer *server, bool *signedIn);

    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestSecurityTransport::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend in this Qt");
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "openssl is needed to make a test certificate (scripts/setup.sh installs it)");
    // Valid for 127.0.0.1 in every other respect: the only fault is that nobody vouches for it.
    QTemporaryDir dir;
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem"))});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")));
    QCOMPARE(certificates.size(), 1);
    m_certificate = certificates.first();
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_key = QSslKey(&keyFile, QSsl::Rsa);
    QVERIFY(!m_key.isNull());
}

void TestSecurityTransport::plainHttpNeedsLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("valid");

    QTest::newRow("http LAN host") << QStringLiteral("http://192.168.1.20:8080/api") << false << false;
    QTest::newRow("http public name") << QStringLiteral("http://backend.example.com/api") << false << false;
    QTest::newRow("http IPv6 global") << QStringLiteral("http://[2001:db8::1]:8080/api") << false << false;
    QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0:8080/api") << false << false;
    QTest::newRow("http loopback-looking name") << QStringLiteral("http://127.0.0.1.example.com/api") << false << false;
    QTest::newRow("http localhost.evil") << QStringLiteral("http://localhost.evil.example/api") << false << false;
    QTest::newRow("http cloud classic") << QStringLiteral("http://api.backendless.com/APP/KEY") << false << false;
    QTest::newRow("http cloud, even when allowed")
        << QStringLiteral("http://eu-api.backendless.com/APP/KEY") << true << false;
    QTest::newRow("http LAN host, explicitly allowed")
        << QStringLiteral("http://192.168.1.20:8080/api") << true << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/api") << false << true;
    QTest::newRow("http 127.8.9.10") << QStringLiteral("http://127.8.9.10:8080/api") << false << true;
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:8080/api") << false << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/api") << false << true;
    QTest::newRow("https LAN host") << QStringLiteral("https://192.168.1.20/api") << false << true;
    QTest::newRow("https custom domain") << QStringLiteral("https://backend.example.com/api") << false << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/api") << false << false;
}

void TestSecurityTransport::plainHttpNeedsLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, valid);
    const Config config = Config::fromBaseUrl(QUrl(url), allowInsecure);
    QCOMPARE(config.isValid(), valid);
    if (valid)
        return;
    QVERIFY(!config.errorString().isEmpty());
    // Refused means refused: nothing is sent, the call ends locally.
    QNetworkAccessManager nam;
    RestClient client(config, &nam);
    UserService users(&client);
    Error error;
    bool finished = false;
    UserCall *call = users.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
    connect(call, &UserCall::finished, this, [&] {
        finished = true;
        error = call->error();
    });
    QTRY_VERIFY(finished);
    QCOMPARE(error.kind, Error::Kind::Local);
}

Error TestSecurityTransport::login(QNetworkAccessManager *nam, TlsTestServer *server, bool *signedIn)
{
    RestClient client(Config::fromBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/api").arg(server->serverPort()))),
                      nam);
    client.setTimeout(std::chrono::seconds(10));
    UserService users(&client);
    Error error = Error::local(QStringLiteral("did not finish"));
    bool finished = false;
    UserCall *call = users.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
    connect(call, &UserCall::finished, this, [&] {
        finished = true;
        error = call->error();
    });
    if (!QTest::qWaitFor([&] { return finished; }, 15000))
        qWarning("the login did not finish within 15 s");
    *signedIn = users.isLoggedIn();
    return error;
}

void TestSecurityTransport::untrustedCertificateIsRejected()
{
    TlsTestServer server(m_certificate, m_key);
    server.setReply(QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 34\r\n"
                                      "Connection: close\r\n\r\n{\"objectId\":\"A1\",\"user-token\":\"T\"}"));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QNetworkAccessManager nam;
    bool signedIn = true;
    const Error error = login(&nam, &server, &signedIn);
    QCOMPARE(error.kind, Error::Kind::Network);
    QVERIFY(!signedIn);
    QVERIFY(server.connections() >= 1); // it did try this server...
    QCOMPARE(server.received(), QByteArray()); // ...and sent nothing: no login, no password
}

void TestSecurityTransport::trustedCertificateIsReached()
{
    TlsTestServer server(m_certificate, m_key);
    server.setReply(QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 34\r\n"
                                      "Connection: close\r\n\r\n{\"objectId\":\"A1\",\"user-token\":\"T\"}"));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(m_certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    QNetworkAccessManager nam;
    bool signedIn = false;
    const Error error = login(&nam, &server, &signedIn);
    QSslConfiguration::setDefaultConfiguration(original);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(signedIn);
    QCOMPARE(server.handshakes(), 1);
    QVERIFY(server.received().startsWith("POST /api/users/login "));
}

QTEST_GUILESS_MAIN(TestSecurityTransport)
#include "tst_security_transport.moc"
