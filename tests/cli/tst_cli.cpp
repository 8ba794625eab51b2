// profiledesk-cli as a user runs it: the built executable, against an in-process server.
#include "core/config.h"
#include "core/fileservice.h"
#include "host/serverhost.h"
#include "httptestclient.h"
#include "lanserver.h"
#include "misbehavingserver.h"
#include "pictureimages.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void seedExampleIsOneLine();
    void serverWithAppIdAndKey_data();
    void serverWithAppIdAndKey();
    void proPathIsKept();
    void keyInUrlNamesNothing();
    void insecureNeedsTheOptIn();
    void restorePasswordIsNeutral();
    void droppedPropertyIsAnError();
    void updateTypedBySchema();
    void updateRefusedByServer();
    void updateBadValueSendsNothing();
    void loginWrongPassword();
    void passwordFromStdin();
    void whoamiAsTable();
    void schema();
    void findAndCountAsStaff();
    void exportDisabledUsers();
    void exportRefusals();
    void controlCharactersAreEscaped();
    void findRefusedForPlainUser();
    void passwd();
    void loginWithoutKeychainSaysSo();
    void serverDown();
    void timeout();
    void staffDisableAndEnable();
    void staffRoles();
    void staffRefusals();
    void staffMails();
    void staffServiceMissing();
    void staffActionsAreJournaled();
    void pictureSetReplaceRemove();
    void pictureKeyNeverStored();
    void pictureRefusals();
    void pictureAsStaffIsJournaled();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = QByteArray());
    QStringList server() const { return {QStringLiteral("--url"), m_host->baseUrl().toString()}; }
    QString passwordFile(const QString &name, const QString &password);
    QStringList loginAs(const QString &identity, const QString &password);
    QJsonObject json(const Run &run);
    // The CLI's journal (its outbox): QStandardPaths' AppDataLocation under the XDG_DATA_HOME cli() sets.
    QString journalPath() const
    {
        return m_dir.filePath(QStringLiteral("data/ProfileDesk/profiledesk-cli/journal.jsonl"));
    }
    // The team journal's rows on the server with this where clause, read as support staff.
    QJsonArray serverJournal(const QString &where) { return serverRows(QStringLiteral("ProfileDeskJournal"), where); }
    QJsonArray serverRows(const QString &table, const QString &where);
    // The user's row as the server holds it (read as support staff).
    QJsonObject serverUser(const QString &email);
    // GET on a stored picture URL, the REST key put back where the row has the placeholder.
    TestSupport::HttpResult fetchStored(const QString &url);
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<Server::ServerHost> m_host;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    Server::ServerOptions options;
    options.demoUsers = 12;
    m_host = std::make_unique<Server::ServerHost>(options);
    QString error;
    QVERIFY2(m_host->start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

Run TestCli::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No session bus: the keychain is deterministically unavailable, and a developer's real keychain
    // is never touched by a test.
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PROFILEDESK_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted(5000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    // The event loop runs meanwhile: a test server in this thread (MisbehavingServer) answers.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestCli::passwordFile(const QString &name, const QString &password)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(password.toUtf8() + "\n");
    return path;
}

QStringList TestCli::loginAs(const QString &identity, const QString &password)
{
    return {QStringLiteral("--login"), identity, QStringLiteral("--password-file"),
            passwordFile(identity + QLatin1String(".pw"), password)};
}

QJsonObject TestCli::json(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void TestCli::version()
{
    const Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("profiledesk-cli " PROFILEDESK_VERSION));
}

void TestCli::help()
{
    const Run run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("update KEY=VALUE")));
    QVERIFY(run.out.contains(QLatin1String("--password-file")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no command") << QStringList() << "No command";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "Unknown command";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("whoami"), QStringLiteral("--nope")} << "nope";
    QTest::newRow("plain http to a remote host")
        << QStringList{QStringLiteral("schema"), QStringLiteral("--url"), QStringLiteral("http://example.com/api")}
        << "https://";
    QTest::newRow("update without assignments") << QStringList{QStringLiteral("update")} << "KEY=VALUE";
    QTest::newRow("update not KEY=VALUE")
        << QStringList{QStringLiteral("update"), QStringLiteral("address")} << "not KEY=VALUE";
    QTest::newRow("update system field") << QStringList{QStringLiteral("update"), QStringLiteral("objectId=x")}
                                         << "cannot be changed";
    QTest::newRow("update password") << QStringList{QStringLiteral("update"), QStringLiteral("password=x")} << "passwd";
    QTest::newRow("update accountType") << QStringList{QStringLiteral("update"), QStringLiteral("accountType=x")}
                                        << "cannot be changed";
    QTest::newRow("update oAuthIdentities")
        << QStringList{QStringLiteral("update"), QStringLiteral("oAuthIdentities=[]")} << "cannot be changed";
    QTest::newRow("plain http to a remote Pro server") << QStringList{
        QStringLiteral("schema"),   QStringLiteral("--server"), QStringLiteral("http://pro.example.com:8080/api"),
        QStringLiteral("--app-id"), QStringLiteral("APP"),      QStringLiteral("--api-key"),
        QStringLiteral("KEY")} << "explicitly allow";
    QTest::newRow("--region with --server")
        << QStringList{QStringLiteral("schema"), QStringLiteral("--server"),
                       QStringLiteral("https://pro.example.com/api"), QStringLiteral("--region"), QStringLiteral("eu")}
        << "--region";
    QTest::newRow("app id without key") << QStringList{QStringLiteral("schema"), QStringLiteral("--server"),
                                                       QStringLiteral("https://pro.example.com/api"),
                                                       QStringLiteral("--app-id"), QStringLiteral("APP")}
                                        << "REST API key";
    QTest::newRow("--timeout past the bound")
        << QStringList{QStringLiteral("whoami"), QStringLiteral("--timeout"), QStringLiteral("2147484")} << "--timeout";
    QTest::newRow("--timeout that would wrap")
        << QStringList{QStringLiteral("whoami"), QStringLiteral("--timeout"), QStringLiteral("4294968")} << "--timeout";
    QTest::newRow("missing password file")
        << QStringList{QStringLiteral("whoami"), QStringLiteral("--login"), QStringLiteral("alice@example.com"),
                       QStringLiteral("--password-file"), QStringLiteral("/nonexistent/pw")}
        << "Cannot read the password file";
    QTest::newRow("no session") << QStringList{QStringLiteral("whoami")} << "Not signed in";
    QTest::newRow("bad page size") << QStringList{QStringLiteral("find"), QStringLiteral("--page-size"),
                                                  QStringLiteral("500")}
                                   << "page-size";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const bool ownServer = arguments.contains(QLatin1String("--url")) || arguments.contains(QLatin1String("--server"));
    const Run run = cli(ownServer ? arguments : arguments + server());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QLatin1String("error")), qPrintable(run.err));
    QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::seedExampleIsOneLine()
{
    const Run run = cli(QStringList{QStringLiteral("update")}
                        + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"))
                        + QStringList{QStringLiteral("address=123 Main St")} + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject user = json(run);
    QCOMPARE(user.value(QLatin1String("address")).toString(), QStringLiteral("123 Main St"));
    QCOMPARE(user.value(QLatin1String("email")).toString(), QStringLiteral("alice@example.com"));
    QVERIFY(!user.contains(QLatin1String("user-token")));

    // The change is on the server, not just in the output.
    const Run check = cli(QStringList{QStringLiteral("whoami")}
                          + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")) + server());
    QCOMPARE(json(check).value(QLatin1String("address")).toString(), QStringLiteral("123 Main St"));
}

// The app's options, in every form the local server answers: the Pro form (/api/{appId}/{apiKey}),
// the classic form, and --url as the alias of --server.
void TestCli::serverWithAppIdAndKey_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("path");
    QTest::newRow("--server Pro form") << "--server"
                                       << "/api";
    QTest::newRow("--server classic form") << "--server"
                                           << "";
    QTest::newRow("--url with --app-id/--api-key") << "--url"
                                                   << "";
}

void TestCli::serverWithAppIdAndKey()
{
    QFETCH(QString, option);
    QFETCH(QString, path);
    const QString url = QStringLiteral("http://127.0.0.1:%1%2").arg(m_host->port()).arg(path);
    if (!path.isEmpty()) {
        // The bundled server learns the Pro path with the server side of issue 11; until it has,
        // proPathIsKept shows what the client sends.
        const Run info =
            cli({QStringLiteral("schema"), QStringLiteral("--server"), url, QStringLiteral("--app-id"),
                 QStringLiteral("demo-app-id"), QStringLiteral("--api-key"), QStringLiteral("demo-rest-key")});
        if (info.exitCode != 0 && info.err.contains(QLatin1String("error 404")))
            QSKIP("this profiledesk-server does not answer /api/{appId}/{apiKey}/... yet");
    }
    const Run run =
        cli(QStringList{QStringLiteral("update"), option, url, QStringLiteral("--app-id"),
                        QStringLiteral("demo-app-id"), QStringLiteral("--api-key"), QStringLiteral("demo-rest-key")}
            + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"))
            + QStringList{QStringLiteral("address=123 Main St")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(json(run).value(QLatin1String("address")).toString(), QStringLiteral("123 Main St"));

    // A wrong key is refused by the server (2002): the id and key really travel in the path.
    const Run wrong =
        cli(QStringList{QStringLiteral("whoami"), option, url, QStringLiteral("--app-id"),
                        QStringLiteral("demo-app-id"), QStringLiteral("--api-key"), QStringLiteral("wrong-key")}
            + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.startsWith(QLatin1String("error 2002: ")), qPrintable(wrong.err));
}

// Backendless Pro's API is http://HOST:8080/api/{appId}/{apiKey}/...: the /api of the URL stays.
void TestCli::proPathIsKept()
{
    MisbehavingServer recorder;
    QVERIFY(recorder.listen());
    recorder.setRawReply(MisbehavingServer::response(200, "application/json", "[]"));
    const Run run = cli({QStringLiteral("schema"), QStringLiteral("--server"),
                         QStringLiteral("http://127.0.0.1:%1/api").arg(recorder.port()), QStringLiteral("--app-id"),
                         QStringLiteral("demo-app-id"), QStringLiteral("--api-key"), QStringLiteral("demo-rest-key"),
                         QStringLiteral("--no-keychain")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(recorder.requests().size(), 1);
    QCOMPARE(recorder.requests().first().target, QByteArray("/api/demo-app-id/demo-rest-key/users/userclassprops"));
}

// --url with the id and key in the path (the classic form) still works; the key is taken apart from
// the path (tst_config keyNeverInNames) and no message repeats it.
void TestCli::keyInUrlNamesNothing()
{
    const QString url = QStringLiteral("http://127.0.0.1:%1/demo-app-id/demo-rest-key").arg(m_host->port());
    const Run run = cli(QStringList{QStringLiteral("whoami"), QStringLiteral("--url"), url}
                        + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(json(run).value(QLatin1String("email")).toString(), QStringLiteral("alice@example.com"));
    QVERIFY(!run.err.contains(QLatin1String("demo-rest-key")));
}

// Plain http to a host that is not this machine: refused (nothing sent) until --allow-insecure.
void TestCli::insecureNeedsTheOptIn()
{
    const QHostAddress outside = TestSupport::lanAddress();
    if (outside.isNull())
        QSKIP("this machine has no non-loopback IPv4 address");
    QString error;
    const std::unique_ptr<Server::ServerHost> lan = TestSupport::startLanServer(&error);
    QVERIFY2(lan, qPrintable(error));
    const QStringList arguments = QStringList{QStringLiteral("whoami"),
                                              QStringLiteral("--server"),
                                              QStringLiteral("http://%1:%2").arg(outside.toString()).arg(lan->port()),
                                              QStringLiteral("--app-id"),
                                              QStringLiteral("demo-app-id"),
                                              QStringLiteral("--api-key"),
                                              QStringLiteral("demo-rest-key")}
        + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
    const Run refused = cli(arguments);
    QCOMPARE(refused.exitCode, 2); // usage: nothing was sent
    QVERIFY2(refused.err.contains(QLatin1String("unencrypted")), qPrintable(refused.err));
    const Run allowed = cli(arguments + QStringList{QStringLiteral("--allow-insecure")});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
    QCOMPARE(json(allowed).value(QLatin1String("email")).toString(), QStringLiteral("alice@example.com"));
}

// profiledesk-server --dynamic-schema drop answers 200 without the unknown property, as real
// Backendless has been seen to: the CLI says so and exits 1 instead of reporting success.
void TestCli::droppedPropertyIsAnError()
{
    QProcess server;
    server.start(QStringLiteral(PROFILEDESK_SERVER_PATH),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--demo"),
                  QStringLiteral("--demo-users"), QStringLiteral("0"), QStringLiteral("--dynamic-schema"),
                  QStringLiteral("drop")});
    QVERIFY(server.waitForStarted(5000));
    QVERIFY(QTest::qWaitFor([&] { return server.canReadLine() || server.state() == QProcess::NotRunning; }, 15000));
    if (server.state() == QProcess::NotRunning)
        QSKIP("this profiledesk-server has no --dynamic-schema drop yet (server side of issue 11)");
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    const QString url = line.section(QLatin1Char(' '), -1) + QStringLiteral("/api");
    const Run run = cli(QStringList{QStringLiteral("update"), QStringLiteral("--server"), url,
                                    QStringLiteral("address=123 Main St"), QStringLiteral("nickname=Ally")}
                        + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")));
    server.terminate();
    server.waitForFinished(5000);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(json(run).value(QLatin1String("address")).toString(), QStringLiteral("123 Main St"));
    QVERIFY2(run.err.contains(QLatin1String("did not store nickname")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("address")), qPrintable(run.err));
}

// The same answer whether an account uses the identity or not.
void TestCli::restorePasswordIsNeutral()
{
    const Run known =
        cli(QStringList{QStringLiteral("restore-password"), QStringLiteral("alice@example.com")} + server());
    const Run unknown =
        cli(QStringList{QStringLiteral("restore-password"), QStringLiteral("nobody@example.com")} + server());
    QCOMPARE(known.exitCode, 0);
    QCOMPARE(unknown.exitCode, 0);
    QCOMPARE(unknown.err, known.err);
    QVERIFY2(known.err.startsWith(QLatin1String("If an account uses this address")), qPrintable(known.err));
}

void TestCli::updateTypedBySchema()
{
    const Run run =
        cli(QStringList{QStringLiteral("update"), QStringLiteral("age=42"), QStringLiteral("newsletter=true"),
                        QStringLiteral("birthday=2001-02-03"), QStringLiteral("bio=")}
            + loginAs(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1")) + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject user = json(run);
    QVERIFY(user.value(QLatin1String("age")).isDouble());
    QCOMPARE(user.value(QLatin1String("age")).toInt(), 42);
    QCOMPARE(user.value(QLatin1String("newsletter")), QJsonValue(true));
    QCOMPARE(user.value(QLatin1String("birthday")).toInteger(), qint64(981158400000));
    QCOMPARE(user.value(QLatin1String("bio")).toString(), QString()); // TEXT: empty text stays text
}

void TestCli::updateRefusedByServer()
{
    const Run run = cli(QStringList{QStringLiteral("update"), QStringLiteral("email=bob@example.com")}
                        + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")) + server());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("error 3018: ")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::updateBadValueSendsNothing()
{
    const Run before = cli(QStringList{QStringLiteral("whoami")}
                           + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")) + server());
    const Run run =
        cli(QStringList{QStringLiteral("update"), QStringLiteral("address=Elsewhere"), QStringLiteral("age=abc")}
            + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")) + server());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("age")), qPrintable(run.err));
    const Run after = cli(QStringList{QStringLiteral("whoami")}
                          + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")) + server());
    QCOMPARE(json(after).value(QLatin1String("address")), json(before).value(QLatin1String("address")));
}

void TestCli::loginWrongPassword()
{
    const Run run =
        cli(QStringList{QStringLiteral("login"), QStringLiteral("alice@example.com"), QStringLiteral("--password-file"),
                        passwordFile(QStringLiteral("wrong.pw"), QStringLiteral("wrong"))}
            + server());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("error 3003: ")), qPrintable(run.err));
}

void TestCli::passwordFromStdin()
{
    // Piped (not a terminal): the password is the first line of stdin, with or without --password-file -.
    Run run = cli(QStringList{QStringLiteral("whoami"), QStringLiteral("--login"), QStringLiteral("bob@example.com"),
                              QStringLiteral("--password-file"), QStringLiteral("-")}
                      + server(),
                  "Bob-pass-1\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(json(run).value(QLatin1String("email")).toString(), QStringLiteral("bob@example.com"));
    run = cli(QStringList{QStringLiteral("whoami"), QStringLiteral("--login"), QStringLiteral("bob@example.com")}
                  + server(),
              "Bob-pass-1\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("Bob-pass-1")));
}

void TestCli::whoamiAsTable()
{
    const Run run = cli(QStringList{QStringLiteral("whoami"), QStringLiteral("--table")}
                        + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")) + server());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QLatin1String("property")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("objectId")));
    bool found = false;
    for (const QString &line : lines)
        found =
            found || (line.startsWith(QLatin1String("email ")) && line.endsWith(QLatin1String("alice@example.com")));
    QVERIFY2(found, qPrintable(run.out));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("lastLogin +\\d{4}-\\d\\d-\\d\\dT"))));
}

void TestCli::schema()
{
    Run run = cli(QStringList{QStringLiteral("schema")} + server());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray columns = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QVERIFY(!columns.isEmpty());
    bool identity = false;
    for (const QJsonValue &column : columns) {
        if (column[QLatin1String("name")].toString() == QLatin1String("email"))
            identity = column[QLatin1String("identity")].toBool();
    }
    QVERIFY(identity);
    run = cli(QStringList{QStringLiteral("schema"), QStringLiteral("--table")} + server());
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("\\nemail +STRING +identity"))));
}

void TestCli::controlCharactersAreEscaped()
{
    // A user stores a name that would clear a terminal (ESC [2J), open a C1 escape (U+009B),
    // reverse the rest of the line (U+202E) and break it (U+2028): staff listing users must see
    // it escaped, never executed by their terminal.
    const QString hostile = QStringLiteral("\x1b[2J") + QChar(0x9b) + QStringLiteral("31mEvil") + QChar(0x202e)
        + QStringLiteral("gpj") + QChar(0x2028) + QStringLiteral("x");
    Run run = cli(QStringList{QStringLiteral("update"), QStringLiteral("name=") + hostile}
                  + loginAs(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1")) + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.contains(QChar(0x1b)) && !run.out.contains(QChar(0x9b)));
    QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).isObject()); // still valid JSON
    QVERIFY(run.out.contains(QLatin1String("\\u009b")));

    const QStringList staff = loginAs(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));
    run = cli(QStringList{QStringLiteral("find"), QStringLiteral("email = 'bob@example.com'"),
                          QStringLiteral("--props"), QStringLiteral("email,name"), QStringLiteral("--table")}
              + staff + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.out.contains(QChar(0x1b)) && !run.out.contains(QChar(0x9b)), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QChar(0x202e)) && !run.out.contains(QChar(0x2028)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("\\x1b[2J\\u009b31mEvil\\u202egpj\\u2028x")), qPrintable(run.out));
    // Put Bob's name back for the other tests.
    run = cli(QStringList{QStringLiteral("update"), QStringLiteral("name=Bob Example")}
              + loginAs(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1")) + server());
    QCOMPARE(run.exitCode, 0);
}

void TestCli::findAndCountAsStaff()
{
    const QStringList staff = loginAs(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));
    Run run =
        cli(QStringList{QStringLiteral("find"), QStringLiteral("email LIKE 'user000%'"), QStringLiteral("--page-size"),
                        QStringLiteral("100"), QStringLiteral("--sort-by"), QStringLiteral("email desc")}
            + staff + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray users = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(users.size(), 9);
    QCOMPARE(users.first()[QLatin1String("email")].toString(), QStringLiteral("user0009@example.com"));

    run = cli(QStringList{QStringLiteral("find"), QStringLiteral("email LIKE 'user000%'"), QStringLiteral("--props"),
                          QStringLiteral("email,name"), QStringLiteral("--table"), QStringLiteral("--page-size"),
                          QStringLiteral("3")}
              + staff + server());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header + 3 rows
    QVERIFY(lines.first().startsWith(QLatin1String("email")));

    run = cli(QStringList{QStringLiteral("count"), QStringLiteral("email LIKE 'user001%'")} + staff + server());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("3")); // user0010..user0012
}

void TestCli::findRefusedForPlainUser()
{
    const Run run = cli(QStringList{QStringLiteral("find")}
                        + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")) + server());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("error 1013: ")), qPrintable(run.err));
}

void TestCli::passwd()
{
    const QString identity = QStringLiteral("user0011@example.com");
    Run run = cli(QStringList{QStringLiteral("passwd"), QStringLiteral("--new-password-file"),
                              passwordFile(QStringLiteral("new.pw"), QStringLiteral("Fresh-pass-9"))}
                  + loginAs(identity, QStringLiteral("User-pass-1")) + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("whoami")} + loginAs(identity, QStringLiteral("User-pass-1")) + server());
    QCOMPARE(run.exitCode, 1); // the old password is gone
    run = cli(QStringList{QStringLiteral("whoami")} + loginAs(identity, QStringLiteral("Fresh-pass-9")) + server());
    QCOMPARE(run.exitCode, 0);

    // Typed twice on a terminal (here: piped), the two must match.
    run = cli(QStringList{QStringLiteral("passwd")} + loginAs(identity, QStringLiteral("Fresh-pass-9")) + server(),
              "One-pass-1\nOther-pass-2\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("differ")));
}

void TestCli::loginWithoutKeychainSaysSo()
{
    Run run =
        cli(QStringList{QStringLiteral("login"), QStringLiteral("alice@example.com"), QStringLiteral("--password-file"),
                        passwordFile(QStringLiteral("alice2.pw"), QStringLiteral("Alice-pass-1"))}
            + server());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run).value(QLatin1String("email")).toString(), QStringLiteral("alice@example.com"));
    QVERIFY2(run.err.contains(QLatin1String("cannot stay signed in")), qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("whoami")} + server());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("Not signed in")));
}

void TestCli::exportDisabledUsers()
{
    QVERIFY(m_host->setUserStatus(QStringLiteral("user0003@example.com"), QStringLiteral("DISABLED")));
    QVERIFY(m_host->setUserStatus(QStringLiteral("user0011@example.com"), QStringLiteral("DISABLED")));
    const QStringList staff = loginAs(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));
    const QString csv = m_dir.filePath(QStringLiteral("disabled.csv"));
    Run run = cli(QStringList{QStringLiteral("export"), QStringLiteral("--status"), QStringLiteral("disabled"),
                              QStringLiteral("--columns"), QStringLiteral("email,userStatus,password"),
                              QStringLiteral("--output"), csv}
                  + staff + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // Exactly the disabled users; the password is never a column.
    QCOMPARE(lines.takeFirst(), QStringLiteral("email,userStatus"));
    lines.sort();
    QCOMPARE(lines,
             (QStringList{QStringLiteral("user0003@example.com,DISABLED"),
                          QStringLiteral("user0011@example.com,DISABLED")}));
    // JSON, with a where clause and the status together.
    const QString json = m_dir.filePath(QStringLiteral("disabled.json"));
    run = cli(QStringList{QStringLiteral("export"), QStringLiteral("email LIKE 'user001%'"), QStringLiteral("--status"),
                          QStringLiteral("disabled"), QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("--columns"), QStringLiteral("email"), QStringLiteral("--output"), json}
              + staff + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).array(),
             (QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("user0011@example.com")}}}));
    QVERIFY(m_host->setUserStatus(QStringLiteral("user0003@example.com"), QStringLiteral("ENABLED")));
    QVERIFY(m_host->setUserStatus(QStringLiteral("user0011@example.com"), QStringLiteral("ENABLED")));
}

