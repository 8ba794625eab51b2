// Sessions outlive a restart of the server on the same database file, as Backendless's outlive
// its restarts (issue 24): the table holds each token's SHA-256, never the token; a session that
// was logged out, replaced, ended by disabling its user or idle past the timeout stays ended, and
// expired rows leave the table (on lookup and when the server starts).

#include "host/serverhost.h"
#include "httptestclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TestSupport;

namespace {
const QString Alice = QStringLiteral("alice@example.com");
const QString AlicePassword = QStringLiteral("Alice-pass-1");
const QString Bob = QStringLiteral("bob@example.com");
const QString BobPassword = QStringLiteral("Bob-pass-1");

struct Login
{
    QString token;
    QString objectId;
};
} // namespace

class TestServerSessions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sessionSurvivesRestart();
    void endedSessionsStayEnded();
    void fileHoldsOnlyTheTokensHash();

private:
    std::unique_ptr<Server::ServerHost> start(int timeoutSeconds = 3600);
    Login login(Server::ServerHost &host, const QString &identity, const QString &password);
    static bool isValid(Server::ServerHost &host, const QString &token);
    // The rows of the sessions table as another program reading the file sees them (-1: none).
    int storedSessions(const QString &userId = QString());
    QByteArray fileBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    Server::ServerOptions m_options;
};

void TestServerSessions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_options = Server::ServerOptions();
    m_options.databasePath = m_dir->filePath(QStringLiteral("users.db"));
    m_options.demoUsers = 2;
    m_options.loginThrottle = false;
}

std::unique_ptr<Server::ServerHost> TestServerSessions::start(int timeoutSeconds)
{
    m_options.sessionTimeoutSeconds = timeoutSeconds;
    auto host = std::make_unique<Server::ServerHost>(m_options);
    QString error;
    if (!host->start(&error))
        qWarning("%s", qPrintable(error));
    return host;
}

Login TestServerSessions::login(Server::ServerHost &host, const QString &identity, const QString &password)
{
    HttpTestClient client(host.baseUrl());
    const QJsonObject user = client.login(identity, password);
    return Login{user.value(QStringLiteral("user-token")).toString(),
                 user.value(QStringLiteral("objectId")).toString()};
}

bool TestServerSessions::isValid(Server::ServerHost &host, const QString &token)
{
    HttpTestClient client(host.baseUrl());
    return client.get(QStringLiteral("users/isvalidusertoken/") + token).json() == QJsonValue(true);
}

int TestServerSessions::storedSessions(const QString &userId)
{
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(m_options.databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (userId.isEmpty()) {
                query.prepare(QStringLiteral("SELECT COUNT(*) FROM _sessions"));
            } else {
                query.prepare(QStringLiteral("SELECT COUNT(*) FROM _sessions WHERE userId = ?"));
                query.addBindValue(userId);
            }
            if (query.exec() && query.next())
                rows = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return rows;
}

QByteArray TestServerSessions::fileBytes() const
{
    // The database with its WAL and shared-memory files, whichever exist now.
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(m_options.databasePath + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void TestServerSessions::sessionSurvivesRestart()
{
    Login alice;
    {
        auto host = start();
        QVERIFY(host->isRunning());
        alice = login(*host, Alice, AlicePassword);
        QVERIFY(!alice.token.isEmpty());
    }
    auto host = start();
    QVERIFY(host->isRunning());
    QVERIFY(isValid(*host, alice.token));
    HttpTestClient client(host->baseUrl());
    const HttpResult saved =
        client.put(QStringLiteral("users/") + alice.objectId,
                   QJsonObject{{QStringLiteral("phone"), QStringLiteral("+49 30 1234")}}, alice.token);
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.object().value(QStringLiteral("phone")).toString(), QStringLiteral("+49 30 1234"));

    // A restored session is one like any other: a new login (one session per account) ends it.
    const Login again = login(*host, Alice, AlicePassword);
    QVERIFY(!again.token.isEmpty());
    QCOMPARE(client.get(QStringLiteral("data/Users/") + alice.objectId, alice.token).errorCode(), 3064);
    QVERIFY(isValid(*host, again.token));
    QCOMPARE(storedSessions(alice.objectId), 1);
}

void TestServerSessions::endedSessionsStayEnded()
{
    m_options.loginPolicy.multipleLogins = true;
    m_options.loginPolicy.maxLogins = 5;
    Login loggedOut, kept, disabled;
    {
        auto host = start();
        QVERIFY(host->isRunning());
        loggedOut = login(*host, Alice, AlicePassword);
        kept = login(*host, Alice, AlicePassword);
        disabled = login(*host, Bob, BobPassword);
        HttpTestClient client(host->baseUrl());
        QCOMPARE(client.get(QStringLiteral("users/logout"), loggedOut.token).status, 200);
        // Disabling ends the user's sessions; enabling him again brings none back.
        QVERIFY(host->setUserStatus(Bob, QStringLiteral("DISABLED")));
        QCOMPARE(client.get(QStringLiteral("data/Users/") + disabled.objectId, disabled.token).errorCode(), 3090);
        QVERIFY(host->setUserStatus(Bob, QStringLiteral("ENABLED")));
        QCOMPARE(storedSessions(), 1);
    }
    {
        auto host = start();
        QVERIFY(host->isRunning());
        QVERIFY(isValid(*host, kept.token));
        QVERIFY(!isValid(*host, loggedOut.token));
        QVERIFY(!isValid(*host, disabled.token));

        // Idle past the timeout: the lookup answers 3064 and takes the row out of the file.
        const Login bob = login(*host, Bob, BobPassword);
        QCOMPARE(storedSessions(bob.objectId), 1);
        host->setSessionTimeout(1);
        QTest::qWait(1100);
        HttpTestClient client(host->baseUrl());
        QCOMPARE(client.get(QStringLiteral("data/Users/") + bob.objectId, bob.token).errorCode(), 3064);
        QCOMPARE(storedSessions(bob.objectId), 0);
        QCOMPARE(storedSessions(kept.objectId), 1); // not looked up yet
    }
    // A server started with a shorter timeout than the sessions' idle time drops them at once.
    auto host = start(1);
    QVERIFY(host->isRunning());
    QCOMPARE(storedSessions(), 0);
    QVERIFY(!isValid(*host, kept.token));
}

void TestServerSessions::fileHoldsOnlyTheTokensHash()
{
    QStringList tokens;
    {
        auto host = start();
        QVERIFY(host->isRunning());
        const Login alice = login(*host, Alice, AlicePassword);
        const Login bob = login(*host, Bob, BobPassword);
        tokens << alice.token << bob.token;
        QVERIFY(isValid(*host, alice.token));
        const QByteArray running = fileBytes();
        for (const QString &token : std::as_const(tokens)) {
            QVERIFY(!token.isEmpty());
            QVERIFY2(!running.contains(token.toUtf8()), "a token in the running server's files");
            QVERIFY2(!running.toLower().contains(token.toLower().toUtf8()), "a token in the running server's files");
        }
    }
    const QByteArray stopped = fileBytes();
    for (const QString &token : std::as_const(tokens)) {
        QVERIFY2(!stopped.toLower().contains(token.toLower().toUtf8()), "a token in the database file");
        QVERIFY2(!stopped.contains(token.toUtf8().toHex()), "a token's bytes in hex in the database file");
        // What the file holds instead: the token's SHA-256, so that a restarted server knows it.
        QVERIFY2(stopped.contains(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256)),
                 "the session's hash is not in the database file");
    }
}

QTEST_GUILESS_MAIN(TestServerSessions)
#include "tst_serversessions.moc"
