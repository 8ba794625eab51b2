// Attacks on the real profiledesk-server that need namespaces of the test's own (issue 25): IPv6
// clients of one /64 (item 6), in a network namespace with addresses from the documentation prefix
// 2001:db8::/32 on its `lo` (loopback only), and a database on a read-only mount, in a mount
// namespace of the server's own, and one on a small tmpfs that fills up. Where the machine allows no such namespace
// (not root, no `ip`), the test prints why and exits with 77, which CTest reports as skipped (SKIP_RETURN_CODE), never
// as passed.

#include "hostilechecks.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sched.h>
#include <utility>
#include <vector>

using namespace Hostile;

namespace {

constexpr int SkipExitCode = 77;
const QHostAddress ServerAddress(QStringLiteral("2001:db8:0:9::1"));

QHostAddress inFirstPrefix(int host)
{
    return QHostAddress(QStringLiteral("2001:db8:0:1::%1").arg(host, 0, 16));
}

const QHostAddress OtherPrefix(QStringLiteral("2001:db8:0:2::1"));

// Moves this process into a new network namespace with `lo` up and the test's addresses on it.
bool enterOwnNetworkNamespace(QString *why)
{
    if (unshare(CLONE_NEWNET) != 0) {
        *why = QStringLiteral("cannot create a network namespace (unshare -n needs root): %1")
                   .arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    QByteArray script = "ip link set lo up";
    QList<QHostAddress> addresses{ServerAddress, OtherPrefix};
    for (int host = 0x10; host < 0x20; ++host)
        addresses << inFirstPrefix(host);
    for (const QHostAddress &address : addresses)
        script += " && ip -6 addr add " + address.toString().toLatin1() + "/128 dev lo nodad";
    if (std::system(script.constData()) != 0) {
        *why = QStringLiteral("could not set up loopback addresses with ip(8) in the namespace");
        return false;
    }
    return true;
}

} // namespace

class TestHostileNamespaces : public QObject
{
    Q_OBJECT

private slots:
    void connectionCapCountsTheSlash64();
    void readOnlyDatabaseIsRefusedAtStart();
    void fullDiskAnswersInJsonAndLoginsGoOn();
};

void TestHostileNamespaces::connectionCapCountsTheSlash64()
{
    // Item 6: the per-address cap counted each exact IPv6 address, so one /64 (2^64 addresses)
    // could take every slot. Now a /64 is one client host.
    HOSTILE_START(server,
                  {QStringLiteral("--host"), ServerAddress.toString(), QStringLiteral("--max-connections-per-address"),
                   QStringLiteral("8")});
    const qint64 peakBefore = server.peakRssKiB();
    std::vector<std::unique_ptr<RawConnection>> held;
    for (int host = 0x10; host < 0x18; ++host) {
        held.push_back(std::make_unique<RawConnection>(server.port(), inFirstPrefix(host), ServerAddress));
        QVERIFY(held.back()->isConnected());
    }
    RawConnection ninth(server.port(), inFirstPrefix(0x18), ServerAddress);
    const RawResponse refused = ninth.readResponse(3000);
    qInfo("item 6: a 9th connection from the same /64 answered %d", refused.status);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.code(), 503);
    const qint64 during = probeInfoMs(server.port(), OtherPrefix, ServerAddress);
    QVERIFY2(during >= 0 && during < PromptMs, qPrintable(QString::number(during)));
    const qint64 growth = server.peakRssKiB() - peakBefore;
    QVERIFY2(growth < MaxGrowthKiB, qPrintable(QString::number(growth)));
    held.clear();
    QTest::qWait(300); // the server sees the closes
    const qint64 after = probeInfoMs(server.port(), inFirstPrefix(0x19), ServerAddress);
    QVERIFY2(after >= 0 && after < PromptMs, qPrintable(QString::number(after)));
}

void TestHostileNamespaces::readOnlyDatabaseIsRefusedAtStart()
{
    // Low item: a read-only database started without a word, and then every login was a 500.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("users.db"));
    {
        HOSTILE_START(seeding, {QStringLiteral("--db"), database});
    }
    QProcess readOnly;
    readOnly.setProcessChannelMode(QProcess::MergedChannels);
    // The directory is bind-mounted read-only over itself in a mount namespace of the server's own.
    readOnly.start(QStringLiteral("unshare"),
                   {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && exec \"$2\" "
                                   "--port 0 --db \"$1/users.db\""),
                    QStringLiteral("sh"), dir.path(), HostileServer::executable()});
    QVERIFY(readOnly.waitForStarted(5000));
    const bool exited = readOnly.waitForFinished(10000);
    const QString output = QString::fromLocal8Bit(readOnly.readAll());
    if (!exited) {
        readOnly.kill();
        readOnly.waitForFinished(5000);
    }
    qInfo("read-only database: exited %d with code %d: %s", exited, readOnly.exitCode(), qPrintable(output.trimmed()));
    QVERIFY2(exited, "the server started on a read-only database");
    QCOMPARE(readOnly.exitCode(), 2);
    QVERIFY2(output.contains(QStringLiteral("cannot be written")), qPrintable(output));
}

namespace {

// Runs `script` with sh in the mount namespace of process `pid` (where the server's tmpfs is).
int inMountNamespaceOf(qint64 pid, const QString &script)
{
    return QProcess::execute(QStringLiteral("nsenter"),
                             {QStringLiteral("-t"), QString::number(pid), QStringLiteral("-m"), QStringLiteral("sh"),
                              QStringLiteral("-c"), script});
}

} // namespace