void TestCli::exportRefusals()
{
    const QStringList staff = loginAs(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));
    const QString out = m_dir.filePath(QStringLiteral("refused.csv"));
    // Bad usage: nothing is sent, exit 2.
    for (const QStringList &bad : {QStringList{QStringLiteral("--format"), QStringLiteral("xml")},
                                   QStringList{QStringLiteral("--status"), QStringLiteral("gone")},
                                   QStringList{QStringLiteral("--columns"), QStringLiteral(",")}}) {
        const Run run =
            cli(QStringList{QStringLiteral("export"), QStringLiteral("--output"), out} + bad + staff + server());
        QCOMPARE(run.exitCode, 2);
    }
    QCOMPARE(cli(QStringList{QStringLiteral("export")} + staff + server()).exitCode, 2); // no --output
    // A plain user has no FIND: the server refuses, exit 1, and no file is left.
    const QStringList alice = loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
    Run run = cli(QStringList{QStringLiteral("export"), QStringLiteral("--output"), out} + alice + server());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("error 1013: ")), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
    // A where clause the server refuses: exit 1 (1017).
    run = cli(QStringList{QStringLiteral("export"), QStringLiteral("email = "), QStringLiteral("--output"), out} + staff
              + server());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("error 1017: ")), qPrintable(run.err));
    // The server down: exit 3.
    run = cli({QStringLiteral("export"), QStringLiteral("--output"), out, QStringLiteral("--url"),
               QStringLiteral("http://127.0.0.1:1/api"), QStringLiteral("--login"),
               QStringLiteral("support@example.com"), QStringLiteral("--password-file"),
               passwordFile(QStringLiteral("s.pw"), QStringLiteral("Support-pass-1"))});
    QCOMPARE(run.exitCode, 3);
}

