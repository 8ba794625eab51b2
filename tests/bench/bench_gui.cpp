// GUI benchmark (a program, not a test: its figures depend on the machine).
//
//   bench_gui [--runs N]
//
// 1. Start-up: process start -> login dialog painted, `profiledesk --quit-after-first-paint`
//    against minimal_dialog (the same first-paint report in the smallest comparable Qt program);
//    median of N interleaved process starts each, and the ratio (target <= 1.3x).
// 2. In process, against Server::ServerHost with every reply delayed by 2 s: the longest stall of
//    the GUI thread (the largest gap between the ticks of a 1 ms timer, minus the 1 ms) during
//    sign-in + schema load and during a save (target < 16 ms), and the peak RSS (VmHWM) once the
//    editor is open, against the peak RSS of minimal_dialog (median of its starts in step 1). The
//    in-process server runs on its own thread, as in `profiledesk --demo`, so its memory is part of
//    the figure.
// 3. Save round-trip through the GUI (click Save -> ProfileSave::saved) against a bare QNAM GET + PUT of
//    the same bodies with the same token (the save re-reads the user for its conflict check, then
//    PUTs, by design), interleaved, no server delay; medians, the ratio, and where the GUI's time goes.
// 4. Support staff's Directory: the longest GUI-thread stall while fetchMore pages in the next rows
//    with every reply delayed.
//
// Figures other than the sentences of steps 1-2 are printed as "figure<TAB>name<TAB>value<TAB>unit
// <TAB>floor<TAB>ratio<TAB>floor name" lines for scripts/bench.sh.
#include "bench_gui_support.h"
#include "core/userservice.h"
#include "host/serverhost.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"
#include "models/staff/userdirectorymodel.h"
#include "persistence/sessionstore.h"
#include "persistence/settings.h"
#include "ui/editor/profileeditor.h"
#include "ui/login/logindialog.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/staff/userdirectory.h"
#include "ui/staff/userdirectorytabs.h"
#include "ui/widgets/messagebanner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {

using namespace BenchGui;

// A number the program printed on a line of its own after `key`, or -1.
qint64 reported(const QByteArray &out, const char *key)
{
    const qsizetype at = out.indexOf(key);
    if (at < 0)
        return -1;
    return out.mid(at + qsizetype(qstrlen(key))).trimmed().split('\n').value(0).toLongLong();
}

// Milliseconds from just before QProcess::start to the first paint the program reports
// (FirstPaintProbe::reportAndQuit, on the same steady clock), or -1 on failure. `peakKb` gets
// the VmHWM the program reports ("peak-rss-kb"), if it does.
double timeStart(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                 qint64 *peakKb = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const auto started = std::chrono::steady_clock::now().time_since_epoch();
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -1;
    const QByteArray out = process.readAllStandardOutput();
    const qint64 paintedNs = reported(out, "first-paint-ns ");
    if (paintedNs < 0)
        return -1;
    if (peakKb)
        *peakKb = reported(out, "peak-rss-kb ");
    return (paintedNs - std::chrono::duration_cast<std::chrono::nanoseconds>(started).count()) / 1e6;
}

