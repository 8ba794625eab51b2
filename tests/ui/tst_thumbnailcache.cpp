// ThumbnailCache: pictures fetched lazily from the signed-in server only, the REST key put back only
// there, decoded off the GUI thread to the thumbnail's size; hostile replies (huge, endless, not an
// image, a decompression bomb, slow, a redirect elsewhere) end with no image, within their bounds.
#include "core/config.h"
#include "misbehavingserver.h"
#include "ui/editor/profilehead.h"
#include "ui/widgets/thumbnailcache.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

namespace {

const QSize Side(32, 32);

QByteArray png(const QSize &size, const QColor &colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(type + data), crc.data());
    return out + type + data + crc;
}

// A few dozen bytes whose header announces 50,000 x 50,000 pixels (10 GB as ARGB).
QByteArray decompressionBomb()
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(50000, ihdr.data());
    qToBigEndian<quint32>(50000, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // RGBA
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr)
        + chunk("IDAT", QByteArray::fromHex("789c03000000000100")) + chunk("IEND", {});
}

} // namespace

class TestThumbnailCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fetchesDecodesAndCaches();
    void putsTheKeyBackOnlyForItsServer();
    void refusesAnotherServer();
    void followsNoRedirect();
    void hostileReplies_data();
    void hostileReplies();
    void slowReplyTimesOut();
    void decodeRefusesABombBeforeAllocating();
    void queueDropsTheOldest();
    void headShowsThePictureOrTheInitials();

private:
    QImage await(ThumbnailReply *reply, int timeoutMs = 10000);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MisbehavingServer> m_server;
};

void TestThumbnailCache::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<MisbehavingServer>();
    QVERIFY(m_server->listen());
}

void TestThumbnailCache::cleanup()
{
    m_server.reset();
    m_nam.reset();
}

QImage TestThumbnailCache::await(ThumbnailReply *reply, int timeoutMs)
{
    QSignalSpy finished(reply, &ThumbnailReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs);
    return reply->isFinished() ? reply->image() : QImage(1, 1, QImage::Format_Mono); // "not finished" shows
}

void TestThumbnailCache::fetchesDecodesAndCaches()
{
    m_server->setRawReply(MisbehavingServer::response(200, "image/png", png(QSize(300, 200), Qt::red)));
    ThumbnailCache cache(m_nam.get(), Config::fromBaseUrl(m_server->baseUrl()));
    const QString url = m_server->baseUrl().toString() + QStringLiteral("/files/users/A1/a.png");
    QVERIFY(cache.cached(url, Side).isNull());
    ThumbnailReply *reply = cache.request(url, Side, this);
    QVERIFY(!reply->isFinished()); // never answered from inside request()
    const QImage image = await(reply);
    QCOMPARE(image.size(), Side); // scaled to cover the square, the middle kept
    QCOMPARE(QColor(image.pixel(16, 16)), QColor(Qt::red));
    QCOMPARE(m_server->requests().size(), 1);
    // Kept: asked again, answered from memory with no request.
    QCOMPARE(cache.cached(url, Side).size(), Side);
    QCOMPARE(await(cache.request(url, Side, this)).size(), Side);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestThumbnailCache::putsTheKeyBackOnlyForItsServer()
{
    m_server->setRawReply(MisbehavingServer::response(200, "image/png", png(QSize(40, 40), Qt::blue)));
    const QUrl root(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    ThumbnailCache cache(m_nam.get(), Config::fromServer(root, QStringLiteral("APPID"), QStringLiteral("SECRETKEY")));
    const QString stored = root.toString() + QStringLiteral("/APPID/REST-API-KEY/files/users/A1/b.png");
    QCOMPARE(await(cache.request(stored, Side, this)).size(), Side);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().constFirst().target, QByteArray("/APPID/SECRETKEY/files/users/A1/b.png"));
    QVERIFY(!m_server->requests().constFirst().headers.contains("user-token"));
}

void TestThumbnailCache::refusesAnotherServer()
{
    // A profile's URL is anyone's text: another host (or port) would get the key and the staff's address.
    ThumbnailCache cache(m_nam.get(),
                         Config::fromServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())),
                                            QStringLiteral("APPID"), QStringLiteral("SECRETKEY")));
    for (const QString &url :
         {QStringLiteral("http://127.0.0.2:%1/APPID/REST-API-KEY/files/x.png").arg(m_server->port()),
          QStringLiteral("http://127.0.0.1:%1/APPID/REST-API-KEY/files/x.png").arg(m_server->port() + 1),
          QStringLiteral("file:///etc/passwd"), QStringLiteral("x.png"),
          QStringLiteral("http://user:pw@127.0.0.1:%1/files/x.png").arg(m_server->port())}) {
        QVERIFY2(!cache.isFetchable(url), qPrintable(url));
        QVERIFY(await(cache.request(url, Side, this)).isNull());
    }
    QCOMPARE(m_server->requests().size(), 0);
}

