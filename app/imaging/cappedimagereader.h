#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImageReader>
#include <QSize>

// A stranger's image bytes opened for decoding under caps, the one place both the picture pipeline
// (PictureImage) and the thumbnails (ThumbnailCache, ui/) open one. Before any pixel is decoded:
//   - the bytes: more than Caps::maxBytes is TooLarge, without reading them;
//   - the header: no format QImageReader knows is NotAnImage; a size the header announces past
//     Caps::maxPixels is TooManyPixels (a 50,000 x 50,000 PNG of a few KiB stops here);
//   - QImageReader's own allocation limit (Caps::allocationLimitMb) guards what the header check
//     cannot see, e.g. a format whose size is known only while decoding.
// EXIF orientation is applied by read() (setAutoTransform). The reader is the caller's to tune
// further (setScaledSize, setScaledClipRect) and read once.
class CappedImageReader
{
public:
    struct Caps
    {
        qint64 maxBytes = 0;
        qint64 maxPixels = 0;
        int allocationLimitMb = 0;
    };

    enum class Refusal { None, TooLarge, TooManyPixels, NotAnImage };

    CappedImageReader(const QByteArray &bytes, const Caps &caps);
    CappedImageReader(const CappedImageReader &) = delete;
    CappedImageReader &operator=(const CappedImageReader &) = delete;

    // None when the bytes may be decoded with reader().
    Refusal refusal() const { return m_refusal; }
    // As the header says, before orientation; invalid when the header gives none.
    QSize size() const { return m_size; }
    QImageReader &reader() { return m_reader; }

private:
    QBuffer m_buffer;
    QImageReader m_reader;
    QSize m_size;
    Refusal m_refusal = Refusal::None;
};
