#pragma once

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QRectF>
#include <QString>

#include <atomic>
#include <memory>

// The profile picture's image pipeline: what a stranger's file becomes before it leaves the machine.
//   decode(): CappedImageReader under the caps below (file bytes, pixel count checked from the header
//             before any pixel is decoded, QImageReader's allocation limit), EXIF orientation applied
//             (setAutoTransform), a JPEG cut short refused; kept as a working copy of at most
//             WorkingSide pixels a side;
//   encode(): a square crop of that copy, scaled to at most OutputSide pixels a side, drawn into a
//             fresh image (no text chunk, no EXIF: Qt writes no EXIF, and nothing of the file's own
//             metadata, GPS included, survives) and written as JPEG, or PNG where there is alpha.
// Both are plain functions for a worker thread; PictureJob runs them off the GUI thread.
namespace PictureImage {

inline constexpr qint64 MaxInputBytes = 30 * 1024 * 1024;
inline constexpr qint64 MaxInputPixels = 100'000'000; // a 100-megapixel photo, 400 MB as ARGB32
inline constexpr int AllocationLimitMb = 512; // QImageReader's own guard, above MaxInputPixels' need
inline constexpr int WorkingSide = 2048;
inline constexpr int OutputSide = 512;
inline constexpr int JpegQuality = 90;

enum class Failure { None, TooLarge, TooManyPixels, NotAnImage, Incomplete, Cancelled };

struct Decoded
{
    Failure failure = Failure::None;
    QImage image; // the working copy, orientation applied
    QSize originalSize; // as the file's header says, before orientation
};

struct Encoded
{
    Failure failure = Failure::None;
    QByteArray bytes;
    QString mimeType; // image/jpeg or image/png
    QString suffix; // jpg or png
    QSize size;
};

Decoded decode(const QByteArray &bytes, const std::atomic_bool *cancelled = nullptr);
// `crop` in the working copy's coordinates (clamped to it); an empty crop takes the centred square.
Encoded encode(const QImage &image, const QRectF &crop);
// The centred square of `size`, the crop the field starts with.
QRectF centredSquare(const QSize &size);
// Whether any pixel is not fully opaque (a format with alpha alone does not make a PNG).
bool hasTransparency(const QImage &image);

} // namespace PictureImage

// One decode or encode run on the global QThreadPool: finished() once, on the thread that created
// the job, never before the function that started it returned; then the job deletes itself. Read
// decoded() / encoded() in the slot. cancel() makes finished() come at once with Failure::Cancelled
// (the worker's result is dropped when it arrives).
class PictureJob : public QObject
{
    Q_OBJECT
public:
    static PictureJob *decode(const QByteArray &bytes, QObject *parent = nullptr);
    static PictureJob *encode(const QImage &image, const QRectF &crop, QObject *parent = nullptr);

    PictureImage::Decoded decoded() const { return m_decoded; }
    PictureImage::Encoded encoded() const { return m_encoded; }
    bool isCancelled() const { return m_cancelled->load(); }
    void cancel();

Q_SIGNALS:
    void finished();

private:
    explicit PictureJob(QObject *parent);
    void finish();

    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    PictureImage::Decoded m_decoded;
    PictureImage::Encoded m_encoded;
    bool m_finished = false;
};
