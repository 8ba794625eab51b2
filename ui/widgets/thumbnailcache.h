#pragma once

#include "imaging/cappedimagereader.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class Config;

// One thumbnail asked of a ThumbnailCache: finished() once, never from inside request(); image()
// is null when the picture could not be had (refused, too large, not an image, too slow, dropped
// from the queue). Whoever asked holds it (it is their child); deleting it withdraws the request.
class ThumbnailReply : public QObject
{
    Q_OBJECT
public:
    QString url() const { return m_url; }
    QImage image() const { return m_image; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

private:
    friend class ThumbnailCache;
    ThumbnailReply(const QString &url, QObject *owner);
    void finish(const QImage &image);

    QString m_url;
    QImage m_image;
    bool m_finished = false;
};

// The pictures of FILE_REF columns (a user's picture) as small square thumbnails, for the page head
// and the Directory. Loaded lazily (only what is asked for), fetched through the shared
// QNetworkAccessManager, decoded OFF the GUI thread, kept in memory (bounded by bytes).
//
// The URL a profile holds is a stranger's text. It is fetched only from the server the app signed
// in to (same scheme, host and port): the REST API key FileUrl puts back, and the person's address,
// go nowhere else. No redirect is followed. What comes back is bounded: the bytes (the reply is
// aborted past Limits::maxBytes, announced or received), the time (a slow drip is aborted at
// Limits::timeoutMs), and the decode (an image whose header announces more than Limits::maxPixels
// is refused before any pixel is allocated; the rest is decoded straight to the thumbnail's size
// with QImageReader::setScaledSize). At most maxConcurrent fetches run; newer requests go first and
// the queue keeps at most maxQueued (the rows scrolled past are dropped, answered with no image).
//
// Not in models/: decoding needs QtGui; the capped decode itself is imaging/'s CappedImageReader.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBytes = 4 * 1024 * 1024;
        qint64 maxPixels = 24'000'000; // e.g. 6000 x 4000
        int allocationLimitMb = 128; // QImageReader's guard, above maxPixels' 96 MB as ARGB32
        int timeoutMs = 15000;
        int maxConcurrent = 4;
        int maxQueued = 64;
        qint64 cacheBytes = 16 * 1024 * 1024;

        CappedImageReader::Caps caps() const { return {maxBytes, maxPixels, allocationLimitMb}; }
    };

    ThumbnailCache(QNetworkAccessManager *nam, const Config &config, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    void setLimits(const Limits &limits);
    Limits limits() const { return m_limits; }

    // The thumbnail of the stored `url` (FileUrl's form) at `size` device pixels, when it is in
    // memory; null otherwise.
    QImage cached(const QString &url, const QSize &size) const;
    // Asks for it: the reply is `owner`'s child; it finishes at once (later) when cached.
    ThumbnailReply *request(const QString &url, const QSize &size, QObject *owner);
    // Whether `url` would be fetched at all (the signed-in server's, http(s)).
    bool isFetchable(const QString &url) const;

    // The decode on its own (for the worker thread and the bench's floor): a `size` square, cropped
    // from the middle; null for no image or one past `caps` (CappedImageReader, shared with the
    // picture pipeline; the thumbnails' caps are Limits', smaller than a chosen picture's).
    static QImage decode(const QByteArray &bytes, const QSize &size, const CappedImageReader::Caps &caps);

    // For tests and the bench: fetches running and waiting.
    int pendingCount() const { return int(m_loads.size()); }

private:
    struct Load
    {
        QString url;
        QSize size;
        QPointer<QNetworkReply> reply;
        QTimer *deadline = nullptr;
        QByteArray bytes;
        QList<QPointer<ThumbnailReply>> waiters;
        bool decoding = false;
    };

    static QString keyOf(const QString &url, const QSize &size);
    void startNext();
    void start(const QString &key);
    void onReadyRead(const QString &key);
    void onFinished(const QString &key);
    void decodeLater(const QString &key);
    void finish(const QString &key, const QImage &image);
    void answerLater(ThumbnailReply *reply, const QImage &image);
    int runningCount() const;

    QNetworkAccessManager *m_nam;
    QUrl m_server; // scheme, host and port the URLs must have
    QString m_apiKey;
    Limits m_limits;
    QCache<QString, QImage> m_cache;
    QHash<QString, Load> m_loads;
    QList<QString> m_queue; // keys waiting, oldest first
};
