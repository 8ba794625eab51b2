// How fast is the support-staff directory on a big user table? The local server in-process
// (ServerHost, SQLite file) with 100,000 generated users; a UserDirectoryModel in a QTableView
// (offscreen). Each figure is measured from the model's request (refresh()) to the rows being in
// the view (the viewport's first paint after the page arrived), or to the count being known.
// Prints medians of N runs (plus the first, cold run), then the process RSS as pages are loaded.
//
//   QT_QPA_PLATFORM=offscreen bench_directory [N] [users]     (defaults: 15, 100000)
#include "bench_gui_support.h"
#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "host/serverhost.h"
#include "models/staff/directorypager.h"
#include "models/staff/userdirectorymodel.h"
#include "procstatus.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double medianMs(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    const size_t mid = ns.size() / 2;
    const double median = ns.size() % 2 ? double(ns[mid]) : (ns[mid - 1] + ns[mid]) / 2.0;
    return median / 1e6;
}

// Notes when the view's viewport paints: "rows in the view" is the first paint after a page.
class PaintProbe : public QObject
{
public:
    std::function<void()> onPaint;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && onPaint)
            onPaint();
        return QObject::eventFilter(watched, event);
    }
};

struct Timing
{
    qint64 rowsShown = -1; // ns from the request to the first paint with the page
    qint64 counted = -1; // ns from the request to the count
};

class Bench
{
public:
    Bench(UserDirectoryModel &model, QTableView &view)
        : m_model(model)
    {
        view.viewport()->installEventFilter(&m_probe);
        QObject::connect(&model, &UserDirectoryModel::pageLoaded, &model, [this](int, int count) {
            if (m_timing.rowsShown < 0 && m_waitingForPage) {
                m_pageArrived = true;
                if (count == 0) // nothing to paint
                    finishPage();
            }
        });
        m_probe.onPaint = [this] {
            if (m_pageArrived && m_timing.rowsShown < 0)
                finishPage();
        };
        QObject::connect(&model, &UserDirectoryModel::totalCountChanged, &model, [this](qint64 total) {
            if (total >= 0 && m_timing.counted < 0 && m_waitingForCount) {
                m_timing.counted = m_clock.nsecsElapsed();
                checkDone();
            }
        });
        QObject::connect(&model, &UserDirectoryModel::errorOccurred, &model, [this](const Error &error) {
            std::fprintf(stderr, "error %d: %s\n", error.code, qPrintable(error.message));
            m_loop.quit();
        });
    }

    // Runs `request` (which must start a query) and waits for the page to be painted and the count.
    Timing run(const std::function<void()> &request)
    {
        m_timing = Timing();
        m_pageArrived = false;
        m_waitingForPage = true;
        m_waitingForCount = true;
        QTimer timeout; // per run: a stale timer would end a later wait early
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        timeout.start(30000);
        m_clock.start();
        request();
        m_loop.exec();
        m_waitingForPage = m_waitingForCount = false;
        return m_timing;
    }

    // Loads one more page (as the view's fetchMore would) and waits for its rows in the model. The
    // view is not scrolled: at the bottom it would fetch on its own and race this loop.
    qint64 nextPage()
    {
        m_timing = Timing();
        m_timing.counted = 0;
        m_pageArrived = false; // the paint probe must not end this wait
        m_waitingForPage = false;
        m_clock.start();
        QMetaObject::Connection done = QObject::connect(&m_model, &UserDirectoryModel::pageLoaded, &m_loop, [this] {
            m_timing.rowsShown = m_clock.nsecsElapsed();
            m_loop.quit();
        });
        m_model.fetchMore(QModelIndex());
        m_loop.exec();
        QObject::disconnect(done);
        return m_timing.rowsShown;
    }

private:
    void finishPage()
    {
        m_timing.rowsShown = m_clock.nsecsElapsed();
        checkDone();
    }
    void checkDone()
    {
        if (m_timing.rowsShown >= 0 && m_timing.counted >= 0)
            m_loop.quit();
    }

    UserDirectoryModel &m_model;
    PaintProbe m_probe;
    QEventLoop m_loop;
    QElapsedTimer m_clock;
    Timing m_timing;
    bool m_pageArrived = false;
    bool m_waitingForPage = false;
    bool m_waitingForCount = false;
};

