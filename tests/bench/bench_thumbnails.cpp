// Does the Directory's picture column ever hold the GUI thread? The local server in-process (ServerHost,
// SQLite file) with generated users, a unique 256x256 PNG uploaded through the Files API for each of
// the first users, and the real UserDirectory (offscreen) scrolled a row per 16 ms frame through them.
// The longest GUI-thread stall while scrolling with thumbnails (every one fetched and decoded for the
// first time) is printed against the floor measured in the same run: the same scrolling of the same
// rows with no thumbnails. Both should stay under one 60 Hz frame (16 ms).
//
//   QT_QPA_PLATFORM=offscreen bench_thumbnails [pictures] [users]     (defaults: 300, 2000)
#include "bench_gui_support.h"
#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "host/serverhost.h"
#include "models/staff/userdirectorymodel.h"
#include "ui/staff/userdirectory.h"
#include "ui/widgets/thumbnailcache.h"

#include <QApplication>
#include <QBuffer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {

void waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

template<typename Call>
void await(Call *call)
{
    bool finished = false;
    QObject::connect(call, &PendingCall::finished, [&finished] { finished = true; });
    waitFor([&finished] { return finished; });
}

QByteArray picture(int seed)
{
    QImage image(256, 256, QImage::Format_RGB32);
    QPainter painter(&image);
    for (int i = 0; i < 16; ++i)
        painter.fillRect(i * 16, 0, 16, 256, QColor::fromHsv((seed * 37 + i * 20) % 360, 160, 220));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// One pass over the first `rows` rows, a row per frame; the longest stall on the GUI thread.
double scroll(UserDirectory &directory, int rows)
{
    auto *view = directory.findChild<QTableView *>();
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    BenchGui::StallProbe probe;
    probe.start();
    for (int row = 0; row < rows; ++row) {
        view->scrollTo(view->model()->index(row, UserDirectoryModel::EmailColumn), QAbstractItemView::PositionAtTop);
        QElapsedTimer frame;
        frame.start();
        while (frame.elapsed() < 16)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    // The last thumbnails arriving after the last scroll count too.
    QElapsedTimer tail;
    tail.start();
    while (tail.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    return probe.stopMs();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int pictures = qMax(20, argc > 1 ? QByteArray(argv[1]).toInt() : 300);
    const int users = qMax(pictures, argc > 2 ? QByteArray(argv[2]).toInt() : 2000);

    QTemporaryDir dir;
    Server::ServerOptions options;
    options.demoUsers = users;
    options.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    Server::ServerHost server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager nam;
    const Config config = Config::fromBaseUrl(server.baseUrl());
    RestClient client(config, &nam);
    UserService session(&client);
    DataService data(&client, &session);
    UserCall *login = session.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));
    await(login);
    SchemaCall *schemaCall = session.describeUserClass();
    UserSchema schema;
    QObject::connect(schemaCall, &PendingCall::finished, [&] { schema = schemaCall->result(); });
    await(schemaCall);
    if (!session.isLoggedIn() || schema.isEmpty()) {
        std::fprintf(stderr, "could not sign in as support@example.com\n");
        return 1;
    }

    // The first `pictures` users in the Directory's order (email asc) get a picture each.
    DataQuery first;
    first.pageSize = 100;
    first.sortBy = {QStringLiteral("email asc")};
    QList<User> owners;
    while (owners.size() < pictures) {
        first.offset = int(owners.size());
        UsersCall *page = data.find(first);
        QList<User> found;
        QObject::connect(page, &PendingCall::finished, [&] { found = page->result(); });
        await(page);
        if (found.isEmpty())
            break;
        owners += found;
    }
    owners = owners.mid(0, pictures);
    QElapsedTimer uploading;
    uploading.start();
    for (int i = 0; i < owners.size(); ++i) {
        const QString path = QStringLiteral("files/binary/users/%1/bench-%2.png").arg(owners.at(i).objectId()).arg(i);
        QNetworkRequest request(config.endpoint(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        request.setRawHeader("user-token", session.userToken().toUtf8());
        QNetworkReply *reply = nam.put(request, picture(i).toBase64());
        waitFor([reply] { return reply->isFinished(); });
        const QString url = QString::fromUtf8(reply->readAll()).remove(QLatin1Char('"'));
        reply->deleteLater();
        UserCall *update = data.update(owners.at(i).objectId(), {{QStringLiteral("avatar"), url}});
        await(update);
    }
    std::printf(
        "profiledesk thumbnails benchmark: %d users, %d with a 256x256 PNG picture (uploaded in %.1f s), Qt %s\n",
        users, int(owners.size()), uploading.elapsed() / 1000.0, qVersion());

    const auto directoryWith = [&](ThumbnailCache *thumbnails) {
        auto directory = std::make_unique<UserDirectory>(&data);
        directory->setThumbnails(thumbnails);
        directory->setSchema(schema);
        directory->resize(620, 460);
        directory->show();
        directory->refresh();
        waitFor([&] { return directory->model()->rowCount() > 0 && !directory->model()->isLoading(); });
        return directory;
    };
    const int rows = int(owners.size()) - 15;
    // The floor: the same rows scrolled with no thumbnails (the pages fetched as the view needs them).
    double floor = 0;
    {
        auto plain = directoryWith(nullptr);
        scroll(*plain, rows); // the pages loaded
        floor = scroll(*plain, rows);
    }
    ThumbnailCache thumbnails(&nam, config);
    auto pictured = directoryWith(&thumbnails);
    scroll(*pictured, 1);
    const double cold = scroll(*pictured, rows);
    waitFor([&] { return thumbnails.pendingCount() == 0; }, 20000);
    const double warm = scroll(*pictured, rows);
    std::printf("  scrolling %d rows, a row per frame: longest GUI stall %.2f ms with thumbnails being loaded, "
                "%.2f ms with them cached, %.2f ms with none\n",
                rows, cold, warm, floor);
    BenchGui::figure("directory scrolling with thumbnails loading: longest GUI stall", cold, "ms", floor,
                     "same scrolling, no thumbnails");
    BenchGui::figure("directory scrolling with thumbnails cached: longest GUI stall", warm, "ms", floor,
                     "same scrolling, no thumbnails");
    BenchGui::figure("directory scrolling with thumbnails loading: longest GUI stall vs a frame", cold, "ms", 16.0,
                     "one 60 Hz frame");
    return cold < 16.0 ? 0 : 1;
}
