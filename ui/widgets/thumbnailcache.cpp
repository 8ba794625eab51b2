#include "ui/widgets/thumbnailcache.h"

#include "core/config.h"
#include "core/fileurl.h"
#include "imaging/cappedimagereader.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

ThumbnailReply::ThumbnailReply(const QString &url, QObject *owner)
    : QObject(owner)
    , m_url(url)
{ }

void ThumbnailReply::finish(const QImage &image)
{
    if (m_finished)
        return;
    m_finished = true;
    m_image = image;
    Q_EMIT finished();
}

ThumbnailCache::ThumbnailCache(QNetworkAccessManager *nam, const Config &config, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    const QUrl base = config.baseUrl();
    m_server.setScheme(base.scheme());
    m_server.setHost(base.host());
    m_server.setPort(base.port());
    // The classic form ends in {appId}/{REST-API-key}; the domain forms carry no key.
    if (!config.appId().isEmpty()) {
        const QStringList segments = base.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (!segments.isEmpty())
            m_apiKey = segments.constLast();
    }
    m_cache.setMaxCost(m_limits.cacheBytes);
}

ThumbnailCache::~ThumbnailCache()
{
    for (auto it = m_loads.begin(); it != m_loads.end(); ++it) {
        if (it->reply) {
            it->reply->disconnect(this);
            it->reply->abort();
            it->reply->deleteLater();
        }
    }
}

void ThumbnailCache::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_cache.setMaxCost(limits.cacheBytes);
}

QString ThumbnailCache::keyOf(const QString &url, const QSize &size)
{
    return QString::number(size.width()) + QLatin1Char('x') + QString::number(size.height()) + QLatin1Char(' ') + url;
}

bool ThumbnailCache::isFetchable(const QString &url) const
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative() || m_server.host().isEmpty())
        return false;
    return parsed.scheme() == m_server.scheme() && parsed.host().compare(m_server.host(), Qt::CaseInsensitive) == 0
        && parsed.port(-1) == m_server.port(-1) && parsed.userInfo().isEmpty();
}

QImage ThumbnailCache::cached(const QString &url, const QSize &size) const
{
    const QImage *image = m_cache.object(keyOf(url, size));
    return image ? *image : QImage();
}

ThumbnailReply *ThumbnailCache::request(const QString &url, const QSize &size, QObject *owner)
{
    auto *reply = new ThumbnailReply(url, owner);
    const QString key = keyOf(url, size);
    if (const QImage *image = m_cache.object(key)) {
        answerLater(reply, *image);
        return reply;
    }
    if (!isFetchable(url) || size.isEmpty()) {
        answerLater(reply, QImage());
        return reply;
    }
    auto it = m_loads.find(key);
    if (it == m_loads.end()) {
        it = m_loads.insert(key, Load{url, size, {}, nullptr, {}, {}, false});
        m_queue.append(key);
    } else if (!it->reply && !it->decoding) {
        // Asked again while waiting: it moves to the front (the newest go first).
        m_queue.removeOne(key);
        m_queue.append(key);
    }
    it->waiters.append(reply);
    // Past the queue's bound the oldest waiting request goes, answered with no image.
    while (m_queue.size() > m_limits.maxQueued) {
        const Load dropped = m_loads.take(m_queue.takeFirst());
        for (const QPointer<ThumbnailReply> &waiter : dropped.waiters) {
            if (waiter)
                answerLater(waiter, QImage());
        }
    }
    QTimer::singleShot(0, this, &ThumbnailCache::startNext);
    return reply;
}

void ThumbnailCache::answerLater(ThumbnailReply *reply, const QImage &image)
{
    QTimer::singleShot(0, reply, [reply, image] { reply->finish(image); });
}

int ThumbnailCache::runningCount() const
{
    int running = 0;
    for (const Load &load : m_loads)
        running += (load.reply || load.decoding) ? 1 : 0;
    return running;
}

