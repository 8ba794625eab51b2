// The picture field's two costs (issue 23), each against a floor measured in the same run:
//
//  (a) choose -> crop shown: a 12-megapixel JPEG (4000x3000, made in the run, with an EXIF
//      orientation block as a camera writes it) handed to the real PictureField (what Choose..., a
//      drop or a paste do), until its crop dialog is shown. Floor: QImageReader decoding the same
//      bytes alone (with the orientation applied), on this thread. The longest GUI-thread stall
//      meanwhile (BenchGui::StallProbe) should stay under one 60 Hz frame (16 ms): the decode runs
//      off the GUI thread.
//  (b) upload of the result (the cropped, encoded picture) through FileService to profiledesk-server
//      in this process (its own thread, a SQLite file), against a bare QNetworkAccessManager
//      multipart POST of the same bytes to the same directory, alternating which goes first.
//
//   QT_QPA_PLATFORM=offscreen bench_picture [choose runs] [upload runs]     (defaults: 7, 40)
#include "bench_gui_support.h"
#include "core/config.h"
#include "core/fileservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "imaging/pictureimage.h"
#include "ui/editor/picturecropdialog.h"
#include "ui/editor/picturefield.h"

#include <QBuffer>
#include <QHttpMultiPart>
#include <QImageReader>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QtEndian>

#include <cstdio>
#include <functional>

namespace {

void waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// An APP1 "Exif" segment holding only the orientation tag (big-endian TIFF, one IFD entry).
QByteArray exifOrientation(quint16 orientation)
{
    QByteArray tiff("MM\0\x2a\0\0\0\x08", 8);
    const auto be16 = [&tiff](quint16 v) { tiff.append(char(v >> 8)).append(char(v & 0xff)); };
    const auto be32 = [&be16](quint32 v) {
        be16(quint16(v >> 16));
        be16(quint16(v & 0xffff));
    };
    be16(1); // one entry
    be16(0x0112); // Orientation
    be16(3); // SHORT
    be32(1);
    be16(orientation);
    be16(0);
    be32(0); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xff\xe1", 2);
    const quint16 length = quint16(payload.size() + 2);
    segment.append(char(length >> 8)).append(char(length & 0xff));
    return segment + payload;
}

// A 4000x3000 photo-like JPEG (gradients and shapes, so that it does not compress to nothing),
// turned by EXIF orientation 6 as a phone held upright writes it.
QByteArray twelveMegapixelJpeg()
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 4000, 3000);
    sky.setColorAt(0, QColor(30, 90, 200));
    sky.setColorAt(1, QColor(250, 200, 120));
    painter.fillRect(image.rect(), sky);
    for (int i = 0; i < 400; ++i) {
        painter.setBrush(QColor::fromHsv((i * 37) % 360, 150 + i % 100, 120 + i % 130));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF((i * 997) % 4000, (i * 613) % 3000), 20 + i % 180, 15 + (i * 7) % 140);
    }
    painter.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    writer.write(image);
    return jpeg.left(2) + exifOrientation(6) + jpeg.mid(2);
}

struct ChooseRun
{
    double toCropMs = 0;
    double stallMs = 0;
    double paintMs = 0; // the crop dialog's first paint, on the GUI thread
    BenchGui::TimedApplication::Turn longest; // the GUI thread's longest event delivery meanwhile
};