void TestCli::serverDown()
{
    const Run run = cli({QStringLiteral("schema"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1/api")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.startsWith(QLatin1String("error network: ")), qPrintable(run.err));
}

void TestCli::timeout()
{
    m_host->setResponseDelay(3000);
    const Run run =
        cli(QStringList{QStringLiteral("schema"), QStringLiteral("--timeout"), QStringLiteral("1")} + server());
    m_host->setResponseDelay(0);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.startsWith(QLatin1String("error timeout: ")), qPrintable(run.err));
}

// Issue 21: the account actions, with exit codes a script can test (app/cli/README.md).
void TestCli::staffDisableAndEnable()
{
    const QStringList staff = loginAs(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));
    const QStringList bob = loginAs(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1"));
    const QStringList reason{QStringLiteral("--reason"), QStringLiteral("ticket 7")};
    Run run =
        cli(QStringList{QStringLiteral("disable"), QStringLiteral("bob@example.com")} + reason + staff + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("DISABLED"));
    run = cli(QStringList{QStringLiteral("whoami")} + bob + server());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("error 3090:")), qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("enable"), QStringLiteral("bob@example.com")} + reason + staff + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("ENABLED"));
    run = cli(QStringList{QStringLiteral("whoami")} + bob + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCli::staffRoles()
{
    const QStringList staff = loginAs(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
        + QStringList{QStringLiteral("--reason"), QStringLiteral("beta programme")};
    Run run = cli(QStringList{QStringLiteral("roles"), QStringLiteral("add"), QStringLiteral("alice@example.com"),
                              QStringLiteral("Beta")}
                  + staff + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array(),
             QJsonArray({QStringLiteral("AuthenticatedUser"), QStringLiteral("Beta")}));
    // alice sees it as her own role
    run = cli(QStringList{QStringLiteral("roles")}
              + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")) + server());
    QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("Beta")), qPrintable(run.out + run.err));
    run = cli(QStringList{QStringLiteral("roles"), QStringLiteral("list"), QStringLiteral("alice@example.com"),
                          QStringLiteral("--table")}
              + staff + server());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             QStringList({QStringLiteral("AuthenticatedUser"), QStringLiteral("Beta")}));
    run = cli(QStringList{QStringLiteral("roles"), QStringLiteral("remove"), QStringLiteral("alice@example.com"),
                          QStringLiteral("Beta")}
              + staff + server());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array(), QJsonArray({QStringLiteral("AuthenticatedUser")}));
    run = cli(QStringList{QStringLiteral("roles"), QStringLiteral("add"), QStringLiteral("alice@example.com"),
                          QStringLiteral("NoSuchRole")}
              + staff + server());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("error 2005:")), qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("roles"), QStringLiteral("add"), QStringLiteral("alice@example.com")} + staff
              + server());
    QCOMPARE(run.exitCode, 2);
}

