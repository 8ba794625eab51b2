// profiledesk-server: parses the command line and runs a ServerInstance on the main thread.

#include "runtimesettings.h"
#include "serverconfig.h"
#include "serverinstance.h"
#include "serveroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "profiledesk-server: " << message << Qt::endl;
    std::exit(2);
}

int readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        fail(QStringLiteral("--%1 needs a whole number from %2 to %3").arg(option.names().constFirst()).arg(minimum).arg(maximum));
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("profiledesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROFILEDESK_VERSION));

    Server::ServerOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local Backendless-compatible REST server for ProfileDesk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("address"), defaults.host);
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one (default 8080)."),
                                  QStringLiteral("port"), QStringLiteral("8080"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite database file (default :memory:, gone on exit)."),
                                QStringLiteral("file"), defaults.databasePath);
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Seed the demo schema and users into an empty database."));
    const QCommandLineOption demoUsers(QStringLiteral("demo-users"),
                                       QStringLiteral("How many userNNNN@example.com users --demo generates (default 200)."),
                                       QStringLiteral("N"), QString::number(defaults.demoUsers));
    const QCommandLineOption appId(QStringLiteral("app-id"), QStringLiteral("Application id in /{appId}/{apiKey}/ paths."),
                                   QStringLiteral("id"), defaults.appId);
    const QCommandLineOption apiKey(QStringLiteral("api-key"), QStringLiteral("REST API key in /{appId}/{apiKey}/ paths."),
                                    QStringLiteral("key"), defaults.apiKey);
    const QCommandLineOption dynamicSchema(QStringLiteral("dynamic-schema"),
                                           QStringLiteral("Create columns for unknown properties: on or off (default on)."),
                                           QStringLiteral("on|off"), QStringLiteral("on"));
    const QCommandLineOption sessionTimeout(QStringLiteral("session-timeout"),
                                            QStringLiteral("Seconds of inactivity that end a session (default 3600)."),
                                            QStringLiteral("seconds"), QString::number(defaults.sessionTimeoutSeconds));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("JSON file with schema, users and settings; flags given here win."),
                                    QStringLiteral("file"));
    parser.addOptions({host, port, db, demo, demoUsers, appId, apiKey, dynamicSchema, sessionTimeout, config});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument '%1'; see --help").arg(parser.positionalArguments().constFirst()));

    Server::ServerOptions options;
    Server::ServerConfig serverConfig;
    options.configFile = parser.value(config);
    QString error;
    if (!options.configFile.isEmpty()) {
        if (!Server::ServerConfig::load(options.configFile, &serverConfig, &error))
            fail(error);
        serverConfig.applyTo(options);
    }
    options.host = parser.value(host);
    options.port = quint16(readNumber(parser, port, 0, 65535));
    options.databasePath = parser.value(db);
    options.demo = parser.isSet(demo);
    options.demoUsers = readNumber(parser, demoUsers, 0, 10000000);
    options.appId = parser.value(appId);
    options.apiKey = parser.value(apiKey);
    if (parser.isSet(dynamicSchema)) {
        const QString value = parser.value(dynamicSchema).toLower();
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            fail(QStringLiteral("--dynamic-schema takes on or off"));
        options.dynamicSchema = value == QLatin1String("on");
    }
    if (parser.isSet(sessionTimeout))
        options.sessionTimeoutSeconds = readNumber(parser, sessionTimeout, 1, 365 * 24 * 3600);

    auto settings = std::make_shared<Server::RuntimeSettings>();
    settings->dynamicSchema = options.dynamicSchema;
    settings->sessionTimeoutSeconds = options.sessionTimeoutSeconds;
    Server::ServerInstance server(options, serverConfig, settings);
    if (!server.start(&error))
        fail(error);
    QTextStream(stdout) << "listening on http://" << options.host << ':' << server.port() << Qt::endl;
    return app.exec();
}