// takeImage() (as Choose... does after reading the file) -> the crop dialog shown and painted.
ChooseRun chooseToCrop(QWidget &window, const QByteArray &jpeg)
{
    auto *field = new PictureField(&window);
    field->show();
    ChooseRun run;
    BenchGui::StallProbe probe;
    QElapsedTimer clock;
    bool cropping = false;
    QObject::connect(field, &PictureField::cropping, field, [&] { cropping = true; });
    auto *timed = static_cast<BenchGui::TimedApplication *>(QCoreApplication::instance());
    timed->resetLongestTurn();
    probe.start();
    clock.start();
    field->takeImage(jpeg);
    waitFor([&] { return cropping; });
    auto *dialog = qobject_cast<PictureCropDialog *>(QApplication::activeModalWidget());
    waitFor([dialog] { return !dialog || dialog->isVisible(); });
    QElapsedTimer painting;
    painting.start();
    if (dialog)
        dialog->repaint(); // its first frame
    run.paintMs = painting.nsecsElapsed() / 1e6;
    run.toCropMs = clock.nsecsElapsed() / 1e6;
    // The turns right after it count as well (the dialog's layout, the first paint of the window).
    QElapsedTimer tail;
    tail.start();
    while (tail.elapsed() < 100)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    run.stallMs = probe.stopMs();
    run.longest = timed->longestTurn();
    if (!cropping)
        std::fprintf(stderr, "the crop dialog did not open\n");
    if (dialog)
        dialog->reject();
    delete field;
    QCoreApplication::processEvents();
    return run;
}

// The same probe over an event loop with nothing to do for `ms`: what the machine alone costs (on
// a loaded machine the thread waits for a core even here).
double idleStallMs(int ms)
{
    BenchGui::StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    return probe.stopMs();
}

