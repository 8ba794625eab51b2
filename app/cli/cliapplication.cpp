#include "cli/cliapplication.h"

#include "cli/clioutput.h"
#include "cli/clisession.h"
#include "cli/passwordinput.h"
#include "core/accountservice.h"
#include "core/blockingcall.h"

namespace {

const QString defaultUrl = QStringLiteral("http://127.0.0.1:8080/api");

} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
    addOptions();
}

CliApplication::~CliApplication() = default;

void CliApplication::addOptions()
{
    m_parser.setApplicationDescription(
        tr("Edit Backendless user profiles from the command line.\n\n"
           "Commands:\n"
           "  login IDENTITY             sign in and keep the session in the OS keychain\n"
           "  whoami                     show the signed-in user\n"
           "  schema                     show the columns of the Users table\n"
           "  update KEY=VALUE...        change your profile (values typed by the schema)\n"
           "  passwd                     change your password\n"
           "  find [WHERE]               find users (support staff)\n"
           "  count [WHERE]              count users (support staff)\n"
           "  export [WHERE]             write users to a CSV or JSON file (support staff)\n"
           "  roles                      show your roles\n"
           "  picture set FILE           set your picture (JPEG, PNG...: cropped square, <= 512 px)\n"
           "  picture remove             remove your picture\n"
           "  restore-password IDENTITY  send a password reset mail\n"
           "  logout                     sign out and forget the kept session\n\n"
           "Example: profiledesk-cli update --login alice@example.com address=\"123 Main St\"")
        + QStringLiteral("\n\n")
        + tr("Support staff (disable, enable and roles need the ProfileDesk staff service; each action needs\n"
             "--reason TEXT and is journaled with it in the team journal):\n"
             "  disable IDENTITY           disable the account; its sessions end\n"
             "  enable IDENTITY            enable the account\n"
             "  send-reset IDENTITY        send the user a password reset email\n"
             "  resend-confirmation IDENTITY  send the confirmation email again\n"
             "  roles list IDENTITY        show the user's roles\n"
             "  roles add IDENTITY ROLE    give the user a role\n"
             "  roles remove IDENTITY ROLE take a role from the user\n"
             "  picture set IDENTITY FILE  set the user's picture\n"
             "  picture remove IDENTITY    remove the user's picture"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see above)."));
    m_parser.addPositionalArgument(QStringLiteral("arguments"), tr("The command's arguments."), tr("[arguments...]"));
    m_parser.addOptions({
        {{QStringLiteral("server"), QStringLiteral("url")},
         tr("Server URL: a custom domain or *.backendless.app (…/api), Backendless Pro (http://HOST:8080/api "
            "with --app-id and --api-key), or the local server (default %1).")
             .arg(defaultUrl),
         tr("url")},
        {QStringLiteral("app-id"), tr("Application ID (with --api-key): Backendless cloud, or Pro with --server."),
         tr("id")},
        {QStringLiteral("api-key"), tr("REST API key (with --app-id)."), tr("key")},
        {QStringLiteral("region"), tr("Backendless cloud region without --server: us (default) or eu."), tr("region"),
         QStringLiteral("us")},
        {QStringLiteral("allow-insecure"), tr("Allow plain http:// to a host that is not this machine.")},
        {QStringLiteral("timeout"), tr("Seconds to wait for each reply (default 30)."), tr("seconds"),
         QStringLiteral("30")},
        {QStringLiteral("login"), tr("Sign in as this identity first (for this command only)."), tr("identity")},
        {QStringLiteral("password-file"), tr("Read the password from the first line of this file (- = stdin)."),
         tr("file")},
        {QStringLiteral("new-password-file"), tr("passwd: read the new password from this file."), tr("file")},
        {QStringLiteral("no-keychain"), tr("Neither read nor keep a session in the OS keychain.")},
        {QStringLiteral("table"), tr("Print a table instead of JSON.")},
        {QStringLiteral("page-size"), tr("find: users per page, 1-100."), tr("n"), QStringLiteral("10")},
        {QStringLiteral("offset"), tr("find: skip this many users."), tr("n"), QStringLiteral("0")},
        {QStringLiteral("sort-by"), tr("find: comma-separated sort keys, e.g. \"name desc,created\"."), tr("keys")},
        {QStringLiteral("props"), tr("find: comma-separated properties to return and show."), tr("names")},
        {QStringLiteral("format"), tr("export: csv (default) or json."), tr("format"), QStringLiteral("csv")},
        {QStringLiteral("columns"), tr("export: comma-separated properties to write (never the password)."),
         tr("names"), QStringLiteral("objectId,email,name,userStatus")},
        {QStringLiteral("status"), tr("export: all (default), enabled, disabled or pending."), tr("status"),
         QStringLiteral("all")},
        {QStringLiteral("output"), tr("export: the file to write (replaced only when complete)."), tr("file")},
        {QStringLiteral("column"), tr("picture: the FILE_REF column that holds it, when there are several."),
         tr("name")},
        {QStringLiteral("reason"),
         tr("Staff actions: why (required); journaled with the action in the team journal, as the app does."),
         tr("text")},
    });
}

int CliApplication::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' ' << QStringLiteral(PROFILEDESK_VERSION) << '\n';
        return Success;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return Success;
    }
    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("No command given; see --help."));
    const QString command = positional.takeFirst();

    Config config;
    QString error;
    if (!makeConfig(&config, &error))
        return usage(error);
    bool ok = false;
    const int timeoutSeconds = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
    // Bounded: QTimer counts milliseconds in an int, so larger values would wrap or never fire.
    if (!ok || timeoutSeconds <= 0 || timeoutSeconds > MaxTimeoutSeconds)
        return usage(tr("--timeout needs a number of seconds from 1 to %1.").arg(MaxTimeoutSeconds));
    m_table = m_parser.isSet(QStringLiteral("table"));
    m_session = std::make_unique<CliSession>(config, std::chrono::seconds(timeoutSeconds),
                                             !m_parser.isSet(QStringLiteral("no-keychain")));

    const int result = dispatch(command, positional);
    // A --login session was for this one command: end it rather than leave it open on the server.
    if (command != QLatin1String("login") && command != QLatin1String("logout")
        && m_parser.isSet(QStringLiteral("login")) && m_session->users().isLoggedIn()) {
        UserService &users = m_session->users();
        BlockingCall::wait(&users, [&] { return users.logout(); });
    }
    m_out.flush();
    m_err.flush();
    return result;
}