void ThumbnailCache::startNext()
{
    while (!m_queue.isEmpty() && runningCount() < m_limits.maxConcurrent) {
        const QString key = m_queue.takeLast();
        Load &load = m_loads[key];
        // Nobody waits any more (the rows were scrolled away and their requests deleted).
        load.waiters.removeAll(nullptr);
        if (load.waiters.isEmpty()) {
            m_loads.remove(key);
            continue;
        }
        start(key);
    }
}

void ThumbnailCache::start(const QString &key)
{
    Load &load = m_loads[key];
    QNetworkRequest request(QUrl(FileUrl::restore(load.url, m_apiKey)));
    // A redirect could lead anywhere, with the key in the URL it came from: none is followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_limits.timeoutMs);
    QNetworkReply *reply = m_nam->get(request);
    load.reply = reply;
    // The whole fetch, not only a pause between bytes: a slow drip is bounded too.
    load.deadline = new QTimer(reply);
    load.deadline->setSingleShot(true);
    connect(load.deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    load.deadline->start(m_limits.timeoutMs);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, key, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_limits.maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, key] { onReadyRead(key); });
    connect(reply, &QNetworkReply::finished, this, [this, key] { onFinished(key); });
}

void ThumbnailCache::onReadyRead(const QString &key)
{
    auto it = m_loads.find(key);
    if (it == m_loads.end() || !it->reply)
        return;
    QNetworkReply *reply = it->reply;
    const qint64 room = m_limits.maxBytes + 1 - it->bytes.size();
    it->bytes += reply->read(qMax<qint64>(0, room));
    if (it->bytes.size() > m_limits.maxBytes)
        reply->abort();
}

void ThumbnailCache::onFinished(const QString &key)
{
    auto it = m_loads.find(key);
    if (it == m_loads.end() || !it->reply)
        return;
    QNetworkReply *reply = it->reply;
    onReadyRead(key);
    it = m_loads.find(key);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool ok = reply->error() == QNetworkReply::NoError && status == 200 && it->bytes.size() <= m_limits.maxBytes;
    it->reply = nullptr;
    reply->deleteLater();
    if (!ok) {
        finish(key, QImage());
        startNext();
        return;
    }
    decodeLater(key);
}

void ThumbnailCache::decodeLater(const QString &key)
{
    Load &load = m_loads[key];
    load.decoding = true;
    const QByteArray bytes = std::exchange(load.bytes, QByteArray());
    const QSize size = load.size;
    const CappedImageReader::Caps caps = m_limits.caps();
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, key, watcher] {
        watcher->deleteLater();
        const QImage image = watcher->result();
        if (!image.isNull())
            m_cache.insert(key, new QImage(image), qMax<qint64>(1, image.sizeInBytes()));
        finish(key, image);
        startNext();
    });
    watcher->setFuture(QtConcurrent::run(&ThumbnailCache::decode, bytes, size, caps));
}

void ThumbnailCache::finish(const QString &key, const QImage &image)
{
    const Load load = m_loads.take(key);
    m_queue.removeOne(key);
    for (const QPointer<ThumbnailReply> &waiter : load.waiters) {
        if (waiter)
            waiter->finish(image);
    }
}

QImage ThumbnailCache::decode(const QByteArray &bytes, const QSize &size, const CappedImageReader::Caps &caps)
{
    CappedImageReader capped(bytes, caps);
    const QSize full = capped.size();
    if (capped.refusal() != CappedImageReader::Refusal::None || full.isEmpty())
        return QImage();
    // Straight to the thumbnail: scaled to cover the square, the middle kept.
    QImageReader &reader = capped.reader();
    const QSize covering = full.scaled(size, Qt::KeepAspectRatioByExpanding);
    reader.setScaledSize(covering);
    reader.setScaledClipRect(
        QRect(QPoint((covering.width() - size.width()) / 2, (covering.height() - size.height()) / 2), size));
    QImage image = reader.read();
    if (image.isNull())
        return QImage();
    if (image.size() != size)
        image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image;
}
