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

// One of `choices` (case-insensitive); anything else ends the program with the list.
QString readChoice(const QCommandLineParser &parser, const QCommandLineOption &option, const QStringList &choices)
{
    const QString value = parser.value(option).toLower();
    if (!choices.contains(value))
        fail(QStringLiteral("--%1 takes %2").arg(option.names().constFirst(), choices.join(QStringLiteral(" or "))));
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
                                           QStringLiteral("Unknown properties create columns (on), are refused (off) or "
                                                          "are dropped silently (drop). Default on."),
                                           QStringLiteral("on|off|drop"), QStringLiteral("on"));
    const QCommandLineOption multipleLogins(QStringLiteral("multiple-logins"),
                                            QStringLiteral("Let one account hold several sessions (default off)."),
                                            QStringLiteral("on|off"), QStringLiteral("off"));
    const QCommandLineOption maxLogins(QStringLiteral("max-logins"),
                                       QStringLiteral("With --multiple-logins on: sessions per account, past it 3044 "
                                                      "(default 1)."),
                                       QStringLiteral("N"), QString::number(defaults.loginPolicy.maxLogins));
    const QCommandLineOption secondLogin(QStringLiteral("second-login"),
                                         QStringLiteral("With --multiple-logins off: a new login ends the first session "
                                                        "(end-first, default) or is refused with 3002 (refuse)."),
                                         QStringLiteral("end-first|refuse"), QStringLiteral("end-first"));
    const QCommandLineOption failedLoginsLock(QStringLiteral("failed-logins-lock"),
                                              QStringLiteral("Lock an account for 15 minutes (3036) after N failed logins "
                                                             "in a row; 0 = never (default)."),
                                              QStringLiteral("N"), QString::number(defaults.loginPolicy.failedLoginsLock));
    const QCommandLineOption loginThrottle(QStringLiteral("login-throttle"),
                                           QStringLiteral("Answer failed logins from one address ever later (default on)."),
                                           QStringLiteral("on|off"), QStringLiteral("on"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            QStringLiteral("Open connections at most; more get 503 (default 512)."),
                                            QStringLiteral("N"), QString::number(defaults.transport.maxConnections));
    const QCommandLineOption maxConnectionsPerAddress(
        QStringLiteral("max-connections-per-address"),
        QStringLiteral("Open connections from one client address at most; more get 503 (default 128)."),
        QStringLiteral("N"), QString::number(defaults.transport.maxConnectionsPerAddress));
    const QCommandLineOption requestTimeout(QStringLiteral("request-timeout"),
                                            QStringLiteral("Seconds a request may take to arrive (default 10)."),
                                            QStringLiteral("seconds"),
                                            QString::number(defaults.transport.requestTimeoutMs / 1000));
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout"),
                                         QStringLiteral("Seconds an idle keep-alive connection stays open (default 60)."),
                                         QStringLiteral("seconds"), QString::number(defaults.transport.idleTimeoutMs / 1000));
    const QCommandLineOption sessionTimeout(QStringLiteral("session-timeout"),
                                            QStringLiteral("Seconds of inactivity that end a session (default 3600)."),
                                            QStringLiteral("seconds"), QString::number(defaults.sessionTimeoutSeconds));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("JSON file with schema, users and settings; flags given here win."),
                                    QStringLiteral("file"));
    parser.addOptions({host, port, db, demo, demoUsers, appId, apiKey, dynamicSchema, sessionTimeout, multipleLogins,
                       maxLogins, secondLogin, failedLoginsLock, loginThrottle, maxConnections, maxConnectionsPerAddress, requestTimeout,
                       idleTimeout, config});
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
    const QStringList onOff{QStringLiteral("on"), QStringLiteral("off")};
    if (parser.isSet(dynamicSchema)) {
        const QString value = readChoice(parser, dynamicSchema, onOff + QStringList{QStringLiteral("drop")});
        options.dynamicSchema = value == QLatin1String("on");
        options.dropUnknownProperties = value == QLatin1String("drop");
    }
    if (parser.isSet(sessionTimeout))
        options.sessionTimeoutSeconds = readNumber(parser, sessionTimeout, 1, 365 * 24 * 3600);
    Server::LoginPolicy &policy = options.loginPolicy;
    if (parser.isSet(multipleLogins))
        policy.multipleLogins = readChoice(parser, multipleLogins, onOff) == QLatin1String("on");
    if (parser.isSet(maxLogins))
        policy.maxLogins = readNumber(parser, maxLogins, 1, 1000000);
    if (parser.isSet(secondLogin))
        policy.refuseSecondLogin = readChoice(parser, secondLogin, {QStringLiteral("end-first"), QStringLiteral("refuse")})
            == QLatin1String("refuse");
    if (parser.isSet(failedLoginsLock))
        policy.failedLoginsLock = readNumber(parser, failedLoginsLock, 0, 1000000);
    if (parser.isSet(loginThrottle))
        options.loginThrottle = readChoice(parser, loginThrottle, onOff) == QLatin1String("on");
    Server::TransportLimits &transport = options.transport;
    if (parser.isSet(maxConnections))
        transport.maxConnections = readNumber(parser, maxConnections, 1, 1000000);
    if (parser.isSet(maxConnectionsPerAddress))
        transport.maxConnectionsPerAddress = readNumber(parser, maxConnectionsPerAddress, 1, 1000000);
    if (parser.isSet(requestTimeout))
        transport.requestTimeoutMs = readNumber(parser, requestTimeout, 1, 3600) * 1000;
    if (parser.isSet(idleTimeout))
        transport.idleTimeoutMs = readNumber(parser, idleTimeout, 1, 24 * 3600) * 1000;

    auto settings = std::make_shared<Server::RuntimeSettings>();
    settings->apply(options);
    Server::ServerInstance server(options, serverConfig, settings);
    if (!server.start(&error))
        fail(error);
    QTextStream(stdout) << "listening on http://" << options.host << ':' << server.port() << Qt::endl;
    return app.exec();
}