// The app's addressing model (Config::fromServer): --server (alias --url) plus --app-id/--api-key
// for Pro and the local server; --app-id/--api-key alone for Backendless cloud.
bool CliApplication::makeConfig(Config *config, QString *error) const
{
    const bool credentials = m_parser.isSet(QStringLiteral("app-id")) || m_parser.isSet(QStringLiteral("api-key"));
    const bool insecure = m_parser.isSet(QStringLiteral("allow-insecure"));
    if (m_parser.isSet(QStringLiteral("server"))) {
        if (m_parser.isSet(QStringLiteral("region"))) {
            *error = tr("--region is for Backendless cloud; it does not go with --server.");
            return false;
        }
        const QUrl server = QUrl::fromUserInput(m_parser.value(QStringLiteral("server")));
        *config = credentials ? Config::fromServer(server, m_parser.value(QStringLiteral("app-id")),
                                                   m_parser.value(QStringLiteral("api-key")), insecure)
                              : Config::fromBaseUrl(server, insecure);
    } else if (credentials) {
        const QString region = m_parser.value(QStringLiteral("region")).toLower();
        if (region != QLatin1String("us") && region != QLatin1String("eu")) {
            *error = tr("--region must be us or eu.");
            return false;
        }
        *config =
            Config::backendless(region == QLatin1String("eu") ? Config::Region::EU : Config::Region::US,
                                m_parser.value(QStringLiteral("app-id")), m_parser.value(QStringLiteral("api-key")));
    } else {
        *config = Config::fromBaseUrl(QUrl(defaultUrl));
    }
    *error = config->errorString();
    return config->isValid();
}

