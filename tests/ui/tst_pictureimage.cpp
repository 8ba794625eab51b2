#include "imaging/pictureimage.h"
#include "pictureimages.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace PictureImage;

// The picture pipeline on images made here: orientation applied, metadata gone, the size and
// format of what is uploaded, and the refusals of hostile or broken files.
class TestPictureImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exifOrientationApplied();
    void gpsAndExifGone();
    void scaledToAtMost512();
    void smallCropNotEnlarged();
    void alphaBecomesPng();
    void opaqueAlphaFormatStaysJpeg();
    void decompressionBombRefusedBeforeDecoding();
    void truncatedJpegRefused();
    void truncatedPngRefused();
    void notAnImage();
    void tooManyBytes();
    void jobRunsOffThread();
    void jobCancel();
};

namespace {

// 40 x 20: left half red, right half blue.
QImage leftRedRightBlue()
{
    QImage image(40, 20, QImage::Format_RGB32);
    QPainter p(&image);
    p.fillRect(0, 0, 20, 20, Qt::red);
    p.fillRect(20, 0, 20, 20, Qt::blue);
    return image;
}

bool reddish(QRgb c)
{
    return qRed(c) > 180 && qBlue(c) < 80;
}
bool bluish(QRgb c)
{
    return qBlue(c) > 180 && qRed(c) < 80;
}

QImage read(const QByteArray &bytes)
{
    QImage image;
    image.loadFromData(bytes);
    return image;
}

} // namespace

void TestPictureImage::exifOrientationApplied()
{
    // Orientation 6: the camera was turned; the picture is shown turned 90 degrees clockwise.
    const Decoded decoded = decode(PictureImages::jpegWithExif(leftRedRightBlue(), 6));
    QCOMPARE(decoded.failure, Failure::None);
    QCOMPARE(decoded.image.size(), QSize(20, 40));
    QVERIFY(reddish(decoded.image.pixel(10, 5))); // the left half is on top now
    QVERIFY(bluish(decoded.image.pixel(10, 35)));
    // Without the EXIF block it stays as it is.
    const Decoded plain = decode(PictureImages::encoded(leftRedRightBlue(), "jpeg"));
    QCOMPARE(plain.image.size(), QSize(40, 20));
}

void TestPictureImage::gpsAndExifGone()
{
    const QByteArray input = PictureImages::jpegWithExif(leftRedRightBlue(), 6);
    QVERIFY(input.contains(PictureImages::gpsMarker()));
    QVERIFY(input.contains(QByteArray("Exif\0\0", 6)));
    const Decoded decoded = decode(input);
    const Encoded out = encode(decoded.image, QRectF());
    QCOMPARE(out.failure, Failure::None);
    QCOMPARE(out.mimeType, QStringLiteral("image/jpeg"));
    QVERIFY(!out.bytes.contains(PictureImages::gpsMarker()));
    QVERIFY(!out.bytes.contains(QByteArray("Exif", 4)));
    // Nothing left to turn it again: read with auto-transform it is what was cropped, upright.
    QBuffer buffer;
    buffer.setData(out.bytes);
    QImageReader reader(&buffer);
    QCOMPARE(reader.transformation(), QImageIOHandler::TransformationNone);
    QCOMPARE(reader.size(), QSize(20, 20));
}

void TestPictureImage::scaledToAtMost512()
{
    QImage big(3000, 2000, QImage::Format_RGB32);
    big.fill(Qt::darkGreen);
    const Decoded decoded = decode(PictureImages::encoded(big, "jpeg", 80));
    QCOMPARE(decoded.failure, Failure::None);
    QCOMPARE(decoded.originalSize, QSize(3000, 2000));
    QVERIFY(decoded.image.width() <= WorkingSide && decoded.image.height() <= WorkingSide);
    const Encoded out = encode(decoded.image, QRectF());
    QCOMPARE(out.size, QSize(512, 512));
    QCOMPARE(read(out.bytes).size(), QSize(512, 512));
    // A zoomed crop of part of it: still 512 at most, square.
    const Encoded zoomed = encode(decoded.image, QRectF(100, 100, 700, 700));
    QCOMPARE(read(zoomed.bytes).size(), QSize(512, 512));
}

void TestPictureImage::smallCropNotEnlarged()
{
    QImage small(100, 80, QImage::Format_RGB32);
    small.fill(Qt::yellow);
    const Encoded out = encode(small, QRectF());
    QCOMPARE(read(out.bytes).size(), QSize(80, 80));
}