void TestThumbnailCache::followsNoRedirect()
{
    MisbehavingServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setRawReply(MisbehavingServer::response(200, "image/png", png(QSize(40, 40), Qt::green)));
    m_server->setRawReply("HTTP/1.1 302 Found\r\nLocation: " + elsewhere.baseUrl().toEncoded()
                          + "/x.png\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    ThumbnailCache cache(m_nam.get(), Config::fromBaseUrl(m_server->baseUrl()));
    QVERIFY(await(cache.request(m_server->baseUrl().toString() + QStringLiteral("/files/r.png"), Side, this)).isNull());
    QTest::qWait(100);
    QCOMPARE(elsewhere.requests().size(), 0);
}

void TestThumbnailCache::hostileReplies_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<QByteArray>("reply");
    const auto raw = int(MisbehavingServer::Behaviour::Raw);
    QTest::newRow("not an image") << raw << MisbehavingServer::response(200, "image/png", QByteArray(5000, 'x'));
    QTest::newRow("an error page") << raw << MisbehavingServer::response(404, "image/png", png(QSize(8, 8), Qt::red));
    QTest::newRow("2 GiB announced") << raw
                                     << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                                                   "2147483648\r\n\r\n")
            + png(QSize(8, 8), Qt::red);
    QTest::newRow("endless body") << int(MisbehavingServer::Behaviour::HugeChunked) << QByteArray();
    QTest::newRow("decompression bomb") << raw << MisbehavingServer::response(200, "image/png", decompressionBomb());
    QTest::newRow("truncated") << raw
                               << MisbehavingServer::response(200, "image/png", png(QSize(64, 64), Qt::red).left(40));
}

void TestThumbnailCache::hostileReplies()
{
    QFETCH(int, behaviour);
    QFETCH(QByteArray, reply);
    m_server->setBehaviour(MisbehavingServer::Behaviour(behaviour));
    m_server->setRawReply(reply);
    ThumbnailCache cache(m_nam.get(), Config::fromBaseUrl(m_server->baseUrl()));
    ThumbnailCache::Limits limits;
    limits.maxBytes = 256 * 1024;
    cache.setLimits(limits);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(await(cache.request(m_server->baseUrl().toString() + QStringLiteral("/files/h.png"), Side, this)).isNull());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(cache.pendingCount(), 0);
}