double decodeAloneMs(const QByteArray &jpeg)
{
    QElapsedTimer clock;
    clock.start();
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    const double ms = clock.nsecsElapsed() / 1e6;
    if (image.isNull())
        std::fprintf(stderr, "QImageReader could not decode the photo: %s\n", qPrintable(reader.errorString()));
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchGui::TimedApplication app(argc, argv);
    const int chooseRuns = qMax(3, argc > 1 ? QByteArray(argv[1]).toInt() : 7);
    const int uploadRuns = qMax(5, argc > 2 ? QByteArray(argv[2]).toInt() : 40);

    const QByteArray jpeg = twelveMegapixelJpeg();
    std::printf("profiledesk picture benchmark: a 4000x3000 JPEG (%.1f MB, EXIF orientation 6), Qt %s\n",
                jpeg.size() / 1e6, qVersion());

    // (a) choose -> crop shown, against decoding alone; interleaved, first runs warm both up.
    QWidget window;
    window.resize(640, 480);
    window.show();
    chooseToCrop(window, jpeg);
    decodeAloneMs(jpeg);
    QList<double> toCrop, stalls, decode, idle, paints;
    BenchGui::TimedApplication::Turn longestTurn;
    for (int i = 0; i < chooseRuns; ++i) {
        const ChooseRun run = chooseToCrop(window, jpeg);
        toCrop << run.toCropMs;
        stalls << run.stallMs;
        paints << run.paintMs;
        if (run.longest.wallNs > longestTurn.wallNs)
            longestTurn = run.longest;
        decode << decodeAloneMs(jpeg);
        idle << idleStallMs(int(run.toCropMs) + 100);
    }
    const double longestStall = *std::max_element(stalls.cbegin(), stalls.cend());
    std::printf("  choose -> crop shown: median %.1f ms over %d runs; QImageReader decode alone %.1f ms; "
                "longest GUI stall %.2f ms (median %.2f ms)\n",
                BenchGui::median(toCrop), chooseRuns, BenchGui::median(decode), longestStall, BenchGui::median(stalls));
    // Where the longest stall came from, and whether the thread worked through it (CPU close to
    // wall) or waited for a core (CPU far below wall: the machine, not the program).
    const double idleLongest = *std::max_element(idle.cbegin(), idle.cend());
    std::printf("  longest stall of an idle event loop over the same time: %.2f ms\n", idleLongest);
    std::printf("  the crop dialog's first paint (GUI thread): median %.2f ms\n", BenchGui::median(paints));
    std::printf("  the longest GUI-thread turn: %.2f ms wall, %.2f ms CPU (%s)\n", longestTurn.wallNs / 1e6,
                longestTurn.cpuNs / 1e6, longestTurn.what.constData());
    BenchGui::figure("choose -> crop shown, 12 Mpx JPEG (median)", BenchGui::median(toCrop), "ms",
                     BenchGui::median(decode), "QImageReader decode alone");
    BenchGui::figure("choose -> crop shown, 12 Mpx JPEG: longest GUI stall", longestStall, "ms", 16.0,
                     "one 60 Hz frame");
    BenchGui::figure("choose -> crop shown, 12 Mpx JPEG: longest GUI stall vs idle", longestStall, "ms", idleLongest,
                     "idle event loop, same time");

    // (b) the upload of what the crop makes.
    const PictureImage::Decoded decoded = PictureImage::decode(jpeg);
    const PictureImage::Encoded encoded =
        PictureImage::encode(decoded.image, PictureImage::centredSquare(decoded.image.size()));
    if (encoded.failure != PictureImage::Failure::None) {
        std::fprintf(stderr, "the photo did not become a picture\n");
        return 1;
    }
    BenchGui::SeededServer server;
    if (!server.start(0))
        return 1;
    QNetworkAccessManager nam;
    const Config config = Config::fromBaseUrl(server.host->baseUrl());
    RestClient client(config, &nam);
    UserService session(&client);
    UserSchema schema;
    if (!BenchGui::signInAsSupport(session, &schema))
        return 1;
    FileService files(&client, &session);
    const QString directory = FileService::userDirectory(session.currentUser().objectId());
    int serial = 0;
    const auto throughFileService = [&] {
        QElapsedTimer clock;
        clock.start();
        UploadCall *call =
            files.upload(directory, QStringLiteral("bench-%1.jpg").arg(++serial), encoded.bytes, encoded.mimeType);
        bool done = false;
        bool ok = false;
        QObject::connect(call, &PendingCall::finished, [&] {
            done = true;
            ok = !call->error().isError();
        });
        waitFor([&] { return done; });
        if (!ok)
            std::fprintf(stderr, "an upload through FileService failed\n");
        return clock.nsecsElapsed() / 1e3;
    };
    const auto bare = [&] {
        QElapsedTimer clock;
        clock.start();
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        const QString name = QStringLiteral("bench-%1.jpg").arg(++serial);
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(name));
        part.setHeader(QNetworkRequest::ContentTypeHeader, encoded.mimeType);
        part.setBody(encoded.bytes);
        multipart->append(part);
        QNetworkRequest request(config.endpoint(QStringLiteral("files/") + directory + QLatin1Char('/') + name));
        request.setRawHeader("user-token", session.userToken().toUtf8());
        QNetworkReply *reply = nam.post(request, multipart);
        multipart->setParent(reply);
        waitFor([reply] { return reply->isFinished(); });
        if (reply->error() != QNetworkReply::NoError)
            std::fprintf(stderr, "a bare POST failed: %s\n", qPrintable(reply->errorString()));
        reply->deleteLater();
        return clock.nsecsElapsed() / 1e3;
    };
    throughFileService();
    bare();
    QList<double> viaService, viaBare;
    for (int i = 0; i < uploadRuns; ++i) {
        if (i % 2) {
            viaService << throughFileService();
            viaBare << bare();
        } else {
            viaBare << bare();
            viaService << throughFileService();
        }
    }
    std::printf("  upload of the %d-byte %s result (%dx%d): FileService median %.0f us, bare QNAM multipart "
                "POST %.0f us, over %d runs each\n",
                int(encoded.bytes.size()), qPrintable(encoded.mimeType), encoded.size.width(), encoded.size.height(),
                BenchGui::median(viaService), BenchGui::median(viaBare), uploadRuns);
    BenchGui::figure("picture upload through FileService (median)", BenchGui::median(viaService), "us",
                     BenchGui::median(viaBare), "bare QNAM multipart POST");
    return longestStall < 16.0 ? 0 : 1;
}
