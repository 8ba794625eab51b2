// Server update throughput and p99 latency at 32 concurrent connections: profiledesk-server's
// PUT /users/{id} (session check, validation, SQLite write, the user read back), with its database
// in a file (as `profiledesk --demo` keeps it) and in memory (the executable's default), against a bare
// QHttpServer route that answers the same PUT with a fixed JSON body of the same bytes. Both run
// in this process on a thread of their own, driven by the same 32 clients (tests/load/LoadClient,
// one QNetworkAccessManager and so one connection each), in alternating rounds.
//
//   bench_server [updates per connection = 100] [rounds = 3]
//
// Prints a table and, for scripts/bench.sh, one "figure<TAB>name<TAB>value<TAB>unit<TAB>floor<TAB>ratio"
// line per figure.
#include "host/serverhost.h"
#include "httptestclient.h"
#include "loadclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

constexpr int Connections = 32;

// The floor: QHttpServer's own cost for the same request and reply, on a thread of its own.
class BareServer
{
public:
    explicit BareServer(const QByteArray &reply)
    {
        m_thread.start();
        QMetaObject::invokeMethod(
            m_context.get(),
            [this, reply] {
                m_server = std::make_unique<QHttpServer>();
                m_server->route(QStringLiteral("/api/users/<arg>"), QHttpServerRequest::Method::Put,
                                [reply](const QString &) {
                                    return QHttpServerResponse(QByteArrayLiteral("application/json"), reply);
                                });
                m_port = m_server->listen(QHostAddress::LocalHost, 0);
            },
            Qt::BlockingQueuedConnection);
    }
    ~BareServer()
    {
        QMetaObject::invokeMethod(
            m_context.get(), [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context = [this] {
        auto context = std::make_unique<QObject>();
        context->moveToThread(&m_thread);
        return context;
    }();
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
};

struct Round
{
    double perSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    int failures = 0;
};

struct Target
{
    QString name;
    QList<QUrl> urls; // one per connection
    QList<QByteArray> tokens;
    std::vector<double> rates, p50s, p99s; // one per round
};

// Each connection updates its own user, signed in as that user (docs/PROTOCOL.md: PUT /users/{id}).
bool signIn(const Server::ServerHost &host, Target *target, QByteArray *sampleReply)
{
    TestSupport::HttpTestClient http(host.baseUrl());
    for (int i = 1; i <= Connections; ++i) {
        const QJsonObject user = http.login(QStringLiteral("user%1@example.com").arg(i, 4, 10, QLatin1Char('0')),
                                            QStringLiteral("User-pass-1"));
        const QString id = user.value(QStringLiteral("objectId")).toString();
        if (id.isEmpty()) {
            std::fprintf(stderr, "could not sign in user %d\n", i);
            return false;
        }
        target->urls << http.url(QStringLiteral("users/") + id);
        target->tokens << user.value(QStringLiteral("user-token")).toString().toUtf8();
        if (sampleReply->isEmpty())
            *sampleReply = http.put(QStringLiteral("users/") + id,
                                    {{QStringLiteral("address"), QStringLiteral("1 Bench Street, desk 0")}},
                                    QString::fromUtf8(target->tokens.constLast()))
                               .body;
    }
    return true;
}

Round runRound(const Target &target, int updates)
{
    std::vector<std::unique_ptr<LoadClient>> clients;
    for (int i = 0; i < Connections; ++i) {
        clients.push_back(std::make_unique<LoadClient>(target.urls.at(i), target.tokens.at(i), updates, [i](int n) {
            return QJsonObject{{QStringLiteral("address"), QStringLiteral("%1 Bench Street, desk %2").arg(n).arg(i)}};
        }));
    }
    QElapsedTimer clock;
    clock.start();
    for (const auto &client : clients)
        client->start();
    while (!std::all_of(clients.cbegin(), clients.cend(), [](const auto &client) { return client->isDone(); }))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double seconds = clock.nsecsElapsed() / 1e9;

    Round round;
    QList<qint64> latencies;
    int acknowledged = 0;
    for (const auto &client : clients) {
        latencies += client->latenciesNs();
        acknowledged += int(client->acknowledgedWrites().size());
        round.failures += client->serverErrors() + client->otherFailures();
    }
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&latencies](double p) {
        return latencies.isEmpty()
            ? 0.0
            : latencies.at(std::min(latencies.size() - 1, qsizetype(p * latencies.size()))) / 1e6;
    };
    round.perSecond = acknowledged / seconds;
    round.p50Ms = at(0.50);
    round.p99Ms = at(0.99);
    return round;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

void figure(const char *name, double value, const char *unit, double floor)
{
    std::printf("figure\t%s\t%.2f\t%s\t%.2f\t%.2f\n", name, value, unit, floor, floor > 0 ? value / floor : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int updates = argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    if (updates <= 0 || rounds <= 0) {
        std::fprintf(stderr, "usage: bench_server [updates per connection > 0] [rounds > 0]\n");
        return 2;
    }

    // The database as `profiledesk --demo` keeps it (a file, WAL) and as the executable's default (:memory:).
    QTemporaryDir dir;
    Server::ServerOptions fileOptions;
    fileOptions.demoUsers = Connections;
    fileOptions.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    Server::ServerOptions memoryOptions = fileOptions;
    memoryOptions.databasePath = QStringLiteral(":memory:");
    Server::ServerHost fileHost(fileOptions);
    Server::ServerHost memoryHost(memoryOptions);
    QString error;
    if (!fileHost.start(&error) || !memoryHost.start(&error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    QByteArray sampleReply;
    Target file;
    file.name = QStringLiteral("server PUT, SQLite file");
    Target memory;
    memory.name = QStringLiteral("server PUT, :memory:");
    if (!signIn(fileHost, &file, &sampleReply) || !signIn(memoryHost, &memory, &sampleReply))
        return 1;
    BareServer bare(sampleReply);
    Target floor;
    floor.name = QStringLiteral("bare QHttpServer route");
    floor.tokens = memory.tokens;
    for (const QUrl &url : std::as_const(memory.urls)) {
        QUrl bareUrl = url;
        bareUrl.setPort(bare.port());
        floor.urls << bareUrl;
    }

    std::vector<Target *> targets{&file, &memory, &floor};
    for (Target *target : targets)
        runRound(*target, 10); // warm-up
    int failures = 0;
    for (int r = 0; r < rounds; ++r) {
        // Rotate the order, so a slow patch of the machine hits every target alike.
        for (size_t k = 0; k < targets.size(); ++k) {
            Target *target = targets[(k + size_t(r)) % targets.size()];
            const Round round = runRound(*target, updates);
            failures += round.failures;
            target->rates.push_back(round.perSecond);
            target->p50s.push_back(round.p50Ms);
            target->p99s.push_back(round.p99Ms);
        }
    }
    if (failures) {
        std::fprintf(stderr, "%d updates failed; no figures\n", failures);
        return 1;
    }

    std::printf(
        "server updates: %d connections x %d updates, %d rounds (medians of the rounds), reply %lld bytes, Qt %s\n",
        Connections, updates, rounds, qlonglong(sampleReply.size()), qVersion());
    std::printf("  %-26s %12s %10s %10s %12s %10s\n", "", "updates/s", "p50 ms", "p99 ms", "vs floor", "p99 vs");
    for (const Target *target : targets) {
        std::printf("  %-26s %12.0f %10.2f %10.2f %11.2fx %9.2fx\n", qPrintable(target->name), median(target->rates),
                    median(target->p50s), median(target->p99s), median(target->rates) / median(floor.rates),
                    median(target->p99s) / median(floor.p99s));
    }
    figure("server update throughput @32 conn, SQLite file (updates/s)", median(file.rates), "1/s",
           median(floor.rates));
    figure("server update p99 @32 conn, SQLite file", median(file.p99s), "ms", median(floor.p99s));
    figure("server update throughput @32 conn, :memory: (updates/s)", median(memory.rates), "1/s", median(floor.rates));
    figure("server update p99 @32 conn, :memory:", median(memory.p99s), "ms", median(floor.p99s));
    return 0;
}