void TestCli::staffRefusals()
{
    const QStringList staff = loginAs(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
        + QStringList{QStringLiteral("--reason"), QStringLiteral("abuse report")};
    Run run = cli(QStringList{QStringLiteral("disable"), QStringLiteral("nobody@example.com")} + staff + server());
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QLatin1String("nobody@example.com")), qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("disable"), QStringLiteral("support@example.com")} + staff + server());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("error 21003:")), qPrintable(run.err));
    // A user who is no staff cannot even find the account (1013), let alone disable it.
    run = cli(QStringList{QStringLiteral("disable"), QStringLiteral("bob@example.com"), QStringLiteral("--reason"),
                          QStringLiteral("x")}
              + loginAs(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")) + server());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("error 1013:")), qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("whoami")}
              + loginAs(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1")) + server());
    QCOMPARE(run.exitCode, 0);
}

void TestCli::staffMails()
{
    const QStringList staff = loginAs(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
        + QStringList{QStringLiteral("--reason"), QStringLiteral("locked out")};
    Run run = cli(QStringList{QStringLiteral("send-reset"), QStringLiteral("bob@example.com")} + staff + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Unlike restore-password, staff learn that no account has the address.
    run = cli(QStringList{QStringLiteral("send-reset"), QStringLiteral("nobody@example.com")} + staff + server());
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QLatin1String("nobody@example.com")), qPrintable(run.err));
    // This server requires no email confirmation.
    run = cli(QStringList{QStringLiteral("resend-confirmation"), QStringLiteral("bob@example.com")} + staff + server());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("error 3103:")), qPrintable(run.err));
}

