// profiledesk: parses the command line and wires the layers; everything else lives in the libraries.
#include "host/serverhost.h"
#include "persistence/sessionstore.h"
#include "persistence/settings.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/firstpaintprobe.h"
#include "ui/shell/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>

#include <memory>

namespace {
// --help and --version print text and exit: they must work without a display (man pages,
// packaging checks, a terminal over ssh), so they get a QCoreApplication (the pattern of
// QApplication's documentation for command-line-only runs).
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return std::make_unique<QCoreApplication>(argc, argv);
    }
    return std::make_unique<QApplication>(argc, argv);
}
} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ProfileDesk"));
    QApplication::setApplicationName(QStringLiteral("ProfileDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROFILEDESK_VERSION));

    // The language is chosen before the parser so that --help is translated too.
    QString language;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype langIndex = args.indexOf(QStringLiteral("--lang"));
    if (langIndex >= 0 && langIndex + 1 < args.size())
        language = args.at(langIndex + 1);
    Settings settings;
    if (language.isEmpty())
        language = settings.language();
    Translations::install(app.get(), language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Edit Backendless user profiles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the local demo server in this process and sign in to it."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "User interface language: de, fr, es or en."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main",
                                    "Server URL: a custom domain or *.backendless.app (…/api), Backendless Pro "
                                    "(http://HOST:8080/api with --app-id and --api-key), or the local server."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption appIdOption(QStringLiteral("app-id"),
                                         QCoreApplication::translate("main", "Backendless application ID."),
                                         QCoreApplication::translate("main", "id"));
    const QCommandLineOption apiKeyOption(QStringLiteral("api-key"),
                                          QCoreApplication::translate("main", "Backendless REST API key."),
                                          QCoreApplication::translate("main", "key"));
    const QCommandLineOption insecureOption(
        QStringLiteral("allow-insecure"),
        QCoreApplication::translate("main",
                                    "Allow plain http:// to the server even though it is not this computer "
                                    "(remembered for that server)."));
    // Hidden, for tests/bench/bench_gui: report the first paint and quit.
    QCommandLineOption firstPaintOption(QStringLiteral("quit-after-first-paint"), QString());
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {demoOption, langOption, serverOption, appIdOption, apiKeyOption, insecureOption, firstPaintOption});
    parser.process(*app);

    if (parser.isSet(serverOption)) {
        settings.setServerKind(Settings::ServerKind::Custom);
        settings.setServerUrl(parser.value(serverOption));
    }
    if (parser.isSet(appIdOption))
        settings.setAppId(parser.value(appIdOption));
    if (parser.isSet(apiKeyOption))
        settings.setApiKey(parser.value(apiKeyOption));
    if (parser.isSet(insecureOption))
        settings.setAllowsInsecure(settings.serverUrl(), true);

    std::unique_ptr<Server::ServerHost> demoServer;
    if (parser.isSet(demoOption)) {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dataDir);
        Server::ServerOptions options;
        options.databasePath = dataDir + QStringLiteral("/demo.sqlite");
        demoServer = std::make_unique<Server::ServerHost>(options);
        QString error;
        if (!demoServer->start(&error)) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "ProfileDesk"),
                QCoreApplication::translate("main", "The demo server could not start: %1").arg(error));
            return 1;
        }
        if (!parser.isSet(serverOption))
            settings.setServerKind(Settings::ServerKind::LocalDemo);
    }

    // The name the desktop file, the AppStream metainfo and the installed icon share.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.profiledesk.ProfileDesk"));
    // Qt decodes every icon image as it is added: that waits until the login dialog is on screen.
    app->installEventFilter(new FirstPaintProbe(
        [] {
            QIcon icon;
            for (int size : {16, 32, 48, 64, 128, 256})
                icon.addFile(QStringLiteral(":/icons/%1/profiledesk.png").arg(size), QSize(size, size));
            QApplication::setWindowIcon(icon);
        },
        app.get()));

    QNetworkAccessManager network;
    KeychainSessionStore sessions;
    AppController controller(&settings, &sessions, &network);
    if (demoServer) {
        controller.setDemoServer(
            demoServer->baseUrl().adjusted(QUrl::RemovePath), demoServer->options().appId, demoServer->options().apiKey,
            {QStringLiteral("alice@example.com / Alice-pass-1"), QStringLiteral("bob@example.com / Bob-pass-1"),
             QStringLiteral("support@example.com / Support-pass-1")});
    }
    // The controller decides when the program is done (the login dialog cancelled, the window
    // closed): between the login dialog closing and the editor opening no window is visible, and
    // Qt's default would quit right there, after every successful sign-in.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&controller, &AppController::finished, app.get(), &QCoreApplication::quit);
    if (parser.isSet(firstPaintOption))
        app->installEventFilter(new FirstPaintProbe(&FirstPaintProbe::reportAndQuit, app.get()));
    controller.start();
    return QCoreApplication::exec();
}
