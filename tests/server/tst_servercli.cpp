// The profiledesk-server executable: its one "listening on" line, its flags, its refusals.

#include "httptestclient.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void helpListsEveryFlag();
    void listensAndServes();
    void persistsToItsDatabaseFile();
    void keysFromFileOrEnvironment();
    void refusesBadFlags_data();
    void refusesBadFlags();

private:
    // Starts the server and returns http://127.0.0.1:PORT/api from the one line it prints.
    QUrl start(QProcess &process, const QStringList &arguments);
};

QUrl TestServerCli::start(QProcess &process, const QStringList &arguments)
{
    process.start(QStringLiteral(PROFILEDESK_SERVER_EXE), arguments);
    if (!process.waitForStarted() || !process.waitForReadyRead(15000))
        return QUrl();
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))$")).match(line);
    if (!match.hasMatch() || match.captured(2).toInt() == 0)
        return QUrl();
    return QUrl(match.captured(1) + QStringLiteral("/api"));
}

void TestServerCli::helpListsEveryFlag()
{
    QProcess process;
    process.start(QStringLiteral(PROFILEDESK_SERVER_EXE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *flag : {"--host", "--port", "--db", "--demo", "--demo-users", "--app-id", "--api-key",
                             "--dynamic-schema", "--session-timeout", "--config"})
        QVERIFY2(help.contains(QLatin1String(flag)), flag);
}

void TestServerCli::listensAndServes()
{
    QProcess process;
    const QUrl base =
        start(process,
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--demo"), QStringLiteral("--demo-users"),
               QStringLiteral("5"), QStringLiteral("--app-id"), QStringLiteral("APP"), QStringLiteral("--api-key"),
               QStringLiteral("KEY"), QStringLiteral("--dynamic-schema"), QStringLiteral("off")});
    QVERIFY2(base.isValid(), process.readAllStandardError().constData());
    QUrl classic = base;
    classic.setPath(QStringLiteral("/APP/KEY"));
    HttpTestClient client(classic);
    const QJsonObject support = client.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));
    const QString token = support.value(QStringLiteral("user-token")).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(client.get(QStringLiteral("data/Users/count"), token).json(), QJsonValue(3 + 5));
    QVERIFY(!client.login(QStringLiteral("user0005@example.com"), QStringLiteral("User-pass-1")).isEmpty());
    QCOMPARE(client
                 .put(QStringLiteral("users/") + support.value(QStringLiteral("objectId")).toString(),
                      QJsonObject{{QStringLiteral("shoeSize"), 1}}, token)
                 .errorCode(),
             3031);
    QUrl wrong = base;
    wrong.setPath(QStringLiteral("/demo-app-id/demo-rest-key"));
    QCOMPARE(HttpTestClient(wrong).get(QStringLiteral("info")).errorCode(), 2002);
    process.terminate();
    QVERIFY(process.waitForFinished());
}

void TestServerCli::persistsToItsDatabaseFile()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.db"));
    const QStringList arguments{
        QStringLiteral("--port"),       QStringLiteral("0"), QStringLiteral("--db"), db, QStringLiteral("--demo"),
        QStringLiteral("--demo-users"), QStringLiteral("2")};
    {
        QProcess process;
        HttpTestClient client(start(process, arguments));
        QCOMPARE(client
                     .post(QStringLiteral("users/register"),
                           {{QStringLiteral("email"), QStringLiteral("kept@example.com")},
                            {QStringLiteral("password"), QStringLiteral("Kept-pass-1")},
                            {QStringLiteral("name"), QStringLiteral("Kept")}})
                     .status,
                 200);
        process.terminate();
        QVERIFY(process.waitForFinished());
    }
    QProcess process;
    HttpTestClient client(start(process, arguments));
    QCOMPARE(client.login(QStringLiteral("kept@example.com"), QStringLiteral("Kept-pass-1"))
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Kept"));
    const QString token = client.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
                              .value(QStringLiteral("user-token"))
                              .toString();
    QCOMPARE(client.get(QStringLiteral("data/Users/count"), token).json(), QJsonValue(3 + 2 + 1)); // seeded once
    process.terminate();
    QVERIFY(process.waitForFinished());
}

// The keys need not be on the command line, where `ps` shows them: a file or the environment will do.
void TestServerCli::keysFromFileOrEnvironment()
{
    QTemporaryDir dir;
    QFile keyFile(dir.filePath(QStringLiteral("cloudcode.key")));
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write("file-cloud-key\n");
    keyFile.close();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PROFILEDESK_API_KEY"), QStringLiteral("env-rest-key"));
    process.setProcessEnvironment(environment);
    const QUrl base =
        start(process,
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--demo"), QStringLiteral("--demo-users"),
               QStringLiteral("1"), QStringLiteral("--cloudcode-key-file"), keyFile.fileName()});
    QVERIFY2(base.isValid(), process.readAllStandardError().constData());
    const auto at = [&base](const QString &key) {
        QUrl url = base;
        url.setPath(QStringLiteral("/demo-app-id/") + key);
        return url;
    };
    HttpTestClient rest(at(QStringLiteral("env-rest-key")));
    const QString bobId = rest.login(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1"))
                              .value(QStringLiteral("objectId"))
                              .toString();
    QVERIFY(!bobId.isEmpty());
    QCOMPARE(HttpTestClient(at(QStringLiteral("demo-rest-key"))).get(QStringLiteral("info")).errorCode(), 2002);
    const QJsonObject enable{{QStringLiteral("userStatus"), QStringLiteral("ENABLED")}};
    QCOMPARE(rest.put(QStringLiteral("users/%1/status").arg(bobId), enable).errorCode(), 3054);
    QCOMPARE(HttpTestClient(at(QStringLiteral("file-cloud-key")))
                 .put(QStringLiteral("users/%1/status").arg(bobId), enable)
                 .status,
             200);
    QCOMPARE(HttpTestClient(at(QStringLiteral("demo-cloudcode-key"))).get(QStringLiteral("info")).errorCode(), 2002);
    process.terminate();
    QVERIFY(process.waitForFinished());
}

void TestServerCli::refusesBadFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("port not a number") << QStringList{QStringLiteral("--port"), QStringLiteral("http")}
                                       << QStringLiteral("--port");
    QTest::newRow("port too big") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                                  << QStringLiteral("--port");
    QTest::newRow("dynamic schema maybe")
        << QStringList{QStringLiteral("--dynamic-schema"), QStringLiteral("maybe")} << QStringLiteral("on or off");
    QTest::newRow("zero session timeout")
        << QStringList{QStringLiteral("--session-timeout"), QStringLiteral("0")} << QStringLiteral("--session-timeout");
    QTest::newRow("host name") << QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--host"),
                                              QStringLiteral("example.com")}
                               << QStringLiteral("IP address");
    QTest::newRow("missing config") << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/c.json")}
                                    << QStringLiteral("/nonexistent/c.json");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("serve")} << QStringLiteral("serve");
    QTest::newRow("key and key file") << QStringList{QStringLiteral("--api-key"), QStringLiteral("K"),
                                                     QStringLiteral("--api-key-file"), QStringLiteral("/etc/hostname")}
                                      << QStringLiteral("not both");
    QTest::newRow("unreadable key file") << QStringList{QStringLiteral("--cloudcode-key-file"),
                                                        QStringLiteral("/nonexistent/key")}
                                         << QStringLiteral("cannot read --cloudcode-key-file /nonexistent/key");
}

void TestServerCli::refusesBadFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    QProcess process;
    process.start(QStringLiteral(PROFILEDESK_SERVER_EXE), arguments);
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString message = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(message.contains(messagePart), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
