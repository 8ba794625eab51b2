#include "imaging/pictureimage.h"

#include "imaging/cappedimagereader.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageWriter>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace PictureImage {

namespace {

// A JPEG ends with the EOI marker (FF D9). Qt's JPEG reader fills a file cut short with grey and
// reports success; a picture half grey is not what the person chose.
bool jpegComplete(const QByteArray &bytes)
{
    qsizetype end = bytes.size();
    while (end > 0 && bytes.at(end - 1) == '\0')
        --end; // some cameras pad after EOI
    return end >= 2 && uchar(bytes.at(end - 2)) == 0xFF && uchar(bytes.at(end - 1)) == 0xD9;
}

} // namespace

Decoded decode(const QByteArray &bytes, const std::atomic_bool *cancelled)
{
    Decoded result;
    CappedImageReader capped(bytes, {MaxInputBytes, MaxInputPixels, AllocationLimitMb});
    result.originalSize = capped.size();
    switch (capped.refusal()) {
    case CappedImageReader::Refusal::None:
        break;
    case CappedImageReader::Refusal::TooLarge:
        result.failure = Failure::TooLarge;
        return result;
    case CappedImageReader::Refusal::TooManyPixels:
        result.failure = Failure::TooManyPixels;
        return result;
    case CappedImageReader::Refusal::NotAnImage:
        result.failure = Failure::NotAnImage;
        return result;
    }
    QImageReader &reader = capped.reader();
    const QSize size = capped.size();
    const bool jpeg = reader.format() == "jpeg";
    if (jpeg && !jpegComplete(bytes)) {
        result.failure = Failure::Incomplete;
        return result;
    }
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        // A header that reads and pixels that do not: the data breaks or ends early.
        result.failure = size.isValid() ? Failure::Incomplete : Failure::NotAnImage;
        return result;
    }
    if (cancelled && cancelled->load()) {
        result.failure = Failure::Cancelled;
        return result;
    }
    if (image.width() > WorkingSide || image.height() > WorkingSide)
        image = image.scaled(WorkingSide, WorkingSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    result.image = image;
    return result;
}

QRectF centredSquare(const QSize &size)
{
    const qreal side = qMin(size.width(), size.height());
    return QRectF((size.width() - side) / 2.0, (size.height() - side) / 2.0, side, side);
}

bool hasTransparency(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) != 255)
                return true;
        }
    }
    return false;
}

Encoded encode(const QImage &image, const QRectF &crop)
{
    Encoded result;
    if (image.isNull()) {
        result.failure = Failure::NotAnImage;
        return result;
    }
    QRectF area = crop.isEmpty() ? centredSquare(image.size()) : crop;
    area = area.intersected(QRectF(QPointF(0, 0), QSizeF(image.size())));
    const QRect source = area.toAlignedRect().intersected(image.rect());
    if (source.isEmpty()) {
        result.failure = Failure::NotAnImage;
        return result;
    }
    const int side = qMin(OutputSide, qMax(source.width(), source.height()));
    const QSize target = source.size().scaled(side, side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    const QImage scaled = image.copy(source).scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const bool alpha = hasTransparency(scaled);
    // A fresh image: nothing of the source's text keys or colour metadata is carried over.
    QImage clean(target, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    clean.fill(Qt::transparent);
    {
        QPainter painter(&clean);
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.drawImage(0, 0, scaled);
    }
    QBuffer out(&result.bytes);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, alpha ? "png" : "jpeg");
    if (!alpha)
        writer.setQuality(JpegQuality);
    if (!writer.write(clean)) {
        result.failure = Failure::NotAnImage;
        result.bytes.clear();
        return result;
    }
    result.mimeType = alpha ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    result.suffix = alpha ? QStringLiteral("png") : QStringLiteral("jpg");
    result.size = target;
    return result;
}

} // namespace PictureImage

PictureJob::PictureJob(QObject *parent)
    : QObject(parent)
{ }

PictureJob *PictureJob::decode(const QByteArray &bytes, QObject *parent)
{
    auto *job = new PictureJob(parent);
    auto *watcher = new QFutureWatcher<PictureImage::Decoded>(job);
    connect(watcher, &QFutureWatcherBase::finished, job, [job, watcher] {
        job->m_decoded = watcher->result();
        job->finish();
    });
    // The worker holds the flag, not the job: a job deleted meanwhile only loses the result.
    watcher->setFuture(QtConcurrent::run(
        [bytes, cancelled = job->m_cancelled] { return PictureImage::decode(bytes, cancelled.get()); }));
    return job;
}

PictureJob *PictureJob::encode(const QImage &image, const QRectF &crop, QObject *parent)
{
    auto *job = new PictureJob(parent);
    auto *watcher = new QFutureWatcher<PictureImage::Encoded>(job);
    connect(watcher, &QFutureWatcherBase::finished, job, [job, watcher] {
        job->m_encoded = watcher->result();
        job->finish();
    });
    watcher->setFuture(QtConcurrent::run([image, crop] { return PictureImage::encode(image, crop); }));
    return job;
}

void PictureJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled->store(true);
    QMetaObject::invokeMethod(this, &PictureJob::finish, Qt::QueuedConnection);
}

void PictureJob::finish()
{
    if (m_finished)
        return;
    // A cancelled job's late result is dropped.
    if (m_cancelled->load()) {
        m_decoded = PictureImage::Decoded();
        m_decoded.failure = PictureImage::Failure::Cancelled;
        m_encoded = PictureImage::Encoded();
        m_encoded.failure = PictureImage::Failure::Cancelled;
    }
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}
