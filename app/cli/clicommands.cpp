// The commands of profiledesk-cli (CliApplication's command methods); options and plumbing are in
// cliapplication.cpp.
#include "cli/cliapplication.h"

#include "cli/clioutput.h"
#include "cli/clisession.h"
#include "core/blockingcall.h"
#include "core/fileservice.h"
#include "core/fileurl.h"
#include "core/userexport.h"
#include "core/userproperties.h"

#include <QEventLoop>

namespace {

QStringList commaList(const QString &value)
{
    QStringList items = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    return items;
}

} // namespace

int CliApplication::login(const QStringList &arguments)
{
    QString identity = m_parser.value(QStringLiteral("login"));
    if (arguments.size() == 1)
        identity = arguments.first();
    if (identity.isEmpty() || arguments.size() > 1)
        return usage(tr("Usage: profiledesk-cli login IDENTITY"));
    QString password;
    if (!readPassword(identity, &password))
        return UsageError;
    UserService &users = m_session->users();
    Error error;
    const User user = BlockingCall::wait(
        &users, [&] { return users.login(identity, password); }, &error);
    if (error.isError())
        return fail(error);
    m_out << CliOutput::user(user, m_table);

    QString keychainError;
    if (!m_session->keychainEnabled())
        m_err << tr("Signed in for this command only (--no-keychain).") << '\n';
    else if (m_session->keep(&keychainError))
        m_err << tr("Signed in as %1; the session is kept in the OS keychain.").arg(identity) << '\n';
    else
        m_err << tr("warning: cannot stay signed in (%1); pass --login IDENTITY on each command.").arg(keychainError)
              << '\n';
    return Success;
}

int CliApplication::whoami()
{
    int exitCode = Success;
    if (!ensureSession(&exitCode))
        return exitCode;
    Error error;
    UserService &users = m_session->users();
    const User user = BlockingCall::wait(
        &users, [&] { return users.reloadCurrentUser(); }, &error);
    if (error.isError())
        return fail(error);
    m_out << CliOutput::user(user, m_table);
    return Success;
}

int CliApplication::schema()
{
    QString ignored;
    if (m_parser.isSet(QStringLiteral("login"))) {
        int exitCode = Success;
        if (!ensureSession(&exitCode))
            return exitCode;
    } else {
        m_session->restoreKept(&ignored); // the schema needs no session; use one if there is one
    }
    int exitCode = Success;
    UserSchema schema;
    if (!userSchema(&schema, &exitCode))
        return exitCode;
    m_out << CliOutput::schema(schema, m_table);
    return Success;
}

bool CliApplication::userSchema(UserSchema *schema, int *exitCode)
{
    Error error;
    UserService &users = m_session->users();
    *schema = BlockingCall::wait(
        &users, [&] { return users.describeUserClass(); }, &error);
    if (error.isError()) {
        *exitCode = fail(error);
        return false;
    }
    return true;
}

