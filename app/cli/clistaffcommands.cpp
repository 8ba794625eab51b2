// The support-staff account actions of profiledesk-cli (app/cli/README.md "Staff account actions").
// Each is journaled as the app journals it, with the --reason given.
#include "cli/cliapplication.h"

#include "cli/clioutput.h"
#include "cli/clisession.h"
#include "core/accountservice.h"
#include "core/blockingcall.h"
#include "core/dataservice.h"
#include "core/userschema.h"
#include "models/staff/journal.h"
#include "models/staff/journaloutbox.h"
#include "models/staff/staffaccountactions.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

using Action = StaffAccountActions::Action;

bool CliApplication::findUser(const QString &identity, User *user, int *exitCode, const QStringList &props)
{
    if (!ensureSession(exitCode))
        return false;
    UserSchema schema;
    if (!userSchema(&schema, exitCode))
        return false;
    const QString column = schema.identityProperty().isEmpty() ? QStringLiteral("email") : schema.identityProperty();
    DataQuery query;
    query.where = DataService::whereLike(column, identity, DataService::Match::Exact);
    query.pageSize = 2;
    query.props = QStringList{QStringLiteral("objectId"), QStringLiteral("userStatus")} + props;
    DataService &data = m_session->data();
    Error error;
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
    *user = found.first();
    return true;
}

bool CliApplication::staffReason(QString *reason, int *exitCode)
{
    *reason = m_parser.value(QStringLiteral("reason")).trimmed();
    if (!reason->isEmpty())
        return true;
    *exitCode = usage(tr("Staff actions are journaled with a reason: pass --reason TEXT."));
    return false;
}

Error CliApplication::journaled(const User &user, const QString &identity, const JournalChange &change,
                                const QString &reason, const std::function<Error()> &act)
{
    Journal journal;
    QString writeError;
    QObject::connect(&journal, &Journal::writeFailed, &journal, [&](const QString &e) { writeError = e; });
    const QString staff = m_parser.isSet(QStringLiteral("login"))
        ? m_parser.value(QStringLiteral("login"))
        : m_session->users().currentUser().value(QStringLiteral("email")).toString();
    const QString server = m_session->config().serverKey();
    // Made before the entry: it is this run's own, not one an earlier run may have sent already.
    JournalOutbox outbox(&journal, &m_session->data(), server);
    const QString id =
        journal.begin(StaffAccountActions::journalEntry({staff, server}, user.objectId(), identity, change, reason));
    if (id.isEmpty())
        return Error::local(tr("Nothing was done: the action could not be journaled (%1).").arg(writeError));
    const Error error = act();
    journal.finish(id, error.isError() ? JournalEntry::Result::Failed : JournalEntry::Result::Saved, error);
    sendJournalOutbox(&outbox, &journal);
    return error;
}

void CliApplication::sendJournalOutbox(JournalOutbox *outbox, Journal *journal)
{
    // Until every entry of this server has been acknowledged, or a send failed (it is kept for the
    // next run), within the --timeout.
    QEventLoop loop;
    const auto settled = [outbox] {
        return !outbox->isBusy() && (outbox->pendingCount() == 0 || outbox->lastError().isError());
    };
    QObject::connect(outbox, &JournalOutbox::changed, &loop, [&] {
        if (settled())
            loop.quit();
    });
    QTimer::singleShot(m_session->timeout(), &loop, &QEventLoop::quit);
    outbox->flush();
    if (!settled())
        loop.exec();
    const int waiting = outbox->pendingCount();
    if (waiting > 0) {
        m_err << tr("note: %n journal entries could not reach the team journal (%1); they are kept in %2 and sent "
                    "by the next staff action.",
                    nullptr, waiting)
                     .arg(CliOutput::terminalSafe(outbox->lastError().displayText()),
                          QDir::toNativeSeparators(journal->filePath()))
              << '\n';
    }
}

int CliApplication::accountAction(const QString &command, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(tr("Usage: profiledesk-cli %1 IDENTITY --reason TEXT").arg(command));
    const Action action = command == QLatin1String("disable") ? Action::Disable
        : command == QLatin1String("enable")                  ? Action::Enable
        : command == QLatin1String("send-reset")              ? Action::SendReset
                                                              : Action::ResendConfirmation;
    // Unlike restore-password (anyone's, which tells nothing), staff learn that no user has it.
    int exitCode = Success;
    QString reason;
    User user;
    if (!staffReason(&reason, &exitCode) || !findUser(arguments.first(), &user, &exitCode))
        return exitCode;
    AccountService &accounts = m_session->accounts();
    const QString identity = arguments.first();
    const bool status = action == Action::Disable || action == Action::Enable;
    // What the app's account strip records: the status before and after, or a mail "sent".
    JournalChange change{StaffAccountActions::journalField(action), QJsonValue(), QStringLiteral("sent"), false};
    if (status) {
        change.oldValue = user.value(QStringLiteral("userStatus")).toString();
        change.newValue = action == Action::Enable ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED");
    }
    QString newStatus;
    const Error error = journaled(user, identity, change, reason, [&] {
        Error e;
        if (status) {
            newStatus = BlockingCall::wait(
                &accounts, [&] { return accounts.setUserStatus(user.objectId(), action == Action::Enable); }, &e);
        } else {
            BlockingCall::wait(
                &accounts,
                [&] {
                    return action == Action::SendReset ? accounts.sendPasswordReset(identity)
                                                       : accounts.resendConfirmation(identity);
                },
                &e);
        }
        return e;
    });
    if (error.isError())
        return fail(error);
    if (status)
        m_out << newStatus << '\n';
    else if (action == Action::SendReset)
        m_err << tr("A password reset email is on its way to %1.").arg(CliOutput::terminalSafe(identity)) << '\n';
    else
        m_err << tr("The confirmation email is on its way to %1.").arg(CliOutput::terminalSafe(identity)) << '\n';
    return Success;
}

int CliApplication::staffRoles(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const bool list = verb == QLatin1String("list") && arguments.size() == 2;
    const bool change = (verb == QLatin1String("add") || verb == QLatin1String("remove")) && arguments.size() == 3;
    if (!list && !change)
        return usage(tr("Usage: profiledesk-cli roles [list IDENTITY | add IDENTITY ROLE --reason TEXT | remove "
                        "IDENTITY ROLE --reason TEXT]"));
    int exitCode = Success;
    QString reason;
    User user;
    if ((change && !staffReason(&reason, &exitCode)) || !findUser(arguments.at(1), &user, &exitCode))
        return exitCode;
    Error error;
    AccountService &accounts = m_session->accounts();
    // The roles before: listed, and the journal's old value for a change.
    QStringList roles = BlockingCall::wait(
        &accounts, [&] { return accounts.userRoles(user.objectId()); }, &error);
    if (error.isError())
        return fail(error);
    if (change) {
        const QString role = arguments.at(2);
        const bool add = verb == QLatin1String("add");
        QStringList after = roles;
        if (add && !after.contains(role))
            after << role;
        else if (!add)
            after.removeAll(role);
        error = journaled(user, arguments.at(1),
                          {StaffAccountActions::journalField(Action::AddRole), QJsonArray::fromStringList(roles),
                           QJsonArray::fromStringList(after), false},
                          reason, [&] {
                              Error e;
                              roles = BlockingCall::wait(
                                  &accounts,
                                  [&] {
                                      return add ? accounts.assignRole(user.objectId(), role)
                                                 : accounts.unassignRole(user.objectId(), role);
                                  },
                                  &e);
                              return e;
                          });
        if (error.isError())
            return fail(error);
    }
    m_out << CliOutput::strings(roles, m_table);
    return Success;
}
