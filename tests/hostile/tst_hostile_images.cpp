// Hostile image files fed to the client's picture pipeline (PictureImage::decode, app/imaging: what
// the app's picture field and profiledesk-cli's `picture set` run): each is refused, and the memory it
// cost is measured. Every case runs in a child process of its own (this executable again, told the
// case and the file by the environment), so that its peak RSS (VmHWM) starts from a baseline no other
// case raised: the child reads the file, notes VmHWM, decodes, notes VmHWM again and prints both.
// A well-formed photo of the same size decodes in the same run: its growth shows that the measure
// sees a decode's allocations, and is the floor the refusals are compared with.
#include "imaging/pictureimage.h"
#include "pictureimages.h"
#include "procstatus.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

const char CaseVariable[] = "PROFILEDESK_HOSTILE_IMAGE";
// What a refusal may cost: loading the image plugin and reading the header (about 2 MiB measured),
// never a pixel buffer. The sanitizers' allocator and shadow memory add their own share.
#ifdef HOSTILE_SANITIZED
constexpr qint64 RefusalBoundKiB = 32 * 1024;
#else
constexpr qint64 RefusalBoundKiB = 8 * 1024;
#endif

// The child: decode the file named in the environment, print "failure before after" (KiB).
int runChild(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray bytes = file.readAll();
    const qint64 before = ProcStatus::kiB("VmHWM");
    const PictureImage::Decoded decoded = PictureImage::decode(bytes);
    const qint64 after = ProcStatus::kiB("VmHWM");
    std::printf("%d %lld %lld\n", int(decoded.failure), before, after);
    return 0;
}

// A 4000 x 3000 photo-like JPEG (noise, so that it does not compress to nothing): 12 megapixels,
// 48 MB as ARGB32 once decoded.
QByteArray bigJpeg()
{
    QImage photo(4000, 3000, QImage::Format_RGB32);
    QRandomGenerator random(23);
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x)
            line[x] = qRgb(x % 256, y % 256, int(random.bounded(256)));
    }
    return PictureImages::encoded(photo, "jpeg", 80);
}

// A small JPEG whose frame header (SOF0) announces width x height.
QByteArray jpegAnnouncing(quint16 width, quint16 height)
{
    QImage small(64, 64, QImage::Format_RGB32);
    small.fill(Qt::darkCyan);
    QByteArray bytes = PictureImages::encoded(small, "jpeg");
    const qsizetype sof = bytes.indexOf(QByteArray("\xFF\xC0", 2));
    if (sof < 0)
        return QByteArray();
    // FF C0, length (2), precision (1), height (2), width (2)
    bytes[sof + 5] = char(height >> 8);
    bytes[sof + 6] = char(height & 0xff);
    bytes[sof + 7] = char(width >> 8);
    bytes[sof + 8] = char(width & 0xff);
    return bytes;
}

struct Figures
{
    int failure = -1;
    qint64 growthKiB = -1;
};

} // namespace

class TestHostileImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedWithBoundedMemory_data();
    void refusedWithBoundedMemory();

private:
    Figures decodeInChild(const QString &file);
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    qint64 m_floorKiB = -1;
};

QString TestHostileImages::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

Figures TestHostileImages::decodeInChild(const QString &file)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(CaseVariable), file);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    Figures figures;
    if (!child.waitForFinished(60000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return figures;
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 3)
        return figures;
    figures.failure = fields.at(0).toInt();
    figures.growthKiB = fields.at(2).toLongLong() - fields.at(1).toLongLong();
    return figures;
}

void TestHostileImages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (ProcStatus::kiB("VmHWM") < 0)
        QSKIP("no /proc/self/status here: the memory figures cannot be read");
    // The floor: a well-formed 12-megapixel JPEG, decoded.
    const QString photo = write(QStringLiteral("photo.jpg"), bigJpeg());
    QVERIFY(!photo.isEmpty());
    const Figures floor = decodeInChild(photo);
    QCOMPARE(floor.failure, int(PictureImage::Failure::None));
    m_floorKiB = floor.growthKiB;
    qInfo("floor: a well-formed 4000 x 3000 JPEG decodes with a peak RSS growth of %lld KiB", m_floorKiB);
    // The measure sees a decode: 12 megapixels are 48 MB as 32-bit pixels (some may reuse freed pages).
    QVERIFY2(m_floorKiB > 24 * 1024, qPrintable(QString::number(m_floorKiB)));
}

void TestHostileImages::refusedWithBoundedMemory_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("failure");

    // A few hundred bytes announcing 2.5 gigapixels (10 GB as 32-bit pixels).
    QTest::newRow("PNG bomb 50,000 x 50,000")
        << PictureImages::pngBomb(50000, 50000) << int(PictureImage::Failure::TooManyPixels);
    QTest::newRow("JPEG announcing 50,000 x 50,000")
        << jpegAnnouncing(50000, 50000) << int(PictureImage::Failure::TooManyPixels);
    const QByteArray photo = bigJpeg();
    QTest::newRow("12-megapixel JPEG cut in half")
        << photo.left(photo.size() / 2) << int(PictureImage::Failure::Incomplete);
    QTest::newRow("12-megapixel JPEG, the first 4 KiB") << photo.left(4096) << int(PictureImage::Failure::Incomplete);
}

void TestHostileImages::refusedWithBoundedMemory()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, failure);
    QVERIFY(!bytes.isEmpty());
    const QString file = write(QStringLiteral("case.bin"), bytes);
    QVERIFY(!file.isEmpty());
    const Figures figures = decodeInChild(file);
    qInfo("%s: %lld bytes, refused as %d, peak RSS growth %lld KiB (floor, a whole photo decoded: %lld KiB)",
          QTest::currentDataTag(), qint64(bytes.size()), figures.failure, figures.growthKiB, m_floorKiB);
    QCOMPARE(figures.failure, failure);
    // Bounded: no pixel buffer of the announced size, and far less than one whole photo's decode.
    QVERIFY2(figures.growthKiB >= 0 && figures.growthKiB < RefusalBoundKiB,
             qPrintable(QString::number(figures.growthKiB)));
    QVERIFY2(figures.growthKiB < m_floorKiB / 2, qPrintable(QString::number(figures.growthKiB)));
}

int main(int argc, char **argv)
{
    const QString child = qEnvironmentVariable(CaseVariable);
    if (!child.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runChild(child);
    }
    QCoreApplication app(argc, argv);
    TestHostileImages test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostile_images.moc"