int CliApplication::update(const QStringList &assignments)
{
    if (assignments.isEmpty())
        return usage(tr("Usage: profiledesk-cli update KEY=VALUE..."));
    // Check the shape of every argument before anything is sent.
    QList<QPair<QString, QString>> pairs;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const QString key = assignment.left(equals).trimmed();
        if (equals <= 0 || key.isEmpty())
            return usage(tr("\"%1\" is not KEY=VALUE.").arg(assignment));
        if (key == UserProperties::password())
            return usage(tr("Change the password with \"profiledesk-cli passwd\"."));
        if (!UserProperties::isEditableName(key))
            return usage(tr("%1 is set by the server and cannot be changed.").arg(key));
        pairs.append({key, assignment.mid(equals + 1)});
    }

    int exitCode = Success;
    if (!ensureSession(&exitCode))
        return exitCode;
    UserSchema schema;
    if (!userSchema(&schema, &exitCode))
        return exitCode;

    User changes;
    for (const auto &[key, text] : pairs) {
        const PropertyDef *def = schema.find(key);
        if (!def) { // a new property: the server creates a column (or answers 3031)
            changes.setValue(key, text);
            continue;
        }
        if (!def->isEditable())
            return usage(tr("%1 is read-only (%2).").arg(key, def->typeName));
        QString parseError;
        QVariant value = def->parseText(text, &parseError);
        if (!parseError.isEmpty())
            return usage(parseError);
        if (def->type == PropertyDef::Type::FileRef && !value.isNull()) {
            // A file's URL is fetched by every client that shows it, with the key put back: only a
            // file of this server's Files API, stored without the key (FileUrl).
            const QString url = value.toString();
            if (!FileUrl::isOnServer(url, m_session->config().baseUrl()) || FileService::pathOf(url).isEmpty())
                return usage(tr("%1 takes the URL of a file of this server's Files API (…/files/…); set a picture "
                                "with \"profiledesk-cli picture set FILE\".")
                                 .arg(key));
            value = FileUrl::redact(url, m_session->config().apiKey());
        }
        changes.setValue(key, value);
    }
    Error error;
    UserService &users = m_session->users();
    const User updated = BlockingCall::wait(
        &users, [&] { return users.update(changes); }, &error);
    if (error.isError())
        return fail(error);
    m_out << CliOutput::user(updated, m_table);
    // A 200 does not mean every property was kept (User::notStored): say which were not.
    const QStringList notStored = updated.notStored(changes.updateBody());
    for (const QString &name : notStored)
        m_err << tr("error: the server did not store %1; its dynamic schema may be off.")
                     .arg(CliOutput::terminalSafe(name))
              << '\n';
    return notStored.isEmpty() ? Success : ServerRefused;
}

int CliApplication::passwd()
{
    int exitCode = Success;
    if (!ensureSession(&exitCode))
        return exitCode;
    QString password;
    if (!readNewPassword(&password))
        return UsageError;
    User changes;
    changes.setValue(UserProperties::password(), password);
    Error error;
    UserService &users = m_session->users();
    BlockingCall::wait(
        &users, [&] { return users.update(changes); }, &error);
    if (error.isError())
        return fail(error);
    m_err << tr("Password changed.") << '\n';
    return Success;
}

int CliApplication::find(const QStringList &arguments)
{
    if (arguments.size() > 1)
        return usage(tr("Usage: profiledesk-cli find [WHERE] (quote the where clause)"));
    DataQuery query;
    query.where = arguments.value(0);
    bool pageOk = false, offsetOk = false;
    query.pageSize = m_parser.value(QStringLiteral("page-size")).toInt(&pageOk);
    query.offset = m_parser.value(QStringLiteral("offset")).toInt(&offsetOk);
    if (!pageOk || query.pageSize < 1 || query.pageSize > 100)
        return usage(tr("--page-size must be 1 to 100."));
    if (!offsetOk || query.offset < 0)
        return usage(tr("--offset must be 0 or more."));
    query.sortBy = commaList(m_parser.value(QStringLiteral("sort-by")));
    query.props = commaList(m_parser.value(QStringLiteral("props")));

    int exitCode = Success;
    if (!ensureSession(&exitCode))
        return exitCode;
    Error error;
    DataService &data = m_session->data();
    const QList<User> users = BlockingCall::wait(
        &data, [&] { return data.find(query); }, &error);
    if (error.isError())
        return fail(error);
    const QStringList columns = query.props.isEmpty()
        ? QStringList{QStringLiteral("objectId"), QStringLiteral("email"), QStringLiteral("name")}
        : query.props;
    m_out << CliOutput::users(users, columns, m_table);
    return Success;
}