void TestPictureImage::alphaBecomesPng()
{
    QImage image(64, 64, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter(&image).fillRect(16, 16, 32, 32, Qt::red);
    const Decoded decoded = decode(PictureImages::encoded(image, "png"));
    const Encoded out = encode(decoded.image, QRectF());
    QCOMPARE(out.mimeType, QStringLiteral("image/png"));
    QCOMPARE(out.suffix, QStringLiteral("png"));
    const QImage back = read(out.bytes);
    QVERIFY(back.hasAlphaChannel());
    QCOMPARE(qAlpha(back.pixel(2, 2)), 0);
    QCOMPARE(qAlpha(back.pixel(32, 32)), 255);
}

void TestPictureImage::opaqueAlphaFormatStaysJpeg()
{
    QImage image(64, 64, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QCOMPARE(encode(image, QRectF()).mimeType, QStringLiteral("image/jpeg"));
}

void TestPictureImage::decompressionBombRefusedBeforeDecoding()
{
    const QByteArray bomb = PictureImages::pngBomb(50000, 50000);
    QVERIFY(bomb.size() < 16 * 1024);
    QBuffer buffer;
    buffer.setData(bomb);
    QCOMPARE(QImageReader(&buffer).size(), QSize(50000, 50000)); // the header says so
    const Decoded decoded = decode(bomb);
    QCOMPARE(decoded.failure, Failure::TooManyPixels);
    QVERIFY(decoded.image.isNull());
}

void TestPictureImage::truncatedJpegRefused()
{
    QImage photo(400, 300, QImage::Format_RGB32);
    photo.fill(Qt::cyan);
    QPainter(&photo).drawEllipse(50, 50, 200, 150);
    const QByteArray whole = PictureImages::encoded(photo, "jpeg");
    QCOMPARE(decode(whole).failure, Failure::None);
    QCOMPARE(decode(whole.left(whole.size() / 2)).failure, Failure::Incomplete);
}

void TestPictureImage::truncatedPngRefused()
{
    QImage photo(300, 300, QImage::Format_RGB32);
    for (int y = 0; y < 300; ++y)
        for (int x = 0; x < 300; ++x)
            photo.setPixel(x, y, qRgb(x * 13 % 256, y * 7 % 256, (x ^ y) % 256));
    const QByteArray whole = PictureImages::encoded(photo, "png");
    const Failure failure = decode(whole.left(whole.size() / 2)).failure;
    QCOMPARE(failure, Failure::Incomplete);
}

void TestPictureImage::notAnImage()
{
    QCOMPARE(decode("%PDF-1.7 not a picture at all").failure, Failure::NotAnImage);
    QCOMPARE(decode(QByteArray()).failure, Failure::NotAnImage);
}

void TestPictureImage::tooManyBytes()
{
    QCOMPARE(decode(QByteArray(MaxInputBytes + 1, '\xff')).failure, Failure::TooLarge);
}

void TestPictureImage::jobRunsOffThread()
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    PictureJob *job = PictureJob::decode(PictureImages::encoded(image, "jpeg"));
    QSignalSpy finished(job, &PictureJob::finished);
    Decoded decoded;
    connect(job, &PictureJob::finished, this, [&] { decoded = job->decoded(); });
    QVERIFY(finished.isEmpty()); // never before the call returned
    QVERIFY(finished.wait(10000));
    QCOMPARE(decoded.image.size(), QSize(800, 600));
    PictureJob *encodeJob = PictureJob::encode(decoded.image, QRectF());
    Encoded encoded;
    connect(encodeJob, &PictureJob::finished, this, [&] { encoded = encodeJob->encoded(); });
    QVERIFY(QSignalSpy(encodeJob, &PictureJob::finished).wait(10000));
    QCOMPARE(read(encoded.bytes).size(), QSize(512, 512));
}

void TestPictureImage::jobCancel()
{
    QImage image(2000, 2000, QImage::Format_RGB32);
    image.fill(Qt::gray);
    PictureJob *job = PictureJob::decode(PictureImages::encoded(image, "jpeg"));
    QSignalSpy finished(job, &PictureJob::finished);
    Decoded decoded;
    decoded.failure = Failure::None;
    connect(job, &PictureJob::finished, this, [&] { decoded = job->decoded(); });
    job->cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(decoded.failure, Failure::Cancelled);
    QVERIFY(decoded.image.isNull());
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
}

QTEST_MAIN(TestPictureImage)
#include "tst_pictureimage.moc"