void TestCli::staffServiceMissing()
{
    Server::ServerOptions options;
    options.demoUsers = 0;
    options.staffService = false;
    Server::ServerHost bare(options);
    QString error;
    QVERIFY2(bare.start(&error), qPrintable(error));
    const QStringList there{QStringLiteral("--url"), bare.baseUrl().toString()};
    const QStringList staff = loginAs(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
        + QStringList{QStringLiteral("--reason"), QStringLiteral("test")};
    Run run = cli(QStringList{QStringLiteral("disable"), QStringLiteral("bob@example.com")} + staff + there);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QLatin1String("ProfileDesk staff service")), qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("roles"), QStringLiteral("list"), QStringLiteral("bob@example.com")} + staff
              + there);
    QCOMPARE(run.exitCode, 4);
    // The mail and the edits do not need the service.
    run = cli(QStringList{QStringLiteral("send-reset"), QStringLiteral("bob@example.com")} + staff + there);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("whoami")}
              + loginAs(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1")) + there);
    QCOMPARE(run.exitCode, 0);
}

QJsonArray TestCli::serverRows(const QString &table, const QString &where)
{
    TestSupport::HttpTestClient http(m_host->baseUrl());
    const QString token = http.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
                              .value(QStringLiteral("user-token"))
                              .toString();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("where"), where);
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    const TestSupport::HttpResult result = http.get(QStringLiteral("/data/") + table, token, query);
    http.get(QStringLiteral("/users/logout"), token);
    return result.array();
}

