// How much does the client core add to a profile save? N updates through UserService::update and N
// through a bare QNetworkAccessManager PUT of the same body, interleaved (alternating which goes
// first), against the local server in-process, or against a running profiledesk-server with
// --server. Prints the per-call median of each and their ratio.
//
//   bench_client [N] [--server URL] [--logins L]     (default 300 updates, 10 logins)
//
// Also times L logins through UserService::login, and prints every update and login sample as
// "samples<TAB>client-update<TAB>us,us,..." so that scripts/bench.sh can pool the rounds it
// interleaves with tests/bench/bench_sdk.mjs (the official JS SDK) against the same server.
#include "core/blockingcall.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "host/serverhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

double median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? double(values[mid]) : (values[mid - 1] + values[mid]) / 2.0;
}

// The samples in microseconds on one line, for scripts/bench.sh to pool across rounds.
void printSamples(const char *name, const std::vector<qint64> &ns)
{
    std::printf("samples\t%s\t", name);
    for (size_t i = 0; i < ns.size(); ++i)
        std::printf("%s%.1f", i ? "," : "", ns[i] / 1000.0);
    std::printf("\n");
}

qint64 timeLogin(UserService &users, bool *ok)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    UserCall *call = users.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
    QObject::connect(call, &UserCall::finished, &loop, [&] {
        *ok = !call->error().isError() && !call->result().isNull();
        loop.quit();
    });
    loop.exec();
    return clock.nsecsElapsed();
}

qint64 timeServiceUpdate(UserService &users, int i, bool *ok)
{
    User changes;
    changes.setValue(QStringLiteral("address"), QStringLiteral("%1 Service Street").arg(i));
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    UserCall *call = users.update(changes);
    QObject::connect(call, &UserCall::finished, &loop, [&] {
        *ok = !call->error().isError() && !call->result().isNull();
        loop.quit();
    });
    loop.exec();
    return clock.nsecsElapsed();
}

qint64 timeBarePut(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &token, int i, bool *ok)
{
    QElapsedTimer clock;
    clock.start();
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("user-token"), token);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("address"), QStringLiteral("%1 Bare Street").arg(i)}})
            .toJson(QJsonDocument::Compact);
    QEventLoop loop;
    QNetworkReply *reply = nam.put(request, body);
    QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
        *ok = reply->error() == QNetworkReply::NoError && !reply->readAll().isEmpty();
        reply->deleteLater();
        loop.quit();
    });
    loop.exec();
    return clock.nsecsElapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("A running profiledesk-server instead of one in process."),
                                          QStringLiteral("url"));
    const QCommandLineOption loginsOption(QStringLiteral("logins"), QStringLiteral("Logins to time."),
                                          QStringLiteral("n"), QStringLiteral("10"));
    parser.addOptions({serverOption, loginsOption});
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("Updates of each kind (default 300)."));
    parser.addHelpOption();
    parser.process(app);
    const int n = parser.positionalArguments().isEmpty() ? 300 : parser.positionalArguments().constFirst().toInt();
    const int logins = parser.value(loginsOption).toInt();
    if (n <= 0 || logins <= 0) {
        std::fprintf(stderr, "usage: bench_client [N > 0] [--server URL] [--logins L > 0]\n");
        return 2;
    }

    // Only without --server: the external server's process is then all the server there is.
    std::unique_ptr<Server::ServerHost> host;
    QUrl baseUrl;
    if (parser.isSet(serverOption)) {
        // The path form the JS SDK uses: {server}/{appId}/{apiKey}/...
        baseUrl = QUrl(parser.value(serverOption) + QStringLiteral("/demo-app-id/demo-rest-key"));
    } else {
        Server::ServerOptions options;
        options.demoUsers = 5;
        host = std::make_unique<Server::ServerHost>(options);
        QString error;
        if (!host->start(&error)) {
            std::fprintf(stderr, "server: %s\n", qPrintable(error));
            return 1;
        }
        baseUrl = host->baseUrl();
    }
    QNetworkAccessManager nam;
    RestClient client(Config::fromBaseUrl(baseUrl), &nam);
    UserService users(&client);
    Error loginError;
    const User alice = BlockingCall::wait(
        &users, [&] { return users.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")); },
        &loginError);
    if (loginError.isError()) {
        std::fprintf(stderr, "login: %s\n", qPrintable(loginError.message));
        return 1;
    }

    bool ok = true;
    std::vector<qint64> loginNs;
    for (int i = 0; i < logins && ok; ++i)
        loginNs.push_back(timeLogin(users, &ok));
    if (!ok) {
        std::fprintf(stderr, "a login failed; no figures\n");
        return 1;
    }
    const QUrl putUrl = client.config().endpoint(QStringLiteral("users/") + Config::encodeSegment(alice.objectId()));
    const QByteArray token = users.userToken().toUtf8();

    const int warmUp = std::min(20, n);
    for (int i = 0; i < warmUp && ok; ++i) {
        timeServiceUpdate(users, i, &ok);
        if (ok)
            timeBarePut(nam, putUrl, token, i, &ok);
    }
    std::vector<qint64> service, bare;
    service.reserve(size_t(n));
    bare.reserve(size_t(n));
    for (int i = 0; i < n && ok; ++i) {
        bool serviceOk = false, bareOk = false;
        if (i % 2 == 0) {
            service.push_back(timeServiceUpdate(users, i, &serviceOk));
            bare.push_back(timeBarePut(nam, putUrl, token, i, &bareOk));
        } else {
            bare.push_back(timeBarePut(nam, putUrl, token, i, &bareOk));
            service.push_back(timeServiceUpdate(users, i, &serviceOk));
        }
        ok = serviceOk && bareOk;
    }
    if (!ok) {
        std::fprintf(stderr, "an update failed; no figures\n");
        return 1;
    }
    const double serviceMedian = median(service) / 1000.0;
    const double bareMedian = median(bare) / 1000.0;
    printSamples("client-update", service);
    printSamples("bare-put", bare);
    printSamples("client-login", loginNs);
    std::printf("updates: %d each, interleaved\n", n);
    std::printf("UserService::update  median %8.1f us\n", serviceMedian);
    std::printf("bare QNAM PUT        median %8.1f us\n", bareMedian);
    std::printf("ratio                %8.2fx (target <= 1.20x)\n", serviceMedian / bareMedian);
    std::printf("UserService::login   median %8.1f us (%d calls)\n", median(loginNs) / 1000.0, logins);
    return 0;
}