// One request with the session's token and nothing else of the client; -1 on failure.
qint64 timeBare(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url, const QByteArray &token,
                const QByteArray &body = {})
{
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("user-token"), token);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = verb == "GET" ? nam.get(request) : nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool ok = finished.wait(30000) && reply->error() == QNetworkReply::NoError;
    const qint64 ns = clock.nsecsElapsed();
    reply->deleteLater();
    return ok ? ns : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Process starts per program."),
                                        QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption delayOption(QStringLiteral("delay"), QStringLiteral("Server reply delay in ms."),
                                         QStringLiteral("ms"), QStringLiteral("2000"));
    parser.addOptions({runsOption, delayOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int delay = parser.value(delayOption).toInt();

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A private HOME: the benchmark never reads or writes the user's settings, drafts or keychain.
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")));

    // --- 1. start -> first paint -----------------------------------------------------------
    QList<double> app_ms;
    QList<double> minimal_ms;
    QList<double> minimal_peak_kb;
    const QString appExe = QStringLiteral(PROFILEDESK_EXE);
    const QString minimalExe = QStringLiteral(MINIMAL_DIALOG_EXE);
    timeStart(appExe, {QStringLiteral("--quit-after-first-paint")}, env); // warm the file cache
    timeStart(minimalExe, {}, env);
    for (int i = 0; i < runs; ++i) {
        const double a = timeStart(appExe, {QStringLiteral("--quit-after-first-paint")}, env);
        qint64 minimalPeakKb = -1;
        const double m = timeStart(minimalExe, {}, env, &minimalPeakKb);
        if (a < 0 || m < 0 || minimalPeakKb <= 0) {
            std::fprintf(stderr, "a start-up run failed\n");
            return 1;
        }
        app_ms << a;
        minimal_ms << m;
        minimal_peak_kb << double(minimalPeakKb);
    }
    const double appMedian = median(app_ms);
    const double minimalMedian = median(minimal_ms);
    std::printf("start -> login dialog painted: profiledesk %.1f ms, minimal dialog %.1f ms, ratio %.2fx "
                "(median of %d starts each; target <= 1.3x)\n",
                appMedian, minimalMedian, appMedian / minimalMedian, runs);

    // --- 2. in process: stalls and memory ---------------------------------------------------
    MessageBanner::setAnimationsEnabled(false);
    Server::ServerOptions options;
    options.demoUsers = 200;
    Server::ServerHost server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    Settings settings(home.path() + QStringLiteral("/bench.ini"));
    settings.setServerKind(Settings::ServerKind::LocalDemo);
    MemorySessionStore sessions;
    TimelineNam nam;
    AppController controller(&settings, &sessions, &nam);
    controller.setDraftDirectory(home.path() + QStringLiteral("/drafts"));
    controller.setDemoServer(server.baseUrl().adjusted(QUrl::RemovePath), options.appId, options.apiKey, {});
    controller.start();

    // Three rounds of sign-in -> editor -> save -> sign out; each phase's figure is the worst
    // round (the machine's own noise only ever adds to a stall).
    StallProbe probe;
    double signInStall = 0, schemaStall = 0, saveStall = 0, signInMs = 0, schemaMs = 0, saveMs = 0;
    qint64 peakKb = 0, rssKb = 0;
    const int rounds = 3;
    for (int round = 0; round < rounds; ++round) {
        LoginDialog *dialog = controller.loginDialog();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return 1;
        QTest::qWait(200);
        server.setResponseDelay(delay);
        dialog->findChild<QLineEdit *>(QStringLiteral("identityEdit"))->setText(QStringLiteral("alice@example.com"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("Alice-pass-1"));
        // Waiting through QSignalSpy::wait runs a real event loop; QTest::qWaitFor would sleep
        // 10 ms between its turns and show up as stalls of its own.
        QSignalSpy signedIn(controller.users(), &UserService::currentUserChanged);
        QSignalSpy opened(&controller, &AppController::editorOpened);
        QElapsedTimer phase;
        probe.start();
        phase.start();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        if (!signedIn.wait(30000))
            return 1;
        signInStall = std::max(signInStall, probe.stopMs());
        signInMs = std::max<double>(signInMs, phase.restart());
        probe.start();
        if (!opened.wait(30000))
            return 1;
        schemaStall = std::max(schemaStall, probe.stopMs());
        schemaMs = std::max<double>(schemaMs, phase.elapsed());
        QTest::qWait(300); // the editor paints
        peakKb = statusKb("VmHWM:");
        rssKb = statusKb("VmRSS:");

        auto *address = controller.mainWindow()->findChild<QLineEdit *>(QStringLiteral("field_address"));
        address->setFocus();
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("%1 Benchmark Road").arg(round + 1));
        QSignalSpy saved(controller.profile()->save(), &ProfileSave::saved);
        probe.start();
        phase.restart();
        controller.mainWindow()->editor()->save();
        if (!saved.wait(30000))
            return 1;
        saveStall = std::max(saveStall, probe.stopMs());
        saveMs = std::max<double>(saveMs, phase.elapsed());

        server.setResponseDelay(0);
        controller.mainWindow()->requestSignOut();
        QTest::qWait(300);
    }

    std::printf("longest GUI-thread stall with every reply delayed %d ms (worst of %d rounds; target < 16 ms): "
                "sign-in %.1f ms, schema load + editor built %.1f ms, save incl. conflict re-read %.1f ms "
                "(the phases took %.0f / %.0f / %.0f ms)\n",
                delay, rounds, signInStall, schemaStall, saveStall, signInMs, schemaMs, saveMs);
    std::printf("peak RSS after sign-in with the editor open: %.1f MiB (VmHWM; VmRSS %.1f MiB; "
                "includes the in-process server with %d demo users)\n",
                peakKb / 1024.0, rssKb / 1024.0, options.demoUsers);
    const double minimalPeakMiB = median(minimal_peak_kb) / 1024.0;
    figure("peak RSS after sign-in (VmHWM; app + in-process server)", peakKb / 1024.0, "MiB", minimalPeakMiB,
           "minimal Qt dialog");

    // Signs in from the login dialog with no server delay and waits for the editor.
    const auto signIn = [&](const QString &identity, const QString &password) {
        LoginDialog *dialog = controller.loginDialog();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return false;
        dialog->findChild<QLineEdit *>(QStringLiteral("identityEdit"))->setText(identity);
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
        QSignalSpy opened(&controller, &AppController::editorOpened);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        return opened.wait(30000);
    };

    // --- 3. save round-trip: the GUI against a bare GET + PUT pair ----------------------------
    if (!signIn(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")))
        return 1;
    auto *address = controller.mainWindow()->findChild<QLineEdit *>(QStringLiteral("field_address"));
    auto *saveButton = controller.mainWindow()->findChild<QPushButton *>(QStringLiteral("saveButton"));
    const Config config = Config::fromBaseUrl(server.baseUrl());
    const QString id = Config::encodeSegment(controller.profile()->fields()->loadedUser().objectId());
    const QUrl getUrl = config.endpoint(QStringLiteral("data/Users/") + id);
    const QUrl putUrl = config.endpoint(QStringLiteral("users/") + id);
    const QByteArray token = controller.users()->userToken().toUtf8();
    // A person pauses between typing and clicking Save: the repaints of the typing (and of the
    // previous save's end) happen before the clock starts, not inside the next measurement.
    // QTest::qWait, not QSignalSpy::wait: outside the clock its 10 ms sleeps do no harm.
    const auto settle = [] { QTest::qWait(30); };
    // Where a GUI save's time goes: GUI work before the GET leaves, the GET, GUI work between the GET's
    // reply and the PUT leaving, the PUT, GUI work after the PUT's reply until saved().
    QList<double> phases_us[5];
    const auto guiSave = [&](int i) -> qint64 {
        address->setFocus();
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("%1 Round Trip Road").arg(i));
        // The save starts when the button is released (clicked()); a person's press lasts longer than
        // the button's repaint for its pressed look.
        QTest::mousePress(saveButton, Qt::LeftButton);
        settle();
        QSignalSpy saved(controller.profile()->save(), &ProfileSave::saved);
        nam.restart();
        QTest::mouseRelease(saveButton, Qt::LeftButton);
        if (!saved.wait(30000) || nam.sent.size() != 2 || nam.received.size() != 2)
            return -1;
        const qint64 ns = nam.clock.nsecsElapsed();
        const qint64 at[] = {0, nam.sent.at(0), nam.received.at(0), nam.sent.at(1), nam.received.at(1), ns};
        for (int p = 0; p < 5; ++p)
            phases_us[p] << (at[p + 1] - at[p]) / 1e3;
        nam.clock.invalidate();
        return ns;
    };
    QList<double> bareGet_us, barePut_us;
    // The same two requests the save makes, by design: the re-read of the conflict check, then the
    // PUT of the changed property.
    const auto bareSave = [&](int i) -> qint64 {
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("address"), QStringLiteral("%1 Round Trip Road").arg(i)}})
                .toJson(QJsonDocument::Compact);
        settle();
        const qint64 get = timeBare(nam, "GET", getUrl, token);
        const qint64 put = get < 0 ? -1 : timeBare(nam, "PUT", putUrl, token, body);
        if (put < 0)
            return -1;
        bareGet_us << get / 1e3;
        barePut_us << put / 1e3;
        return get + put;
    };
    const int saves = std::max(10, runs * 3);
    QList<double> gui_us, bare_us;
    for (int i = -3; i < saves; ++i) { // three warm-up pairs, then interleaved, alternating who goes first
        const bool guiFirst = i % 2 == 0;
        const qint64 first = guiFirst ? guiSave(i) : bareSave(i);
        const qint64 second = guiFirst ? bareSave(i) : guiSave(i);
        if (first < 0 || second < 0) {
            std::fprintf(stderr, "a save failed\n");
            return 1;
        }
        if (i >= 0) {
            gui_us << (guiFirst ? first : second) / 1e3;
            bare_us << (guiFirst ? second : first) / 1e3;
        }
    }
    const double guiSaveMs = median(gui_us) / 1e3, bareSaveMs = median(bare_us) / 1e3;
    std::printf("save round-trip, Save released -> ProfileSave::saved (the conflict re-read GET, then the PUT): "
                "%.2f ms; bare QNAM GET + PUT of the same bodies: %.2f ms; ratio %.2fx (median of %d each, "
                "interleaved)\n",
                guiSaveMs, bareSaveMs, guiSaveMs / bareSaveMs, saves);
    std::printf(
        "  GUI save, medians: release -> GET sent %.0f us, GET %.0f us, GET reply -> PUT sent %.0f us, PUT %.0f us, "
        "PUT reply -> saved %.0f us; bare: GET %.0f us, PUT %.0f us\n",
        median(phases_us[0]), median(phases_us[1]), median(phases_us[2]), median(phases_us[3]), median(phases_us[4]),
        median(bareGet_us), median(barePut_us));
    figure("save round-trip through the GUI (median)", guiSaveMs, "ms", bareSaveMs, "bare GET + PUT");

    // --- 4. Directory paging with the server delaying every reply --------------------------
    controller.mainWindow()->requestSignOut();
    QSignalSpy staffChecked(&controller, &AppController::staffToolsChecked);
    if (!signIn(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
        || (staffChecked.isEmpty() && !staffChecked.wait(30000)) || !controller.mainWindow()->staffTabs())
        return 1;
    UserDirectoryModel *directory = controller.mainWindow()->staffTabs()->directory()->model();
    QTest::qWait(500);
    while (directory->isLoading()) {
        QSignalSpy loading(directory, &UserDirectoryModel::loadingChanged);
        loading.wait(30000);
    }
    server.setResponseDelay(delay);
    double pagingStall = 0;
    int pages = 0;
    while (directory->canFetchMore(QModelIndex())) {
        QSignalSpy loaded(directory, &UserDirectoryModel::pageLoaded);
        probe.start();
        directory->fetchMore(QModelIndex());
        if (!loaded.wait(30000))
            return 1;
        pagingStall = std::max(pagingStall, probe.stopMs());
        ++pages;
    }
    server.setResponseDelay(0);
    if (pages == 0) {
        std::fprintf(stderr, "the directory had no further page to fetch\n");
        return 1;
    }
    std::printf("longest GUI-thread stall during directory paging (support@example.com, fetchMore, every reply "
                "delayed %d ms, %d pages, %d rows): %.1f ms (target < 16 ms)\n",
                delay, pages, directory->rowCount(), pagingStall);
    figure("longest GUI stall, directory paging (server delay 2000 ms)", pagingStall, "ms", 16.0, "one 60 Hz frame");
    return 0;
}