int CliApplication::exportUsers(const QStringList &arguments)
{
    if (arguments.size() > 1)
        return usage(tr("Usage: profiledesk-cli export [WHERE] --output FILE (quote the where clause)"));
    UserExportRequest request;
    const QString format = m_parser.value(QStringLiteral("format"));
    if (format == QLatin1String("json"))
        request.format = UserExportRequest::Format::Json;
    else if (format != QLatin1String("csv"))
        return usage(tr("--format must be csv or json."));
    request.columns = commaList(m_parser.value(QStringLiteral("columns")));
    if (request.columns.isEmpty())
        return usage(tr("--columns names no property."));
    // Backendless's userStatus values.
    const QString status = m_parser.value(QStringLiteral("status"));
    QString statusValue;
    if (status == QLatin1String("enabled"))
        statusValue = QStringLiteral("ENABLED");
    else if (status == QLatin1String("disabled"))
        statusValue = QStringLiteral("DISABLED");
    else if (status == QLatin1String("pending"))
        statusValue = QStringLiteral("EMAIL_CONFIRMATION_PENDING");
    else if (status != QLatin1String("all"))
        return usage(tr("--status must be all, enabled, disabled or pending."));
    QStringList terms;
    if (!arguments.value(0).isEmpty())
        terms << QLatin1Char('(') + arguments.value(0) + QLatin1Char(')');
    if (!statusValue.isEmpty())
        terms << QStringLiteral("userStatus = ") + DataService::quoted(statusValue);
    request.where = terms.join(QLatin1String(" AND "));
    const QString output = m_parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usage(tr("export needs --output FILE."));

    int exitCode = Success;
    if (!ensureSession(&exitCode))
        return exitCode;
    UserExporter exporter(&m_session->data());
    QString openError;
    if (!exporter.start(request, output, &openError))
        return usage(tr("Cannot write %1: %2").arg(output, openError));
    QEventLoop loop;
    Error result;
    QObject::connect(&exporter, &UserExporter::finished, &loop, [&](const Error &error) {
        result = error;
        loop.quit();
    });
    loop.exec();
    if (result.isError())
        return fail(result);
    m_err << tr("Exported %1 users to %2").arg(exporter.written()).arg(output) << '\n';
    m_err.flush();
    return Success;
}

int CliApplication::count(const QStringList &arguments)
{
    if (arguments.size() > 1)
        return usage(tr("Usage: profiledesk-cli count [WHERE] (quote the where clause)"));
    int exitCode = Success;
    if (!ensureSession(&exitCode))
        return exitCode;
    Error error;
    DataService &data = m_session->data();
    const qint64 total = BlockingCall::wait(
        &data, [&] { return data.count(arguments.value(0)); }, &error);
    if (error.isError())
        return fail(error);
    m_out << total << '\n';
    return Success;
}

int CliApplication::roles(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return staffRoles(arguments);
    int exitCode = Success;
    if (!ensureSession(&exitCode))
        return exitCode;
    Error error;
    UserService &users = m_session->users();
    const QStringList roles = BlockingCall::wait(
        &users, [&] { return users.userRoles(); }, &error);
    if (error.isError())
        return fail(error);
    m_out << CliOutput::strings(roles, m_table);
    return Success;
}

int CliApplication::restorePassword(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(tr("Usage: profiledesk-cli restore-password IDENTITY"));
    UserService &users = m_session->users();
    Error error;
    // "No such user" reads like success, as in the app: the answer tells no one which identities exist.
    if (!BlockingCall::wait(
            &users, [&] { return users.restorePassword(arguments.first()); }, &error)
        && !(error.kind == Error::Kind::Server && error.code == ErrorCode::RestoreUnknownUser))
        return fail(error);
    m_err << tr("If an account uses this address, a reset email is on its way.") << '\n';
    return Success;
}

int CliApplication::logout()
{
    UserService &users = m_session->users();
    QString keychainError;
    if (m_parser.isSet(QStringLiteral("login"))) {
        int exitCode = Success;
        if (!ensureSession(&exitCode))
            return exitCode;
    } else if (!m_session->restoreKept(&keychainError)) {
        m_err << tr("Not signed in.") << '\n';
        return Success;
    }
    Error error;
    BlockingCall::wait(
        &users, [&] { return users.logout(); }, &error);
    // The kept session is useless once the server has ended it, and also when it says it was gone already.
    if (!error.isError() || error.endsSession())
        m_session->forgetKept(&keychainError);
    if (error.isError())
        return fail(error);
    m_err << tr("Signed out.") << '\n';
    return Success;
}
