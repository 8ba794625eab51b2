#include "config/commandline.h"

#include "config/serverconfig.h"
#include "config/serveroptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QProcessEnvironment>

#include <functional>

namespace Server::CommandLine {

namespace {

// One flag: its QCommandLineOption and how a value given for it lands in the options.
struct Flag
{
    QCommandLineOption option;
    std::function<bool(const QString &value, ServerOptions &options, QString *error)> apply;
};

using Setter = std::function<void(ServerOptions &options, int value)>;
using ChoiceSetter = std::function<void(ServerOptions &options, const QString &value)>;

Flag number(const char *name, const char *valueName, const QString &description, int defaultValue, int minimum,
            int maximum, Setter set)
{
    const QString flag = QLatin1String(name);
    return Flag{
        QCommandLineOption(flag, description, QLatin1String(valueName), QString::number(defaultValue)),
        [=](const QString &text, ServerOptions &options, QString *error) {
            bool ok = false;
            const int value = text.toInt(&ok);
            if (!ok || value < minimum || value > maximum) {
                *error = QStringLiteral("--%1 needs a whole number from %2 to %3").arg(flag).arg(minimum).arg(maximum);
                return false;
            }
            set(options, value);
            return true;
        }};
}

Flag choice(const char *name, const QString &description, const QStringList &choices, const QString &defaultValue,
            ChoiceSetter set)
{
    const QString flag = QLatin1String(name);
    return Flag{QCommandLineOption(flag, description, choices.join(QLatin1Char('|')), defaultValue),
                [=](const QString &text, ServerOptions &options, QString *error) {
                    const QString value = text.toLower();
                    if (!choices.contains(value)) {
                        *error = QStringLiteral("--%1 takes %2").arg(flag, choices.join(QStringLiteral(" or ")));
                        return false;
                    }
                    set(options, value);
                    return true;
                }};
}

Flag text(const char *name, const char *valueName, const QString &description, const QString &defaultValue,
          std::function<void(ServerOptions &options, const QString &value)> set)
{
    return Flag{QCommandLineOption(QLatin1String(name), description, QLatin1String(valueName), defaultValue),
                [set](const QString &value, ServerOptions &options, QString *) {
                    set(options, value);
                    return true;
                }};
}

bool isOn(const QString &value)
{
    return value == QLatin1String("on");
}

// A key given on the command line is in `ps` for every local user to read. It can come from a file
// (--NAME-file, the first line) or from an environment variable instead; the flag itself still works.
struct SecretSource
{
    const char *flag;
    const char *environment;
    QString ServerOptions::*field;
};

const SecretSource SecretSources[] = {
    {"api-key", "PROFILEDESK_API_KEY", &ServerOptions::apiKey},
    {"cloudcode-key", "PROFILEDESK_CLOUDCODE_KEY", &ServerOptions::cloudCodeKey},
};

QCommandLineOption secretFileOption(const SecretSource &source)
{
    return QCommandLineOption(
        QLatin1String(source.flag) + QStringLiteral("-file"),
        QStringLiteral("Read --%1 from the first line of this file (kept out of `ps`); the environment variable %2 "
                       "works too.")
            .arg(QLatin1String(source.flag), QLatin1String(source.environment)),
        QStringLiteral("file"));
}

bool readSecretFile(const QString &path, QString *value, QString *error)
{
    // A key, not a document: a larger file is a mistake (the wrong path), not a key.
    constexpr qint64 MaxBytes = 4096;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes) {
        *error = QStringLiteral("larger than %1 bytes").arg(MaxBytes);
        return false;
    }
    const qsizetype end = bytes.indexOf('\n');
    *value = QString::fromUtf8(end < 0 ? bytes : bytes.left(end)).trimmed();
    return true;
}

// The flag wins, then the file, then the environment; both the flag and its file is a mistake.
bool applySecret(const QCommandLineParser &parser, const QCommandLineOption &fileOption, const SecretSource &source,
                 ServerOptions *options, QString *error)
{
    const bool flagGiven = parser.isSet(QLatin1String(source.flag));
    if (parser.isSet(fileOption)) {
        if (flagGiven) {
            *error = QStringLiteral("give --%1 or --%1-file, not both").arg(QLatin1String(source.flag));
            return false;
        }
        QString reason;
        if (!readSecretFile(parser.value(fileOption), &(options->*source.field), &reason)) {
            *error = QStringLiteral("cannot read --%1-file %2: %3")
                         .arg(QLatin1String(source.flag), parser.value(fileOption), reason);
            return false;
        }
        return true;
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!flagGiven && environment.contains(QLatin1String(source.environment)))
        options->*source.field = environment.value(QLatin1String(source.environment)).trimmed();
    return true;
}

QList<Flag> flags(const ServerOptions &d)
{
    const QStringList onOff{QStringLiteral("on"), QStringLiteral("off")};
    const int day = 24 * 3600;
    return {
        text("host", "address", QStringLiteral("Address to listen on (default 127.0.0.1)."), d.host,
             [](ServerOptions &o, const QString &v) { o.host = v; }),
        number("port", "port", QStringLiteral("Port to listen on; 0 picks a free one (default 8080)."), 8080, 0, 65535,
               [](ServerOptions &o, int v) { o.port = quint16(v); }),
        text("db", "file", QStringLiteral("SQLite database file (default :memory:, gone on exit)."), d.databasePath,
             [](ServerOptions &o, const QString &v) { o.databasePath = v; }),
        number("demo-users", "N", QStringLiteral("How many userNNNN@example.com users --demo generates (default 200)."),
               d.demoUsers, 0, 10000000, [](ServerOptions &o, int v) { o.demoUsers = v; }),
        text("app-id", "id", QStringLiteral("Application id in /{appId}/{apiKey}/ paths."), d.appId,
             [](ServerOptions &o, const QString &v) { o.appId = v; }),
        text("api-key", "key", QStringLiteral("REST API key in /{appId}/{apiKey}/ paths."), d.apiKey,
             [](ServerOptions &o, const QString &v) { o.apiKey = v; }),
        text("cloudcode-key", "key",
             QStringLiteral("Cloud Code API key in /{appId}/{key}/ paths: status and role calls work with it; "
                            "empty for none (default demo-cloudcode-key)."),
             d.cloudCodeKey, [](ServerOptions &o, const QString &v) { o.cloudCodeKey = v; }),
        choice("staff-service", QStringLiteral("Serve the ProfileDeskStaff API service (default on)."), onOff,
               QStringLiteral("on"), [](ServerOptions &o, const QString &v) { o.staffService = isOn(v); }),
        choice("email-confirmation",
               QStringLiteral("New accounts must confirm their email (on); off, resendconfirmation answers 3103 "
                              "(default off)."),
               onOff, QStringLiteral("off"), [](ServerOptions &o, const QString &v) { o.emailConfirmation = isOn(v); }),
        text("mail-log", "file",
             QStringLiteral("Write reset and confirmation mails here instead of sending them (default: "
                            "<db>.mail.jsonl beside a database file)."),
             d.mailLogPath, [](ServerOptions &o, const QString &v) { o.mailLogPath = v; }),
        choice("dynamic-schema",
               QStringLiteral("Unknown properties create columns (on), are refused (off) or are dropped silently "
                              "(drop). Default on."),
               onOff + QStringList{QStringLiteral("drop")}, QStringLiteral("on"),
               [](ServerOptions &o, const QString &v) {
                   o.dynamicSchema = isOn(v);
                   o.dropUnknownProperties = v == QLatin1String("drop");
               }),
        choice("user-registration", QStringLiteral("Let anyone register (on, default) or answer 3009 (off)."), onOff,
               QStringLiteral("on"), [](ServerOptions &o, const QString &v) { o.registrationEnabled = isOn(v); }),
        number("session-timeout", "seconds", QStringLiteral("Seconds of inactivity that end a session (default 3600)."),
               d.sessionTimeoutSeconds, 1, 365 * day, [](ServerOptions &o, int v) { o.sessionTimeoutSeconds = v; }),
        choice("multiple-logins", QStringLiteral("Let one account hold several sessions (default off)."), onOff,
               QStringLiteral("off"),
               [](ServerOptions &o, const QString &v) { o.loginPolicy.multipleLogins = isOn(v); }),
        number("max-logins", "N",
               QStringLiteral("With --multiple-logins on: sessions per account, past it 3044 (default 1)."),
               d.loginPolicy.maxLogins, 1, 1000000, [](ServerOptions &o, int v) { o.loginPolicy.maxLogins = v; }),
        choice(
            "second-login",
            QStringLiteral("With --multiple-logins off: a new login ends the first session (end-first, default) or "
                           "is refused with 3002 (refuse)."),
            {QStringLiteral("end-first"), QStringLiteral("refuse")}, QStringLiteral("end-first"),
            [](ServerOptions &o, const QString &v) { o.loginPolicy.refuseSecondLogin = v == QLatin1String("refuse"); }),
        number("failed-logins-lock", "N",
               QStringLiteral(
                   "Lock an account for 15 minutes (3036) after N failed logins in a row; 0 = never (default)."),
               d.loginPolicy.failedLoginsLock, 0, 1000000,
               [](ServerOptions &o, int v) { o.loginPolicy.failedLoginsLock = v; }),
        choice("login-throttle", QStringLiteral("Answer failed logins from one address ever later (default on)."),
               onOff, QStringLiteral("on"), [](ServerOptions &o, const QString &v) { o.loginThrottle = isOn(v); }),
        number("max-connections", "N", QStringLiteral("Open connections at most; more get 503 (default 512)."),
               d.transport.maxConnections, 1, 1000000, [](ServerOptions &o, int v) { o.transport.maxConnections = v; }),
        number("max-connections-per-address", "N",
               QStringLiteral("Open connections from one client address at most; more get 503 (default 128)."),
               d.transport.maxConnectionsPerAddress, 1, 1000000,
               [](ServerOptions &o, int v) { o.transport.maxConnectionsPerAddress = v; }),
        number("request-timeout", "seconds", QStringLiteral("Seconds a request may take to arrive (default 10)."),
               d.transport.requestTimeoutMs / 1000, 1, 3600,
               [](ServerOptions &o, int v) { o.transport.requestTimeoutMs = v * 1000; }),
        number("idle-timeout", "seconds",
               QStringLiteral("Seconds an idle keep-alive connection stays open (default 60)."),
               d.transport.idleTimeoutMs / 1000, 1, day,
               [](ServerOptions &o, int v) { o.transport.idleTimeoutMs = v * 1000; }),
    };
}

} // namespace