void report(const char *what, const std::vector<Timing> &runs, bool pages, bool counts)
{
    std::vector<qint64> shown;
    std::vector<qint64> counted;
    for (size_t i = 1; i < runs.size(); ++i) { // the first run is reported apart (cold)
        shown.push_back(runs[i].rowsShown);
        counted.push_back(runs[i].counted);
    }
    if (pages)
        std::printf("  %-44s rows in view: median %7.2f ms  (cold %7.2f ms)\n", what, medianMs(shown),
                    runs[0].rowsShown / 1e6);
    if (counts)
        std::printf("  %-44s count:        median %7.2f ms  (cold %7.2f ms)\n", what, medianMs(counted),
                    runs[0].counted / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = qMax(3, argc > 1 ? QByteArray(argv[1]).toInt() : 15);
    const int users = qMax(1000, argc > 2 ? QByteArray(argv[2]).toInt() : 100000);

    BenchGui::SeededServer server;
    if (!server.start(users))
        return 1;
    const double seedSeconds = server.seedSeconds;
    const long rssAfterServer = ProcStatus::kiB("VmRSS");

    QNetworkAccessManager nam;
    RestClient client(Config::fromBaseUrl(server.host->baseUrl()), &nam);
    UserService session(&client);
    DataService data(&client, &session);
    UserSchema schema;
    if (!BenchGui::signInAsSupport(session, &schema))
        return 1;

    UserDirectoryModel model(&data);
    model.setSchema(schema);
    model.setDebounceInterval(0);
    QTableView view;
    view.setModel(&model);
    view.horizontalHeader()->setSortIndicator(UserDirectoryModel::EmailColumn, Qt::AscendingOrder);
    view.setSortingEnabled(true);
    view.resize(1000, 700);
    view.show();
    Bench bench(model, view);

    std::printf("profiledesk directory benchmark: %d users (+3 named), %d runs per figure, Qt %s\n", users, runs,
                qVersion());
    std::printf("  seeding %d users + server start: %.1f s; RSS with the server up: %.1f MB\n\n", users, seedSeconds,
                rssAfterServer / 1024.0);

    const auto measure = [&](const char *what, bool pages, bool counts, const std::function<void(int)> &prepare) {
        std::vector<Timing> timings;
        for (int i = 0; i < runs; ++i)
            timings.push_back(bench.run([&] { prepare(i); }));
        report(what, timings, pages, counts);
    };
    const auto search = [&](const QString &text, DataService::Match match) {
        model.setMatch(match);
        model.setSearchText(text);
        model.refresh(); // the request leaves now, not after the (zero) debounce
    };
    // A different 100-user prefix on each run: user0400.., user0401.., ...
    const int width = qMax(4, int(QString::number(users).size()));
    const auto prefix = [&](int i) -> QString { // not auto: a QStringBuilder would outlive its parts
        return QStringLiteral("user") + QStringLiteral("%1").arg(400 + i, width - 2, 10, QLatin1Char('0'));
    };

    measure("first page (email asc, all users)", true, true,
            [&](int) { search(QString(), DataService::Match::Prefix); });
    measure("prefix search (100 hits, email or name)", true, true,
            [&](int i) { search(prefix(i), DataService::Match::Prefix); });
    model.sort(UserDirectoryModel::NameColumn, Qt::DescendingOrder);
    measure("first page sorted by name desc", true, false, [&](int) { search(QString(), DataService::Match::Prefix); });
    model.sort(UserDirectoryModel::CreatedColumn, Qt::DescendingOrder);
    measure("first page sorted by created desc", true, false,
            [&](int) { search(QString(), DataService::Match::Prefix); });
    model.sort(UserDirectoryModel::EmailColumn, Qt::AscendingOrder);
    measure("contains search (no index can help)", true, true,
            [&](int i) { search(QString::number(4200 + i), DataService::Match::Contains); });

    // Memory as pages are loaded (the whole table, page by page), and the time of a deep page.
    std::printf("\n  RSS as the view loads pages (email asc, all users):\n");
    search(QString(), DataService::Match::Prefix);
    bench.run([] {});
    const long base = ProcStatus::kiB("VmRSS");
    int pages = 1;
    std::vector<qint64> deep;
    const int lastPage = (users + 3 + DirectoryPager::PageSize - 1) / DirectoryPager::PageSize;
    for (const int mark : {1, 10, 50, 100, 250, 500, 750, lastPage}) {
        while (pages < mark && model.canFetchMore(QModelIndex())) {
            const qint64 t = bench.nextPage();
            if (pages >= lastPage - 10)
                deep.push_back(t);
            ++pages;
        }
        const long rss = ProcStatus::kiB("VmRSS");
        std::printf("    %5d pages (%7d rows): RSS %7.1f MB  (+%6.1f MB since page 1, %5.2f KB/page)\n", pages,
                    model.rowCount(), rss / 1024.0, (rss - base) / 1024.0,
                    pages > 1 ? double(rss - base) / (pages - 1) : 0.0);
        if (!model.canFetchMore(QModelIndex()))
            break;
    }
    if (!deep.empty())
        std::printf("  the last 10 pages (offset ~%d, rows in the model): median %.2f ms\n", model.rowCount() - 500,
                    medianMs(deep));
    return 0;
}
