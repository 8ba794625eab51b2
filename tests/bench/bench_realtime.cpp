// Real-Time: (1) event latency, the time from an update's REST answer (the commit is done) to
// RealtimeClient's changed() signal, against a floor measured in the same run: a bare QWebSocket echo
// round trip on this machine; (2) the server's update throughput (sequential PUT /users/{id}, one
// client) with 1,000 idle subscribers against the figure without any. The server runs in-process on a
// thread of its own (Server::ServerHost), the clients on the main thread.
//
//   bench_realtime [samples = 200]
//
// Prints a table and one "figure<TAB>name<TAB>value<TAB>unit<TAB>floor<TAB>ratio" line per figure.
#include "core/realtimeclient.h"
#include "host/serverhost.h"
#include "httptestclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

void figure(const char *name, double value, const char *unit, double floor, const char *floorName)
{
    std::printf("%-60s %10.1f %s   floor %10.1f %s (%s)   x%.2f\n", name, value, unit, floor, unit, floorName,
                floor > 0 ? value / floor : 0.0);
    std::printf("figure\t%s\t%.3f\t%s\t%.3f\t%.3f\t%s\n", name, value, unit, floor, floor > 0 ? value / floor : 0.0,
                floorName);
}

// The floor: one text message to a QWebSocketServer that echoes it, and back.
std::vector<double> echoRoundTrips(int samples)
{
    QWebSocketServer server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
    server.listen(QHostAddress::LocalHost);
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&server]() {
        QWebSocket *socket = server.nextPendingConnection();
        socket->setParent(&server);
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                         [socket](const QString &m) { socket->sendTextMessage(m); });
    });
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
    connected.wait(5000);
    QSignalSpy echoed(&client, &QWebSocket::textMessageReceived);
    std::vector<double> times;
    QElapsedTimer clock;
    for (int i = 0; i < samples; ++i) {
        clock.start();
        client.sendTextMessage(QStringLiteral("42/app,[\"SUB_RES\",{\"id\":\"x\",\"data\":{}}]"));
        if (!echoed.wait(5000))
            break;
        times.push_back(clock.nsecsElapsed() / 1000.0);
    }
    return times;
}

// Sequential updates of one user: updates per second.
double updateRate(TestSupport::HttpTestClient &http, const QString &id, const QString &token, int count)
{
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i)
        http.put(QStringLiteral("users/") + id, QJsonObject{{QStringLiteral("phone"), QString::number(i)}}, token);
    return count * 1000.0 / qMax<qint64>(1, clock.elapsed());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int samples = argc > 1 ? qMax(10, QByteArray(argv[1]).toInt()) : 200;

    Server::ServerOptions options;
    options.demoUsers = 20;
    Server::ServerHost host(options);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    TestSupport::HttpTestClient http(host.baseUrl());
    const QJsonObject alice = http.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
    const QString token = alice.value(QStringLiteral("user-token")).toString();
    const QString id = alice.value(QStringLiteral("objectId")).toString();
    const QJsonObject staff = http.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));

    // (1) Latency: PUT answered -> changed() on the subscriber.
    RealtimeClient client;
    client.start(RealtimeClient::rtUrlFromInfo(http.get(QStringLiteral("info")).json()), options.appId, options.apiKey,
                 token);
    std::unique_ptr<RtSubscription> subscription(client.subscribeToUser(id));
    QSignalSpy ready(subscription.get(), &RtSubscription::ready);
    if (!ready.wait(5000)) {
        std::fprintf(stderr, "no SUB_READY\n");
        return 1;
    }
    // The event is stamped when changed() fires, which may be while the blocking PUT still waits for
    // its answer: the event leaves the server right after the answer does.
    QElapsedTimer clock;
    qint64 eventAt = -1;
    QObject::connect(subscription.get(), &RtSubscription::changed, subscription.get(),
                     [&clock, &eventAt](const QJsonObject &) { eventAt = clock.nsecsElapsed(); });
    std::vector<double> toEvent;
    std::vector<double> toAnswer;
    for (int i = 0; i < samples; ++i) {
        eventAt = -1;
        clock.start();
        http.put(QStringLiteral("users/") + id,
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Alice %1").arg(i)}}, token);
        const qint64 answered = clock.nsecsElapsed();
        QElapsedTimer waited;
        waited.start();
        while (eventAt < 0 && waited.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (eventAt < 0) {
            std::fprintf(stderr, "event %d did not arrive\n", i);
            return 1;
        }
        toEvent.push_back(eventAt / 1000.0);
        toAnswer.push_back(answered / 1000.0);
    }
    const std::vector<double> echo = echoRoundTrips(samples);
    figure("RT event: PUT sent -> client changed() (median)", median(toEvent), "us", median(toAnswer),
           "PUT sent -> its REST answer");
    figure("RT event: bare QWebSocket echo round trip (median, the transport's floor)", median(echo), "us",
           median(echo), "itself");

    // (2) Throughput with 1,000 idle subscribers (4 connections x 250, staff, other users' ids).
    subscription.reset();
    const int updates = samples;
    const double without = updateRate(http, id, token, updates);
    std::vector<std::unique_ptr<RealtimeClient>> subscribers;
    std::vector<std::unique_ptr<RtSubscription>> idle;
    for (int c = 0; c < 4; ++c) {
        auto subscriber = std::make_unique<RealtimeClient>();
        subscriber->start(RealtimeClient::rtUrlFromInfo(http.get(QStringLiteral("info")).json()), options.appId,
                          options.apiKey, staff.value(QStringLiteral("user-token")).toString());
        for (int s = 0; s < 250; ++s)
            idle.emplace_back(subscriber->subscribeToUser(QStringLiteral("nobody-%1-%2").arg(c).arg(s)));
        subscribers.push_back(std::move(subscriber));
    }
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 20000 && !std::all_of(idle.begin(), idle.end(), [](const auto &s) { return s->isReady(); }))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!std::all_of(idle.begin(), idle.end(), [](const auto &s) { return s->isReady(); })) {
        std::fprintf(stderr, "the 1,000 subscriptions were not all ready\n");
        return 1;
    }
    const double with = updateRate(http, id, token, updates);
    const double againWithout = [&] {
        idle.clear();
        subscribers.clear();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
        return updateRate(http, id, token, updates);
    }();
    figure("server updates/s with 1,000 idle RT subscriptions", with, "1/s", (without + againWithout) / 2,
           "no subscriptions (before and after)");
    return 0;
}
