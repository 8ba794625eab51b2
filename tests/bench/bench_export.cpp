// How does the Directory's export (UserExporter) do on 100,000 users? The local server in-process
// (ServerHost, SQLite file) with N generated users; the export is driven from this (the GUI) thread,
// as in the app (its rows are formatted and written on the exporter's own thread). Each figure
// against a floor measured in the same run:
//   - time: the export vs paging the same users with the same requests without writing anything;
//   - memory: the peak RSS growth during the export vs during that paging (streamed: the file is
//     written page by page, so the export holds no more than the paging does);
//   - the longest GUI-thread stall (BenchGui::StallProbe: the widest gap between 1 ms timer ticks) vs
//     one 60 Hz frame (16 ms), with the paging's own and an idle event loop's (the machine's share,
//     measured right after for as long as the export took) printed next to it;
//   - the most CPU the GUI thread spent in one event delivery while exporting (the app's own work
//     per turn, which the machine's load cannot inflate) vs one frame; the longest and the busiest
//     delivery are printed with what they were (BenchGui::TimedApplication).
//
//   QT_QPA_PLATFORM=offscreen bench_export [users]     (default 100000)
#include "bench_gui_support.h"
#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userexport.h"
#include "core/userproperties.h"
#include "core/userservice.h"
#include "procstatus.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

// While `work` runs the event loop: the longest GUI-thread stall (BenchGui::StallProbe), the
// longest single event delivery, and the highest RSS (sampled every 20 ms).
struct Watch
{
    double longestStallMs = 0;
    BenchGui::TimedApplication::Turn longestTurn;
    BenchGui::TimedApplication::Turn busiestTurn;
    qint64 peakRssKiB = 0;
    qint64 elapsedNs = 0;
};

Watch watch(BenchGui::TimedApplication &app, const std::function<void(std::function<void()> done)> &work)
{
    Watch result;
    QEventLoop loop;
    QElapsedTimer clock;
    QTimer sampler;
    sampler.setInterval(20);
    QObject::connect(&sampler, &QTimer::timeout, &loop,
                     [&] { result.peakRssKiB = qMax(result.peakRssKiB, ProcStatus::kiB("VmRSS")); });
    BenchGui::StallProbe probe;
    result.peakRssKiB = ProcStatus::kiB("VmRSS");
    app.resetLongestTurn();
    clock.start();
    probe.start();
    sampler.start();
    work([&] { loop.quit(); });
    loop.exec();
    result.longestStallMs = probe.stopMs();
    result.longestTurn = app.longestTurn();
    result.busiestTurn = app.busiestTurn();
    result.elapsedNs = clock.nsecsElapsed();
    result.peakRssKiB = qMax(result.peakRssKiB, ProcStatus::kiB("VmRSS"));
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    BenchGui::TimedApplication app(argc, argv);
    const int users = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    BenchGui::SeededServer server;
    if (!server.start(users))
        return 1;
    std::printf("profiledesk export benchmark: %d users (+3 named), seeded in %.1f s, Qt %s\n", users,
                server.seedSeconds, qVersion());

    QNetworkAccessManager nam;
    RestClient client(Config::fromBaseUrl(server.host->baseUrl()), &nam);
    UserService session(&client);
    DataService data(&client, &session);
    UserSchema schema;
    if (!BenchGui::signInAsSupport(session, &schema))
        return 1;
    const QStringList columns{QStringLiteral("objectId"), QStringLiteral("email"), QStringLiteral("name"),
                              QStringLiteral("userStatus"), QStringLiteral("created")};

    // The floor: the same keyset pages, the same props, nothing written.
    qint64 paged = 0;
    const Watch floor = watch(app, [&](std::function<void()> done) {
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

    const QString path = server.dir.filePath(QStringLiteral("export.csv"));
    UserExporter exporter(&data);
    Error result;
    const Watch exported = watch(app, [&](std::function<void()> done) {
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
    // The machine's own share: the same probe on an idle event loop, as long as the export took.
    const qint64 idleMs = qMax<qint64>(1000, exported.elapsedNs / 1000000);
    const Watch idle =
        watch(app, [&](std::function<void()> done) { QTimer::singleShot(std::chrono::milliseconds(idleMs), done); });
    if (result.isError() || exporter.written() != paged) {
        std::fprintf(stderr, "export failed: %s (written %lld of %lld)\n", qPrintable(result.displayText()),
                     exporter.written(), paged);
        return 1;
    }
    const double mb = QFileInfo(path).size() / 1e6;
    std::printf("  exported %lld users, %.1f MB of CSV, in %.2f s (paging alone %.2f s)\n", exporter.written(), mb,
                exported.elapsedNs / 1e9, floor.elapsedNs / 1e9);
    std::printf("  peak RSS: %.1f MB exporting, %.1f MB paging; longest GUI stall %.2f ms exporting, %.2f ms paging\n",
                exported.peakRssKiB / 1024.0, floor.peakRssKiB / 1024.0, exported.longestStallMs, floor.longestStallMs);
    std::printf("  longest GUI stall of an idle event loop meanwhile (the machine's share): %.2f ms over %.1f s\n",
                idle.longestStallMs, idle.elapsedNs / 1e9);
    for (const auto &[name, watched] : {std::pair{"exporting", &exported}, std::pair{"paging", &floor}}) {
        for (const auto &[kind, turn] :
             {std::pair{"longest", watched->longestTurn}, std::pair{"busiest", watched->busiestTurn}})
            std::printf("  %s event delivery %s: %.2f ms wall, %.2f ms of the GUI thread's CPU (%s)\n", kind, name,
                        turn.wallNs / 1e6, turn.cpuNs / 1e6, turn.what.constData());
    }
    BenchGui::figure("export 100k users to CSV: time", exported.elapsedNs / 1e9, "s", floor.elapsedNs / 1e9,
                     "paging them, no file");
    BenchGui::figure("export 100k users to CSV: peak RSS", exported.peakRssKiB / 1024.0, "MB",
                     floor.peakRssKiB / 1024.0, "paging them, no file");
    BenchGui::figure("export 100k users: longest GUI-thread stall", exported.longestStallMs, "ms", 16.0,
                     "one 60 Hz frame");
    BenchGui::figure("paging 100k users: longest GUI-thread stall", floor.longestStallMs, "ms", 16.0,
                     "one 60 Hz frame");
    BenchGui::figure("idle event loop: longest GUI-thread stall", idle.longestStallMs, "ms", 16.0, "one 60 Hz frame");
    BenchGui::figure("export 100k users: GUI thread's CPU in one event", exported.busiestTurn.cpuNs / 1e6, "ms", 16.0,
                     "one 60 Hz frame");
    return 0;
}