// Staff actions through the CLI are journaled as the app's are: with the reason (required), in the
// team journal on the server; an entry that could not be sent waits in the CLI's outbox and goes
// with the next staff action, once.
void TestCli::staffActionsAreJournaled()
{
    const QStringList staff = loginAs(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));
    // No reason: refused before anything is sent.
    Run run = cli(QStringList{QStringLiteral("disable"), QStringLiteral("user0003@example.com")} + staff + server());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--reason")), qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("roles"), QStringLiteral("add"), QStringLiteral("user0003@example.com"),
                          QStringLiteral("Beta"), QStringLiteral("--reason"), QStringLiteral("  ")}
              + staff + server());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(serverJournal(QStringLiteral("userIdentity = 'user0003@example.com'")).isEmpty());

    run = cli(QStringList{QStringLiteral("disable"), QStringLiteral("user0003@example.com"), QStringLiteral("--reason"),
                          QStringLiteral("chargeback 12")}
              + staff + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("note:")), qPrintable(run.err));
    QJsonArray rows = serverJournal(QStringLiteral("reason = 'chargeback 12'"));
    QCOMPARE(rows.size(), 1);
    QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QStringLiteral("staff")).toString(), QStringLiteral("support@example.com"));
    QCOMPARE(row.value(QStringLiteral("userIdentity")).toString(), QStringLiteral("user0003@example.com"));
    QCOMPARE(row.value(QStringLiteral("result")).toString(), QStringLiteral("saved"));
    const QJsonObject change = row.value(QStringLiteral("changes")).toArray().first().toObject();
    QCOMPARE(change.value(QStringLiteral("field")).toString(), QStringLiteral("userStatus"));
    QCOMPARE(change.value(QStringLiteral("old")).toString(), QStringLiteral("ENABLED"));
    QCOMPARE(change.value(QStringLiteral("new")).toString(), QStringLiteral("DISABLED"));
    QFile file(journalPath());

    // A refused action is journaled too, as failed, with the server's code.
    run = cli(QStringList{QStringLiteral("roles"), QStringLiteral("add"), QStringLiteral("user0003@example.com"),
                          QStringLiteral("NoSuchRole"), QStringLiteral("--reason"), QStringLiteral("typo")}
              + staff + server());
    QCOMPARE(run.exitCode, 1);
    rows = serverJournal(QStringLiteral("reason = 'typo'"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(rows.first().toObject().value(QStringLiteral("errorCode")).toInt(), 2005);

    // An entry an earlier run could not send (the server was down after the action) waits in the
    // outbox: the next staff action sends it, once.
    const QString serverKey = Config::fromBaseUrl(m_host->baseUrl()).serverKey();
    QVERIFY(file.open(QIODevice::Append));
    file.write(QStringLiteral("{\"type\":\"attempt\",\"id\":\"earlier-run-1\",\"when\":1700000000000,\"staff\":"
                              "\"support@example.com\",\"server\":\"%1\",\"userId\":\"X1\",\"userIdentity\":"
                              "\"dave@example.com\",\"changes\":[],\"reason\":\"offline one\",\"result\":\"pending\"}\n"
                              "{\"type\":\"result\",\"id\":\"earlier-run-1\",\"result\":\"saved\",\"finished\":"
                              "1700000001000}\n")
                   .arg(serverKey)
                   .toUtf8());
    file.close();
    run = cli(QStringList{QStringLiteral("enable"), QStringLiteral("user0003@example.com"), QStringLiteral("--reason"),
                          QStringLiteral("refund done")}
              + staff + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(serverJournal(QStringLiteral("entryId = 'earlier-run-1'")).size(), 1);
    QCOMPARE(serverJournal(QStringLiteral("reason = 'refund done'")).size(), 1);
    // What earlier runs had acknowledged left the file (compacted when this run's outbox started).
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains("chargeback 12"), qPrintable(journalPath()));
    file.close();
    run = cli(QStringList{QStringLiteral("send-reset"), QStringLiteral("user0003@example.com"),
                          QStringLiteral("--reason"), QStringLiteral("asked by phone")}
              + staff + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(serverJournal(QStringLiteral("entryId = 'earlier-run-1'")).size(), 1);
    QCOMPARE(serverJournal(QStringLiteral("reason = 'asked by phone'")).size(), 1);
}

QJsonObject TestCli::serverUser(const QString &email)
{
    return serverRows(QStringLiteral("Users"), QStringLiteral("email = '%1'").arg(email)).first().toObject();
}

TestSupport::HttpResult TestCli::fetchStored(const QString &url)
{
    TestSupport::HttpTestClient http;
    QString restored = url;
    restored.replace(QLatin1String("/REST-API-KEY/"), QLatin1String("/demo-rest-key/"));
    return TestSupport::HttpTestClient::wait(http.start("GET", QUrl(restored), QByteArray(), {}));
}

QString TestCli::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

namespace {

// A 1200 x 800 photo with EXIF (orientation 1, a GPS position): what a phone's picture carries.
QByteArray photoWithGps()
{
    QImage photo(1200, 800, QImage::Format_RGB32);
    photo.fill(Qt::darkGreen);
    return PictureImages::jpegWithExif(photo, 1);
}

QSize imageSize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer).size();
}

} // namespace

