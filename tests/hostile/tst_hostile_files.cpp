// Attacks on the Files API of the real profiledesk-server (issue 23): a 2 GiB upload announced and
// sent slowly, and many large uploads held open at once. Each asserts the answer, the server's
// memory (VmRSS/VmHWM from /proc) and a prompt GET /info during and after.

#include "hostilechecks.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace Hostile;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QByteArray uploadHead(qint64 length, int i)
{
    return "POST /api/files/users/attacker/big-" + QByteArray::number(i)
        + ".bin HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: "
        + QByteArray::number(length) + "\r\n\r\n";
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void twoGiBUploadSentSlowly();
    void manyLargeUploadsHeldOpen();
};

void TestHostileFiles::twoGiBUploadSentSlowly()
{
    // Four connections announce 2 GiB each to a files path and send a few bytes at a time: each is
    // refused from its head (413, over the 4 MiB a files request may carry) before its body is read.
    HOSTILE_START(server);
    const qint64 rssBefore = server.rssKiB();
    const qint64 peakBefore = server.peakRssKiB();
    std::vector<std::unique_ptr<RawConnection>> attackers;
    for (int i = 0; i < 4; ++i) {
        attackers.push_back(std::make_unique<RawConnection>(server.port()));
        attackers.back()->send(uploadHead(2LL * 1024 * MiB, i) + "--b\r\n");
    }
    for (int step = 0; step < 5; ++step) {
        for (const auto &attacker : attackers) {
            if (attacker->isConnected())
                attacker->send(QByteArray(64, 'x'));
        }
        HOSTILE_EXPECT_PROMPT(server.port(), "while 2 GiB uploads trickle in");
        QTest::qWait(100);
    }
    for (const auto &attacker : attackers) {
        const RawResponse response = attacker->readResponse(3000);
        QCOMPARE(response.status, 413);
        QCOMPARE(response.code(), 413);
        QVERIFY(attacker->waitClosed(3000));
    }
    const qint64 growth = qMax(server.rssKiB() - rssBefore, server.peakRssKiB() - peakBefore);
    qInfo("2 GiB uploads: memory growth %lld KiB (RSS before %lld KiB)", growth, rssBefore);
    QVERIFY2(growth < MaxGrowthKiB, qPrintable(QString::number(growth)));
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
    QCOMPARE(call(server.port(), "GET", "/api/files/users/attacker/big-0.bin?action=exists").body,
             QByteArrayLiteral("false"));
}

void TestHostileFiles::manyLargeUploadsHeldOpen()
{
    // Sixteen connections announce 3 MiB each (allowed for a files path) and send all but the last
    // byte, then stall. Bodies over 1 MiB share a 16 MiB budget: five are admitted, the other eleven
    // get 503 before their bodies are read, so the server never holds more than the budget.
    HOSTILE_START(server, {QStringLiteral("--request-timeout"), QStringLiteral("3")});
    const qint64 rssBefore = server.rssKiB();
    const qint64 peakBefore = server.peakRssKiB();
    const qint64 length = 3 * MiB;
    std::vector<std::unique_ptr<RawConnection>> attackers;
    for (int i = 0; i < 16; ++i) {
        attackers.push_back(std::make_unique<RawConnection>(server.port()));
        attackers.back()->send(uploadHead(length, i));
        attackers.back()->push(QByteArray(length - 1, 'x'), 1000);
        HOSTILE_EXPECT_PROMPT(server.port(), "while large uploads are held open");
    }
    int refused = 0;
    int timedOut = 0;
    for (const auto &attacker : attackers) {
        const RawResponse response = attacker->readResponse(6000);
        QVERIFY2(response.status == 503 || response.status == 408, qPrintable(QString::number(response.status)));
        QCOMPARE(response.code(), response.status);
        (response.status == 503 ? refused : timedOut) += 1;
    }
    const qint64 growth = qMax(server.rssKiB() - rssBefore, server.peakRssKiB() - peakBefore);
    qInfo("16 x 3 MiB held open: %d admitted (then 408), %d refused 503; memory growth %lld KiB", timedOut, refused,
          growth);
    QCOMPARE(timedOut, 5);
    QCOMPARE(refused, 11);
    QVERIFY2(growth < MaxGrowthKiB, qPrintable(QString::number(growth)));
    HOSTILE_EXPECT_PROMPT(server.port(), "after the attack");
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostile_files.moc"
