// How does the Directory's export (UserExporter) do on 100,000 users? The local server in-process
// (ServerHost, SQLite file) with N generated users; the export runs on this (the GUI) thread, as in
// the app. Each figure against a floor measured in the same run:
//   - time: the export vs paging the same users with the same requests without writing anything;
//   - memory: the peak RSS growth during the export vs during that paging (streamed: the file is
//     written page by page, so the export holds no more than the paging does);
//   - the longest GUI-thread stall (the widest gap between ticks of a 1 ms timer) vs one 60 Hz
//     frame (16 ms), with the paging's own longest stall printed next to it.
//
//   QT_QPA_PLATFORM=offscreen bench_export [users]     (default 100000)
#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userexport.h"
#include "core/userproperties.h"
#include "core/userservice.h"
#include "host/serverhost.h"
#include "procstatus.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

// While `work` runs the event loop: the widest gap between 1 ms timer ticks and the highest RSS.
struct Watch
{
    qint64 longestStallNs = 0;
    qint64 peakRssKiB = 0;
    qint64 elapsedNs = 0;
};

Watch watch(const std::function<void(std::function<void()> done)> &work)
{
    Watch result;
    QEventLoop loop;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    int ticks = 0;
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        if (sinceTick.isValid())
            result.longestStallNs = qMax(result.longestStallNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
        if (++ticks % 20 == 0)
            result.peakRssKiB = qMax(result.peakRssKiB, ProcStatus::kiB("VmRSS"));
    });
    result.peakRssKiB = ProcStatus::kiB("VmRSS");
    clock.start();
    ticker.start();
    work([&] { loop.quit(); });
    loop.exec();
    result.elapsedNs = clock.nsecsElapsed();
    result.peakRssKiB = qMax(result.peakRssKiB, ProcStatus::kiB("VmRSS"));
    return result;
}

void figure(const char *name, double value, const char *unit, double floor, const char *floorName)
{
    std::printf("figure\t%s\t%.3f\t%s\t%.3f\t%.3f\t%s\n", name, value, unit, floor, floor > 0 ? value / floor : 0.0,
                floorName);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int users = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    Server::ServerOptions options;
    options.demoUsers = users;
    options.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    Server::ServerHost host(options);
    QElapsedTimer seeding;
    seeding.start();
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("profiledesk export benchmark: %d users (+3 named), seeded in %.1f s, Qt %s\n", users,
                seeding.elapsed() / 1000.0, qVersion());

    QNetworkAccessManager nam;
    RestClient client(Config::fromBaseUrl(host.baseUrl()), &nam);
    UserService session(&client);
    DataService data(&client, &session);
    {
        QEventLoop loop;
        auto *login = session.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));
        bool ok = false;
        QObject::connect(login, &PendingCall::finished, &loop, [&] {
            ok = !login->error().isError();
            loop.quit();
        });
        loop.exec();
        if (!ok) {
            std::fprintf(stderr, "could not sign in as support@example.com\n");
            return 1;
        }
    }
    const QStringList columns{QStringLiteral("objectId"), QStringLiteral("email"), QStringLiteral("name"),
                              QStringLiteral("userStatus"), QStringLiteral("created")};

    // The floor: the same keyset pages, the same props, nothing written.
    qint64 paged = 0;
    const Watch floor = watch([&](std::function<void()> done) {
        auto last = std::make_shared<QString>();
        auto next = std::make_shared<std::function<void()>>();
        *next = [&, last, next, done] {
            DataQuery query;
            query.pageSize = UserExporter::PageSize;
            query.props = columns;
            query.sortBy = {UserProperties::objectId()};
            if (!last->isEmpty())
                query.where = QStringLiteral("objectId > ") + DataService::quoted(*last);
            auto *call = data.find(query);
            QObject::connect(call, &PendingCall::finished, call, [&, call, last, next, done] {
                const QList<User> page = call->result();
                paged += page.size();
                if (call->error().isError() || page.size() < UserExporter::PageSize) {
                    done();
                    return;
                }
                *last = page.constLast().objectId();
                (*next)();
            });
        };
        (*next)();
    });

    const QString path = dir.filePath(QStringLiteral("export.csv"));
    UserExporter exporter(&data);
    Error result;
    const Watch exported = watch([&](std::function<void()> done) {
        QObject::connect(&exporter, &UserExporter::finished, &exporter, [&, done](const Error &e) {
            result = e;
            done();
        });
        UserExportRequest request;
        request.columns = columns;
        QString openError;
        if (!exporter.start(request, path, &openError)) {
            result = Error::local(openError);
            done();
        }
    });
    if (result.isError() || exporter.written() != paged) {
        std::fprintf(stderr, "export failed: %s (written %lld of %lld)\n", qPrintable(result.displayText()),
                     exporter.written(), paged);
        return 1;
    }
    const double mb = QFileInfo(path).size() / 1e6;
    std::printf("  exported %lld users, %.1f MB of CSV, in %.2f s (paging alone %.2f s)\n", exporter.written(), mb,
                exported.elapsedNs / 1e9, floor.elapsedNs / 1e9);
    std::printf("  peak RSS: %.1f MB exporting, %.1f MB paging; longest GUI stall %.2f ms exporting, %.2f ms paging\n",
                exported.peakRssKiB / 1024.0, floor.peakRssKiB / 1024.0, exported.longestStallNs / 1e6,
                floor.longestStallNs / 1e6);
    figure("export 100k users to CSV: time", exported.elapsedNs / 1e9, "s", floor.elapsedNs / 1e9,
           "paging them, no file");
    figure("export 100k users to CSV: peak RSS", exported.peakRssKiB / 1024.0, "MB", floor.peakRssKiB / 1024.0,
           "paging them, no file");
    figure("export 100k users: longest GUI-thread stall", exported.longestStallNs / 1e6, "ms", 16.0, "one 60 Hz frame");
    figure("paging 100k users: longest GUI-thread stall", floor.longestStallNs / 1e6, "ms", 16.0, "one 60 Hz frame");
    return 0;
}