// The picture command on your own profile: the app's pipeline and order of files. Set: the row
// holds the file's URL with the key replaced, the file is a <= 512 px square JPEG without the EXIF
// GPS block; replace: the old file is gone; remove: the row is null and the file gone.
void TestCli::pictureSetReplaceRemove()
{
    const QString who = QStringLiteral("user0006@example.com");
    // The app's demo form: the key is known (classic /{appId}/{key} base), so it is replaced.
    const QStringList me = loginAs(who, QStringLiteral("User-pass-1"))
        + QStringList{QStringLiteral("--url"), m_host->classicBaseUrl().toString()};
    const QByteArray original = photoWithGps();
    QVERIFY(original.contains(PictureImages::gpsMarker()));
    const QString photo = writeFile(QStringLiteral("photo.jpg"), original);

    Run run = cli(QStringList{QStringLiteral("picture"), QStringLiteral("set"), photo} + me);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString first = serverUser(who).value(QStringLiteral("avatar")).toString();
    QVERIFY2(first.contains(QLatin1String("/REST-API-KEY/files/users/")), qPrintable(first));
    QVERIFY2(!first.contains(QLatin1String("demo-rest-key")), qPrintable(first));
    QCOMPARE(json(run).value(QStringLiteral("avatar")).toString(), first);
    TestSupport::HttpResult file = fetchStored(first);
    QCOMPARE(file.status, 200);
    QCOMPARE(imageSize(file.body), QSize(512, 512)); // 800 x 800 centre square, scaled down
    QVERIFY(file.body.startsWith("\xFF\xD8"));
    QVERIFY(!file.body.contains("Exif"));
    QVERIFY(!file.body.contains(PictureImages::gpsMarker()));

    run = cli(QStringList{QStringLiteral("picture"), QStringLiteral("set"), photo} + me);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString second = serverUser(who).value(QStringLiteral("avatar")).toString();
    QVERIFY(second != first);
    QCOMPARE(fetchStored(second).status, 200);
    QCOMPARE(fetchStored(first).status, 404); // replaced: the old file went after the PUT

    run = cli(QStringList{QStringLiteral("picture"), QStringLiteral("remove")} + me);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(serverUser(who).value(QStringLiteral("avatar")).isNull());
    QCOMPARE(fetchStored(second).status, 404);
}

