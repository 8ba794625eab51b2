#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QImageWriter>
#include <QtEndian>

// Test images made at test time: a JPEG with an EXIF block (orientation, GPS position) and a PNG
// whose header announces a size no file of its length could fill (a decompression bomb's shape).
namespace PictureImages {

inline void appendBE16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8)).append(char(v & 0xff));
}
inline void appendBE32(QByteArray &out, quint32 v)
{
    appendBE16(out, quint16(v >> 16));
    appendBE16(out, quint16(v & 0xffff));
}
// The GPS latitude's seconds, 2999/100: bytes a test looks for in what the pipeline wrote.
inline QByteArray gpsMarker()
{
    QByteArray b;
    appendBE32(b, 2999);
    appendBE32(b, 100);
    return b;
}

// An APP1 "Exif" segment (big-endian TIFF): IFD0 with Orientation and a GPS IFD pointer, the GPS
// IFD with GPSLatitudeRef "N" and GPSLatitude 48/1 51/1 2999/100.
inline QByteArray exifSegment(quint16 orientation)
{
    QByteArray tiff("MM");
    appendBE16(tiff, 0x2a);
    appendBE32(tiff, 8);
    appendBE16(tiff, 2); // IFD0: two entries
    appendBE16(tiff, 0x0112);
    appendBE16(tiff, 3);
    appendBE32(tiff, 1);
    appendBE16(tiff, orientation);
    appendBE16(tiff, 0);
    appendBE16(tiff, 0x8825);
    appendBE16(tiff, 4);
    appendBE32(tiff, 1);
    appendBE32(tiff, 38);
    appendBE32(tiff, 0); // no IFD1
    appendBE16(tiff, 2); // GPS IFD at 38
    appendBE16(tiff, 0x0001);
    appendBE16(tiff, 2);
    appendBE32(tiff, 2);
    tiff.append("N\0\0\0", 4);
    appendBE16(tiff, 0x0002);
    appendBE16(tiff, 5);
    appendBE32(tiff, 3);
    appendBE32(tiff, 68);
    appendBE32(tiff, 0);
    appendBE32(tiff, 48);
    appendBE32(tiff, 1);
    appendBE32(tiff, 51);
    appendBE32(tiff, 1);
    tiff.append(gpsMarker());
    QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xff\xe1", 2);
    appendBE16(segment, quint16(payload.size() + 2));
    return segment + payload;
}

inline QByteArray encoded(const QImage &image, const char *format, int quality = 95)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

// `image` as a JPEG carrying the EXIF segment right after SOI.
inline QByteArray jpegWithExif(const QImage &image, quint16 orientation)
{
    const QByteArray plain = encoded(image, "jpeg");
    return plain.left(2) + exifSegment(orientation) + plain.mid(2);
}

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (char c : data) {
        crc ^= uchar(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray out;
    appendBE32(out, quint32(data.size()));
    const QByteArray body = QByteArray(type, 4) + data;
    out += body;
    appendBE32(out, crc32(body));
    return out;
}

// A grey PNG announcing width x height, with a few rows of zeros as its data: a few hundred bytes.
inline QByteArray pngBomb(quint32 width, quint32 height)
{
    QByteArray ihdr;
    appendBE32(ihdr, width);
    appendBE32(ihdr, height);
    ihdr.append(char(8)).append(char(0)).append(char(0)).append(char(0)).append(char(0)); // 8-bit grey
    const QByteArray rows(qsizetype(width + 1) * 4 > 1 << 20 ? 1 << 20 : qsizetype(width + 1) * 4, '\0');
    const QByteArray zlib = qCompress(rows, 9).mid(4); // qCompress prefixes the length
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", zlib)
        + pngChunk("IEND", QByteArray());
}

} // namespace PictureImages
