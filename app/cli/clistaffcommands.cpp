// The support-staff account actions of profiledesk-cli (app/cli/README.md "Staff account actions").
#include "cli/cliapplication.h"

#include "cli/clioutput.h"
#include "cli/clisession.h"
#include "core/accountservice.h"
#include "core/blockingcall.h"
#include "core/dataservice.h"
#include "core/userschema.h"

bool CliApplication::findUserId(const QString &identity, QString *objectId, int *exitCode)
{
    if (!ensureSession(exitCode))
        return false;
    Error error;
    UserService &users = m_session->users();
    const UserSchema schema = BlockingCall::wait(
        &users, [&] { return users.describeUserClass(); }, &error);
    if (error.isError()) {
        *exitCode = fail(error);
        return false;
    }
    const QString column = schema.identityProperty().isEmpty() ? QStringLiteral("email") : schema.identityProperty();
    DataQuery query;
    query.where = DataService::whereLike(column, identity, DataService::Match::Exact);
    query.pageSize = 2;
    query.props = {QStringLiteral("objectId")};
    DataService &data = m_session->data();
    const QList<User> found = BlockingCall::wait(
        &data, [&] { return data.find(query); }, &error);
    if (error.isError()) {
        *exitCode = fail(error);
        return false;
    }
    if (found.size() != 1) {
        m_err << "error: " << CliOutput::terminalSafe(tr("No user has the identity %1.").arg(identity)) << '\n';
        *exitCode = NoSuchUser;
        return false;
    }
    *objectId = found.first().objectId();
    return true;
}

int CliApplication::setStatus(const QStringList &arguments, bool enabled)
{
    if (arguments.size() != 1)
        return usage(enabled ? tr("Usage: profiledesk-cli enable IDENTITY")
                             : tr("Usage: profiledesk-cli disable IDENTITY"));
    int exitCode = Success;
    QString objectId;
    if (!findUserId(arguments.first(), &objectId, &exitCode))
        return exitCode;
    Error error;
    AccountService &accounts = m_session->accounts();
    const QString status = BlockingCall::wait(
        &accounts, [&] { return accounts.setUserStatus(objectId, enabled); }, &error);
    if (error.isError())
        return fail(error);
    m_out << status << '\n';
    return Success;
}

int CliApplication::sendReset(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(tr("Usage: profiledesk-cli send-reset IDENTITY"));
    // Unlike restore-password (anyone's, which tells nothing), staff learn that no user has it (3020).
    Error error;
    AccountService &accounts = m_session->accounts();
    if (!BlockingCall::wait(
            &accounts, [&] { return accounts.sendPasswordReset(arguments.first()); }, &error))
        return fail(error);
    m_err << tr("A password reset email is on its way to %1.").arg(CliOutput::terminalSafe(arguments.first())) << '\n';
    return Success;
}

int CliApplication::resendConfirmation(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(tr("Usage: profiledesk-cli resend-confirmation IDENTITY"));
    Error error;
    AccountService &accounts = m_session->accounts();
    if (!BlockingCall::wait(
            &accounts, [&] { return accounts.resendConfirmation(arguments.first()); }, &error))
        return fail(error);
    m_err << tr("The confirmation email is on its way to %1.").arg(CliOutput::terminalSafe(arguments.first())) << '\n';
    return Success;
}

int CliApplication::staffRoles(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const bool list = verb == QLatin1String("list") && arguments.size() == 2;
    const bool change = (verb == QLatin1String("add") || verb == QLatin1String("remove")) && arguments.size() == 3;
    if (!list && !change)
        return usage(tr("Usage: profiledesk-cli roles [list IDENTITY | add IDENTITY ROLE | remove IDENTITY ROLE]"));
    int exitCode = Success;
    QString objectId;
    if (!findUserId(arguments.at(1), &objectId, &exitCode))
        return exitCode;
    Error error;
    AccountService &accounts = m_session->accounts();
    const QStringList roles = BlockingCall::wait(
        &accounts,
        [&]() -> RolesCall * {
            if (list)
                return accounts.userRoles(objectId);
            if (verb == QLatin1String("add"))
                return accounts.assignRole(objectId, arguments.at(2));
            return accounts.unassignRole(objectId, arguments.at(2));
        },
        &error);
    if (error.isError())
        return fail(error);
    m_out << CliOutput::strings(roles, m_table);
    return Success;
}