int CliApplication::dispatch(const QString &command, const QStringList &arguments)
{
    const bool takesNoArguments = command == QLatin1String("whoami") || command == QLatin1String("schema")
        || command == QLatin1String("passwd") || command == QLatin1String("logout");
    if (takesNoArguments && !arguments.isEmpty())
        return usage(tr("%1 takes no arguments.").arg(command));

    if (command == QLatin1String("login"))
        return login(arguments);
    if (command == QLatin1String("whoami"))
        return whoami();
    if (command == QLatin1String("schema"))
        return schema();
    if (command == QLatin1String("update"))
        return update(arguments);
    if (command == QLatin1String("passwd"))
        return passwd();
    if (command == QLatin1String("find"))
        return find(arguments);
    if (command == QLatin1String("count"))
        return count(arguments);
    if (command == QLatin1String("export"))
        return exportUsers(arguments);
    if (command == QLatin1String("roles"))
        return roles(arguments);
    if (command == QLatin1String("disable") || command == QLatin1String("enable")
        || command == QLatin1String("send-reset") || command == QLatin1String("resend-confirmation"))
        return accountAction(command, arguments);
    if (command == QLatin1String("picture"))
        return picture(arguments);
    if (command == QLatin1String("restore-password"))
        return restorePassword(arguments);
    if (command == QLatin1String("logout"))
        return logout();
    return usage(tr("Unknown command \"%1\"; see --help.").arg(command));
}

int CliApplication::fail(const Error &error)
{
    QString code;
    switch (error.kind) {
    case Error::Kind::Server:
        code = QString::number(error.code);
        break;
    case Error::Kind::Network:
        code = QStringLiteral("network");
        break;
    case Error::Kind::Timeout:
        code = QStringLiteral("timeout");
        break;
    case Error::Kind::Protocol:
        code = QStringLiteral("protocol");
        break;
    case Error::Kind::Cancelled:
        code = QStringLiteral("cancelled");
        break;
    case Error::Kind::Local:
    case Error::Kind::None:
        code = error.code ? QString::number(error.code) : QStringLiteral("local");
        break;
    }
    m_err << "error " << code << ": " << CliOutput::terminalSafe(error.displayText()) << '\n';
    // The service's absence is what AccountService learnt from a service call's answer (a 404 from
    // another call, such as restorepassword's 3020, means something else).
    if (m_session && m_session->accounts().serviceState() == AccountService::ServiceState::Missing) {
        m_err << tr("This needs the ProfileDesk staff service: see \"Installing the ProfileDesk staff service\" in "
                    "ProfileDesk's README.")
              << '\n';
        m_err.flush();
        return StaffServiceMissing;
    }
    m_err.flush();
    switch (error.kind) {
    case Error::Kind::Server:
        return ServerRefused;
    case Error::Kind::Local:
        return UsageError;
    default:
        return TransportError;
    }
}

int CliApplication::usage(const QString &message)
{
    m_err << "error: " << CliOutput::terminalSafe(message) << '\n';
    m_err.flush();
    return UsageError;
}

bool CliApplication::readPassword(const QString &identity, QString *password)
{
    if (m_parser.isSet(QStringLiteral("password-file"))) {
        QString error;
        if (PasswordInput::fromFile(m_parser.value(QStringLiteral("password-file")), password, &error))
            return true;
        usage(error);
        return false;
    }
    if (PasswordInput::fromTerminal(tr("Password for %1: ").arg(identity), password) && !password->isEmpty())
        return true;
    usage(tr("No password given."));
    return false;
}

bool CliApplication::readNewPassword(QString *password)
{
    if (m_parser.isSet(QStringLiteral("new-password-file"))) {
        QString error;
        if (PasswordInput::fromFile(m_parser.value(QStringLiteral("new-password-file")), password, &error))
            return true;
        usage(error);
        return false;
    }
    QString again;
    if (!PasswordInput::fromTerminal(tr("New password: "), password) || password->isEmpty()) {
        usage(tr("No new password given."));
        return false;
    }
    if (!PasswordInput::fromTerminal(tr("New password again: "), &again) || again != *password) {
        usage(tr("The two new passwords differ; nothing was changed."));
        return false;
    }
    return true;
}

bool CliApplication::ensureSession(int *exitCode)
{
    UserService &users = m_session->users();
    if (m_parser.isSet(QStringLiteral("login"))) {
        const QString identity = m_parser.value(QStringLiteral("login"));
        QString password;
        if (!readPassword(identity, &password)) {
            *exitCode = UsageError;
            return false;
        }
        Error error;
        BlockingCall::wait(
            &users, [&] { return users.login(identity, password); }, &error);
        if (error.isError()) {
            *exitCode = fail(error);
            return false;
        }
        return true;
    }
    QString keychainError;
    if (m_session->restoreKept(&keychainError))
        return true;
    *exitCode = usage(keychainError.isEmpty()
                          ? tr("Not signed in: run \"profiledesk-cli login IDENTITY\" or pass --login IDENTITY.")
                          : tr("Not signed in (%1): pass --login IDENTITY.").arg(keychainError));
    return false;
}
