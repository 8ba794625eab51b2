// Attacks on the real profiledesk-server that need namespaces of the test's own (issue 25): IPv6
// clients of one /64 (item 6), in a network namespace with addresses from the documentation prefix
// 2001:db8::/32 on its `lo` (loopback only), and a database on a read-only mount, in a mount
// namespace of the server's own. Where the machine allows no such namespace (not root, no `ip`),
// the test prints why and exits with 77, which CTest reports as skipped (SKIP_RETURN_CODE), never
// as passed.

#include "hostilechecks.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sched.h>
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