void TestHostileNamespaces::fullDiskAnswersInJsonAndLoginsGoOn()
{
    // Low item: on a full disk, logins answered 500 in 2 of 3 runs. The database lives on a 4 MiB
    // tmpfs mounted in a mount namespace of the server's own; a file of zeros then fills it.
    HostileServer server({},
                         {QStringLiteral("unshare"), QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("mount -t tmpfs -o size=4m tmpfs \"$0\" && exec \"$@\""),
                          QStringLiteral("{dir}")});
    QVERIFY2(server.isRunning(), qPrintable(server.errorText()));
    const QString password = QStringLiteral("Before-pass-1");
    const QJsonObject owner{{QStringLiteral("login"), QStringLiteral("before@example.com")},
                            {QStringLiteral("password"), password}};
    QCOMPARE(call(server.port(), "POST", "/api/users/register",
                  {{QStringLiteral("email"), QStringLiteral("before@example.com")},
                   {QStringLiteral("password"), password},
                   {QStringLiteral("name"), QStringLiteral("Written before")}})
                 .status,
             200);
    const RawResponse first = call(server.port(), "POST", "/api/users/login", owner);
    QCOMPARE(first.status, 200);
    const QByteArray objectId = first.object().value(QStringLiteral("objectId")).toString().toUtf8();

    const QString fill = server.databaseDir() + QStringLiteral("/fill");
    inMountNamespaceOf(server.processId(), QStringLiteral("dd if=/dev/zero of=\"%1\" bs=4k 2>/dev/null").arg(fill));
    const qint64 peakBefore = server.peakRssKiB();

    // Registers that each need new pages, until one is refused (SQLite reuses the space the
    // database and its WAL already hold, so the first writes may still fit), with a login of the
    // owner after each: every login is answered 200, the refusal is a Backendless-shaped 5xx.
    const QString bulk(500, QLatin1Char('x'));
    RawResponse registered;
    QList<int> loginStatuses;
    QByteArray token = first.object().value(QStringLiteral("user-token")).toString().toUtf8();
    int accepted = 0;
    for (; accepted < 400; ++accepted) {
        QJsonObject user{{QStringLiteral("email"), QStringLiteral("after%1@example.com").arg(accepted)},
                         {QStringLiteral("password"), password},
                         {QStringLiteral("name"), QStringLiteral("Filler")}};
        for (int column = 0; column < 6; ++column)
            user.insert(QStringLiteral("bulk%1").arg(column), bulk);
        registered = call(server.port(), "POST", "/api/users/register", user);
        const RawResponse login = call(server.port(), "POST", "/api/users/login", owner);
        if (login.status != 200 || !loginStatuses.contains(login.status))
            loginStatuses << login.status;
        if (login.status == 200)
            token = login.object().value(QStringLiteral("user-token")).toString().toUtf8();
        else
            qInfo("full disk: a login answered %d: %s", login.status, login.body.constData());
        if (registered.status != 200)
            break;
    }
    const RawResponse updated = call(server.port(), "PUT", "/api/users/" + objectId,
                                     {{QStringLiteral("name"), QStringLiteral("Written on a full disk")},
                                      {QStringLiteral("bulk0"), bulk},
                                      {QStringLiteral("bulk9"), bulk}},
                                     token);
    qInfo("full disk: %d registers fitted; then register %d %s; update %d %s; %lld distinct login statuses", accepted,
          registered.status, registered.body.constData(), updated.status, updated.body.constData(),
          qlonglong(loginStatuses.size()));
    QCOMPARE(loginStatuses, QList<int>({200}));
    for (const RawResponse *refused : {&std::as_const(registered), &updated}) {
        QVERIFY2(refused->status >= 500 && refused->status < 600, refused->body.constData());
        QCOMPARE(refused->code(), 507);
        QVERIFY(refused->object().value(QStringLiteral("message")).toString().contains(QStringLiteral("full")));
    }
    HOSTILE_EXPECT_PROMPT(server.port(), "on a full disk");

    // What was written before is intact; once space is back, writes work again.
    const RawResponse stored = call(server.port(), "GET", "/api/data/Users/" + objectId, {}, token);
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.object().value(QStringLiteral("name")).toString(), QStringLiteral("Written before"));
    QCOMPARE(call(server.port(), "POST", "/api/users/login",
                  {{QStringLiteral("login"), QStringLiteral("after%1@example.com").arg(accepted)},
                   {QStringLiteral("password"), password}})
                 .code(),
             3003);
    QCOMPARE(inMountNamespaceOf(server.processId(), QStringLiteral("rm \"%1\"").arg(fill)), 0);
    QCOMPARE(call(server.port(), "PUT", "/api/users/" + objectId,
                  {{QStringLiteral("name"), QStringLiteral("Written after")}}, token)
                 .status,
             200);
    const qint64 growth = server.peakRssKiB() - peakBefore;
    QVERIFY2(growth < MaxGrowthKiB, qPrintable(QString::number(growth)));
    HOSTILE_EXPECT_PROMPT(server.port(), "after the disk was full");
}

int main(int argc, char *argv[])
{
    // Before any thread exists, so that every thread of the test and the server it starts share
    // the namespace.
    QString why;
    if (!enterOwnNetworkNamespace(&why)) {
        std::printf("SKIP: %s\n", qPrintable(why));
        return SkipExitCode;
    }
    QCoreApplication app(argc, argv);
    TestHostileNamespaces test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostile_namespaces.moc"