bool parse(const QStringList &arguments, ServerOptions *options, ServerConfig *config, QString *error)
{
    const ServerOptions defaults;
    const QList<Flag> table = flags(defaults);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local Backendless-compatible REST server for ProfileDesk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Seed the demo schema and users into an empty database."));
    const QCommandLineOption configFile(
        QStringLiteral("config"), QStringLiteral("JSON file with schema, users and settings; flags given here win."),
        QStringLiteral("file"));
    parser.addOption(demo);
    for (const Flag &flag : table)
        parser.addOption(flag.option);
    parser.addOption(configFile);
    QList<QCommandLineOption> secretFiles;
    for (const SecretSource &source : SecretSources) {
        secretFiles << secretFileOption(source);
        parser.addOption(secretFiles.constLast());
    }
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument '%1'; see --help").arg(parser.positionalArguments().constFirst());
        return false;
    }

    *options = ServerOptions();
    options->port = 8080;
    options->demo = parser.isSet(demo);
    options->configFile = parser.value(configFile);
    if (!options->configFile.isEmpty()) {
        if (!ServerConfig::load(options->configFile, config, error))
            return false;
        config->applyTo(*options);
    }
    for (const Flag &flag : table) {
        if (parser.isSet(flag.option) && !flag.apply(parser.value(flag.option), *options, error))
            return false;
    }
    for (qsizetype i = 0; i < secretFiles.size(); ++i) {
        if (!applySecret(parser, secretFiles.at(i), SecretSources[i], options, error))
            return false;
    }
    return true;
}

} // namespace Server::CommandLine