void TestThumbnailCache::slowReplyTimesOut()
{
    m_server->setBehaviour(MisbehavingServer::Behaviour::Hang);
    ThumbnailCache cache(m_nam.get(), Config::fromBaseUrl(m_server->baseUrl()));
    ThumbnailCache::Limits limits;
    limits.timeoutMs = 300;
    cache.setLimits(limits);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(await(cache.request(m_server->baseUrl().toString() + QStringLiteral("/files/s.png"), Side, this)).isNull());
    QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestThumbnailCache::decodeRefusesABombBeforeAllocating()
{
    const ThumbnailCache::Limits limits;
    QVERIFY(ThumbnailCache::decode(decompressionBomb(), Side, limits.caps()).isNull());
    // The cap is what refuses it: the header does announce 50,000 x 50,000.
    QByteArray bomb = decompressionBomb();
    QBuffer buffer(&bomb);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(QImageReader(&buffer).size(), QSize(50000, 50000));
    // A real image under the cap decodes; one over it does not.
    const QByteArray normal = png(QSize(200, 100), Qt::red);
    QCOMPARE(ThumbnailCache::decode(normal, Side, {limits.maxBytes, 20'000, 1}).size(), Side);
    QVERIFY(ThumbnailCache::decode(normal, Side, {limits.maxBytes, 19'999, 1}).isNull());
    // And the byte cap, before the header is read.
    QVERIFY(ThumbnailCache::decode(normal, Side, {normal.size() - 1, 20'000, 1}).isNull());
}

void TestThumbnailCache::queueDropsTheOldest()
{
    m_server->setBehaviour(MisbehavingServer::Behaviour::Hang);
    ThumbnailCache cache(m_nam.get(), Config::fromBaseUrl(m_server->baseUrl()));
    ThumbnailCache::Limits limits;
    limits.maxConcurrent = 1;
    limits.maxQueued = 2;
    limits.timeoutMs = 60000;
    cache.setLimits(limits);
    const QString base = m_server->baseUrl().toString() + QStringLiteral("/files/q");
    QList<ThumbnailReply *> replies;
    for (int i = 0; i < 5; ++i)
        replies << cache.request(base + QString::number(i) + QStringLiteral(".png"), Side, this);
    // Nothing is answered inside request(); past two waiting, the oldest are dropped with no image.
    for (ThumbnailReply *reply : std::as_const(replies))
        QVERIFY(!reply->isFinished());
    QTRY_VERIFY(replies.at(0)->isFinished() && replies.at(1)->isFinished() && replies.at(2)->isFinished());
    for (int i = 0; i < 3; ++i)
        QVERIFY(replies.at(i)->image().isNull());
    QTest::qWait(200);
    // The newest goes first; the other waits (one fetch at a time).
    QVERIFY(!replies.at(3)->isFinished() && !replies.at(4)->isFinished());
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(m_server->requests().constFirst().target.endsWith("/files/q4.png"));
    QCOMPARE(cache.pendingCount(), 2);
}

// The page head (ProfileHead) asks the cache for the user's FILE_REF picture and names what it shows.
void TestThumbnailCache::headShowsThePictureOrTheInitials()
{
    m_server->setRawReply(MisbehavingServer::response(200, "image/png", png(QSize(120, 90), Qt::red)));
    ThumbnailCache cache(m_nam.get(), Config::fromBaseUrl(m_server->baseUrl()));
    UserSchema schema;
    PropertyDef email;
    email.name = QStringLiteral("email");
    email.identity = true;
    PropertyDef name;
    name.name = QStringLiteral("name");
    PropertyDef avatar;
    avatar.name = QStringLiteral("avatar");
    avatar.type = PropertyDef::Type::FileRef;
    schema.properties << email << name << avatar;
    QCOMPARE(ProfileHead::pictureProperty(schema), QStringLiteral("avatar"));
    QCOMPARE(ProfileHead::initials(QStringLiteral("Alice Liddell")), QStringLiteral("AL"));
    QCOMPARE(ProfileHead::initials(QStringLiteral("alice.liddell@example.com")), QStringLiteral("A"));

    ProfileHead head;
    head.setThumbnails(&cache);
    auto *picture = head.findChild<QLabel *>(QStringLiteral("headPicture"));
    QVERIFY(picture);
    User user({{QStringLiteral("email"), QStringLiteral("alice@example.com")},
               {QStringLiteral("name"), QStringLiteral("Alice Liddell")}});
    head.setUser(user, schema);
    QCOMPARE(picture->accessibleName(), QStringLiteral("No picture of Alice Liddell"));
    QVERIFY(!picture->property("showsPicture").toBool());
    QCOMPARE(m_server->requests().size(), 0);

    user.setValue(QStringLiteral("avatar"),
                  QString(m_server->baseUrl().toString() + QStringLiteral("/files/users/A1/p.png")));
    head.setUser(user, schema);
    QTRY_VERIFY(picture->property("showsPicture").toBool());
    QCOMPARE(picture->accessibleName(), QStringLiteral("Picture of Alice Liddell"));
    // Drawn round: the corner is transparent, the middle the picture's.
    const QImage shown = picture->pixmap().toImage();
    QCOMPARE(qAlpha(shown.pixel(0, 0)), 0);
    QCOMPARE(QColor(shown.pixel(shown.width() / 2, shown.height() / 2)), QColor(Qt::red));

    // A picture that cannot be had leaves the initials.
    user.setValue(QStringLiteral("avatar"), QStringLiteral("http://elsewhere.example/files/p.png"));
    head.setUser(user, schema);
    QVERIFY(!picture->property("showsPicture").toBool());
    QTest::qWait(50);
    QVERIFY(!picture->property("showsPicture").toBool());
    QCOMPARE(picture->accessibleName(), QStringLiteral("No picture of Alice Liddell"));
}

QTEST_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