// Signed in by the /api form the CLI knows no key, and the local server answers uploads in the
// {appId}/{key} form anyway: the row keeps the file's /api/files/ URL, which names no key.
void TestCli::pictureKeyNeverStored()
{
    const QString who = QStringLiteral("user0008@example.com");
    const QString photo = writeFile(QStringLiteral("photo8.jpg"), photoWithGps());
    Run run = cli(QStringList{QStringLiteral("picture"), QStringLiteral("set"), photo}
                  + loginAs(who, QStringLiteral("User-pass-1")) + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString url = serverUser(who).value(QStringLiteral("avatar")).toString();
    QVERIFY2(url.startsWith(m_host->baseUrl().toString() + QLatin1String("/files/users/")), qPrintable(url));
    QVERIFY2(!run.out.contains(QLatin1String("demo-rest-key")), qPrintable(run.out));
    QCOMPARE(fetchStored(url).status, 200);
}

// What cannot be a picture sends nothing and says why, with exit code 6; `update` takes only a
// file of this server's Files API for the FILE_REF column (exit 2).
void TestCli::pictureRefusals()
{
    const QString who = QStringLiteral("user0006@example.com");
    const QStringList me = loginAs(who, QStringLiteral("User-pass-1")) + server();
    const QJsonValue before = serverUser(who).value(QStringLiteral("avatar"));

    const QString text =
        writeFile(QStringLiteral("notes.jpg"), QByteArray("just some text, not a JPEG\n").repeated(50));
    Run run = cli(QStringList{QStringLiteral("picture"), QStringLiteral("set"), text} + me);
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(QLatin1String("not an image")) && run.err.contains(QLatin1String("JPEG")),
             qPrintable(run.err));
    // A few hundred bytes announcing 50,000 x 50,000: refused from the header.
    const QString bomb = writeFile(QStringLiteral("bomb.png"), PictureImages::pngBomb(50000, 50000));
    run = cli(QStringList{QStringLiteral("picture"), QStringLiteral("set"), bomb} + me);
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains(QLatin1String("too many pixels")), qPrintable(run.err));
    run = cli(QStringList{QStringLiteral("picture"), QStringLiteral("set"), m_dir.filePath(QStringLiteral("none.jpg"))}
              + me);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(serverUser(who).value(QStringLiteral("avatar")), before);

    // Another host's URL, and a URL of this server that is no file: refused before anything is sent.
    for (const QString &url : QStringList{QStringLiteral("https://elsewhere.example/files/users/x/p.jpg"),
                                          m_host->baseUrl().toString() + QStringLiteral("/data/Users")}) {
        run = cli(QStringList{QStringLiteral("update"), QStringLiteral("avatar=") + url} + me);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("Files API")), qPrintable(run.err));
    }
    QCOMPARE(serverUser(who).value(QStringLiteral("avatar")), before);
    // Usage: staff forms need --reason, and nothing is sent without it.
    run = cli(QStringList{QStringLiteral("picture"), QStringLiteral("remove"), who}
              + loginAs(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1")) + server());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--reason")), qPrintable(run.err));
}

// Support staff set another user's picture: uploaded under that user's folder, the row saved through
// the Data API, journaled (old -> new, the reason) in the team journal; then removed, journaled too.
void TestCli::pictureAsStaffIsJournaled()
{
    const QString who = QStringLiteral("user0007@example.com");
    const QStringList staff = loginAs(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
        + QStringList{QStringLiteral("--url"), m_host->classicBaseUrl().toString()};
    const QString photo = writeFile(QStringLiteral("photo7.jpg"), photoWithGps());
    Run run = cli(QStringList{QStringLiteral("picture"), QStringLiteral("set"), who, photo, QStringLiteral("--reason"),
                              QStringLiteral("ticket 88: their photo")}
                  + staff);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject user = serverUser(who);
    const QString url = user.value(QStringLiteral("avatar")).toString();
    QVERIFY2(
        url.contains(QLatin1String("/REST-API-KEY/files/users/") + user.value(QStringLiteral("objectId")).toString()),
        qPrintable(url));
    QCOMPARE(fetchStored(url).status, 200);
    QJsonArray rows = serverJournal(QStringLiteral("reason = 'ticket 88: their photo'"));
    QCOMPARE(rows.size(), 1);
    QJsonObject change = rows.first().toObject().value(QStringLiteral("changes")).toArray().first().toObject();
    QCOMPARE(change.value(QStringLiteral("field")).toString(), QStringLiteral("avatar"));
    QVERIFY(change.value(QStringLiteral("old")).isNull());
    // The same file, no key (the journal writes its own placeholder for a key segment).
    const QString journaled = change.value(QStringLiteral("new")).toString();
    QCOMPARE(FileService::pathOf(journaled), FileService::pathOf(url));
    QVERIFY2(!journaled.contains(QLatin1String("demo-rest-key")), qPrintable(journaled));
    QFile journal(journalPath());
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QVERIFY(!journal.readAll().contains("demo-rest-key"));

    run = cli(QStringList{QStringLiteral("picture"), QStringLiteral("remove"), who, QStringLiteral("--reason"),
                          QStringLiteral("ticket 89: not them")}
              + staff);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(serverUser(who).value(QStringLiteral("avatar")).isNull());
    QCOMPARE(fetchStored(url).status, 404);
    rows = serverJournal(QStringLiteral("reason = 'ticket 89: not them'"));
    QCOMPARE(rows.size(), 1);
    change = rows.first().toObject().value(QStringLiteral("changes")).toArray().first().toObject();
    QCOMPARE(FileService::pathOf(change.value(QStringLiteral("old")).toString()), FileService::pathOf(url));
    QVERIFY(change.value(QStringLiteral("new")).isNull());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
