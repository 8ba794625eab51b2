// The server's own hygiene: passwords are stored only as salted PBKDF2-SHA256 (checked by
// recomputing each hash independently, and by searching every byte of the database, its WAL and
// shared-memory files for the plaintext), never returned by the API; and the executable listens
// on loopback unless told otherwise (its listening line and the kernel's socket table agree).
#include "host/serverhost.h"
#include "httptestclient.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QNetworkInterface>
#include <QPasswordDigestor>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

// The listening sockets of a port in /proc/net/tcp and tcp6, as "address:PORT" hex pairs.
QStringList listenersOnPort(quint16 port)
{
    QStringList found;
    const QByteArray portSuffix = ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file{QLatin1String(table)};
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            // sl local_address rem_address st ...; st 0A = LISTEN
            if (fields.size() > 3 && fields.at(3) == "0A" && fields.at(1).endsWith(portSuffix))
                found << QString::fromLatin1(fields.at(1));
        }
    }
    return found;
}

} // namespace

class TestSecurityServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordsAreSaltedPbkdf2Only();
    void listensOnLoopbackByDefault();
    void listensElsewhereOnlyWhenTold();

private:
    quint16 startExecutable(QProcess &process, const QStringList &arguments, QString *line);
};

void TestSecurityServer::passwordsAreSaltedPbkdf2Only()
{
    QTemporaryDir dir;
    const QString databasePath = dir.filePath(QStringLiteral("users.db"));
    const QHash<QString, QString> passwords{
        {QStringLiteral("alice@example.com"), QStringLiteral("Changed-secret-43")},
        {QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1")},
        {QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1")},
        {QStringLiteral("twin1@example.com"), QStringLiteral("Same-secret-42")},
        {QStringLiteral("twin2@example.com"), QStringLiteral("Same-secret-42")},
    };
    {
        Server::ServerOptions options;
        options.demoUsers = 0;
        options.databasePath = databasePath;
        Server::ServerHost server(options);
        QVERIFY(server.start());
        HttpTestClient http(server.baseUrl());
        for (const char *twin : {"twin1@example.com", "twin2@example.com"}) {
            const HttpResult registered = http.post(QStringLiteral("users/register"),
                                                    {{QStringLiteral("email"), QLatin1String(twin)},
                                                     {QStringLiteral("name"), QStringLiteral("Twin")},
                                                     {QStringLiteral("password"), QStringLiteral("Same-secret-42")}});
            QCOMPARE(registered.status, 200);
            QVERIFY(!registered.object().contains(QStringLiteral("password")));
        }
        const QJsonObject alice = http.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
        const HttpResult changed =
            http.put(QStringLiteral("users/") + alice.value(QStringLiteral("objectId")).toString(),
                     {{QStringLiteral("password"), passwords.value(QStringLiteral("alice@example.com"))}},
                     alice.value(QStringLiteral("user-token")).toString());
        QCOMPARE(changed.status, 200);
        // Nothing the API answers carries a password or its hash.
        const QString staffToken = http.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
                                       .value(QStringLiteral("user-token"))
                                       .toString();
        const QByteArray everyone =
            http.get(QStringLiteral("data/Users"), staffToken, QUrlQuery(QStringLiteral("pageSize=100"))).body;
        QVERIFY(everyone.contains("twin2@example.com"));
        QVERIFY(!everyone.contains("pbkdf2") && !everyone.contains("password") && !everyone.contains("_passwordHash"));
        QVERIFY(!http.get(QStringLiteral("users/userclassprops")).body.contains("_passwordHash"));
    }

    // Every stored hash is PBKDF2-SHA256 over the password with a salt of its own.
    const QRegularExpression format(
        QStringLiteral("^pbkdf2-sha256\\$(\\d+)\\$([A-Za-z0-9+/]+=*)\\$([A-Za-z0-9+/]+=*)$"));
    QSet<QByteArray> salts;
    QHash<QString, QString> stored;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(databasePath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT \"email\", \"_passwordHash\" FROM \"Users\"")));
        while (query.next())
            stored.insert(query.value(0).toString(), query.value(1).toString());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    QCOMPARE(stored.size(), passwords.size());
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it) {
        const QRegularExpressionMatch match = format.match(stored.value(it.key()));
        QVERIFY2(match.hasMatch(), qPrintable(it.key() + QStringLiteral(": ") + stored.value(it.key())));
        const int iterations = match.captured(1).toInt();
        const QByteArray salt = QByteArray::fromBase64(match.captured(2).toLatin1());
        const QByteArray key = QByteArray::fromBase64(match.captured(3).toLatin1());
        QVERIFY2(iterations >= 10000, qPrintable(it.key()));
        QCOMPARE(salt.size(), 16);
        QCOMPARE(key.size(), 32);
        QCOMPARE(
            key,
            QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, it.value().toUtf8(), salt, iterations, 32));
        salts.insert(salt);
    }
    QCOMPARE(salts.size(), passwords.size());
    QVERIFY(stored.value(QStringLiteral("twin1@example.com")) != stored.value(QStringLiteral("twin2@example.com")));

    // And no plaintext anywhere on disk: the database, its WAL and shared memory.
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        for (const QString &password : passwords) {
            const QByteArray utf16(reinterpret_cast<const char *>(password.utf16()), password.size() * 2);
            QVERIFY2(!content.contains(password.toUtf8()) && !content.contains(utf16),
                     qPrintable(password + QStringLiteral(" in ") + file.fileName()));
        }
        QVERIFY(!content.contains("Alice-pass-1")); // the password before the change
    }
    QVERIFY(files >= 1);
}

quint16 TestSecurityServer::startExecutable(QProcess &process, const QStringList &arguments, QString *line)
{
    process.start(QStringLiteral(PROFILEDESK_SERVER_EXE), arguments);
    if (!process.waitForStarted() || !process.waitForReadyRead(15000))
        return 0;
    *line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral(":(\\d+)$")).match(*line);
    return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

void TestSecurityServer::listensOnLoopbackByDefault()
{
    QProcess process;
    QString line;
    const quint16 port = startExecutable(process, {QStringLiteral("--port"), QStringLiteral("0")}, &line);
    QVERIFY2(port != 0, qPrintable(line));
    QCOMPARE(line, QStringLiteral("listening on http://127.0.0.1:%1").arg(port));
    // The kernel agrees: one listener, on 127.0.0.1 (0100007F, little-endian hex).
    QCOMPARE(listenersOnPort(port),
             QStringList{QStringLiteral("0100007F:%1").arg(port, 4, 16, QLatin1Char('0')).toUpper()});
    // And the port is closed to this machine's other addresses.
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    int outsideAddresses = 0;
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        ++outsideAddresses;
        QTcpSocket socket;
        socket.connectToHost(address, port);
        QVERIFY2(!socket.waitForConnected(3000), qPrintable(address.toString()));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }
    qInfo("listening line, socket table and %d non-loopback address(es) checked", outsideAddresses);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

// The control of the check above: with --host 0.0.0.0 the socket table shows the wildcard.
void TestSecurityServer::listensElsewhereOnlyWhenTold()
{
    QProcess process;
    QString line;
    const quint16 port = startExecutable(
        process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--host"), QStringLiteral("0.0.0.0")},
        &line);
    QVERIFY2(port != 0, qPrintable(line));
    QCOMPARE(line, QStringLiteral("listening on http://0.0.0.0:%1").arg(port));
    QCOMPARE(listenersOnPort(port),
             QStringList{QStringLiteral("00000000:%1").arg(port, 4, 16, QLatin1Char('0')).toUpper()});
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestSecurityServer)
#include "tst_security_server.moc"
