#include "models/staff/staffaccountactions.h"

#include "core/accountservice.h"
#include "models/staff/journal.h"

#include <QJsonArray>

StaffAccountActions::StaffAccountActions(AccountService *accounts, Journal *journal,
                                         const JournalingGateway::Context &context, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_journal(journal)
    , m_context(context)
{
    connect(accounts, &AccountService::serviceStateChanged, this, &StaffAccountActions::changed);
}

StaffAccountActions::Status StaffAccountActions::statusFrom(const QString &userStatus)
{
    if (userStatus == QLatin1String("ENABLED"))
        return Status::Enabled;
    if (userStatus == QLatin1String("DISABLED"))
        return Status::Disabled;
    if (userStatus == QLatin1String("EMAIL_CONFIRMATION_PENDING"))
        return Status::ConfirmationPending;
    return userStatus.isEmpty() ? Status::Unknown : Status::Other;
}

void StaffAccountActions::setUser(const User &user, const QString &identity)
{
    m_objectId = user.objectId();
    m_identity = identity;
    m_status = statusFrom(user.value(QStringLiteral("userStatus")).toString());
    Q_EMIT changed();
}

bool StaffAccountActions::serviceMissing() const
{
    return m_accounts->serviceState() == AccountService::ServiceState::Missing;
}

bool StaffAccountActions::canDo(Action action) const
{
    if (busy() || m_objectId.isEmpty())
        return false;
    switch (action) {
    case Action::Disable:
        return !serviceMissing() && m_status != Status::Disabled;
    case Action::Enable:
        return !serviceMissing() && m_status == Status::Disabled;
    case Action::AddRole:
    case Action::RemoveRole:
    case Action::LoadRoles:
        return !serviceMissing();
    case Action::SendReset:
        return !m_identity.isEmpty();
    case Action::ResendConfirmation:
        return !m_identity.isEmpty() && m_status == Status::ConfirmationPending;
    }
    return false;
}

QString StaffAccountActions::journalField(Action action)
{
    switch (action) {
    case Action::Disable:
    case Action::Enable:
        return QStringLiteral("userStatus");
    case Action::SendReset:
        return QStringLiteral("passwordResetEmail");
    case Action::ResendConfirmation:
        return QStringLiteral("confirmationEmail");
    case Action::AddRole:
    case Action::RemoveRole:
    case Action::LoadRoles:
        return QStringLiteral("roles");
    }
    return QString();
}

JournalEntry StaffAccountActions::journalEntry(const JournalingGateway::Context &context, const QString &objectId,
                                               const QString &identity, const JournalChange &change,
                                               const QString &reason)
{
    JournalEntry entry;
    entry.staff = context.staff;
    entry.server = context.server;
    entry.userId = objectId;
    entry.userIdentity = identity;
    entry.changes = {change};
    entry.reason = reason;
    return entry;
}

bool StaffAccountActions::start(Action action, PendingCall *call, const QString &reason, const QJsonValue &oldValue,
                                const QJsonValue &newValue)
{
    QString entryId;
    if (m_journal && action != Action::LoadRoles) {
        entryId = m_journal->begin(journalEntry(
            m_context, m_objectId, m_identity, JournalChange{journalField(action), oldValue, newValue, false}, reason));
    }
    m_call = call;
    connect(call, &PendingCall::finished, this,
            [this, action, entryId, call] { onFinished(action, entryId, call->error()); });
    Q_EMIT changed();
    return true;
}

void StaffAccountActions::onFinished(Action action, const QString &entryId, const Error &error)
{
    m_call.clear();
    if (m_journal && !entryId.isEmpty())
        m_journal->finish(entryId, error.isError() ? JournalEntry::Result::Failed : JournalEntry::Result::Saved, error);
    Q_EMIT changed();
    Q_EMIT finished(action, error);
}

bool StaffAccountActions::disable(const QString &reason)
{
    if (reason.trimmed().isEmpty() || !canDo(Action::Disable))
        return false;
    Call<QString> *call = m_accounts->setUserStatus(m_objectId, false);
    const QString before = m_status == Status::ConfirmationPending ? QStringLiteral("EMAIL_CONFIRMATION_PENDING")
                                                                   : QStringLiteral("ENABLED");
    connect(call, &PendingCall::finished, this, [this, call] {
        if (!call->error().isError())
            m_status = statusFrom(call->result());
    });
    return start(Action::Disable, call, reason, before, QStringLiteral("DISABLED"));
}

bool StaffAccountActions::enable(const QString &reason)
{
    if (reason.trimmed().isEmpty() || !canDo(Action::Enable))
        return false;
    Call<QString> *call = m_accounts->setUserStatus(m_objectId, true);
    connect(call, &PendingCall::finished, this, [this, call] {
        if (!call->error().isError())
            m_status = statusFrom(call->result());
    });
    return start(Action::Enable, call, reason, QStringLiteral("DISABLED"), QStringLiteral("ENABLED"));
}

bool StaffAccountActions::sendPasswordReset(const QString &reason)
{
    if (reason.trimmed().isEmpty() || !canDo(Action::SendReset))
        return false;
    return start(Action::SendReset, m_accounts->sendPasswordReset(m_identity), reason, QJsonValue(),
                 QStringLiteral("sent"));
}

bool StaffAccountActions::resendConfirmation(const QString &reason)
{
    if (reason.trimmed().isEmpty() || !canDo(Action::ResendConfirmation))
        return false;
    return start(Action::ResendConfirmation, m_accounts->resendConfirmation(m_identity), reason, QJsonValue(),
                 QStringLiteral("sent"));
}

bool StaffAccountActions::addRole(const QString &role, const QString &reason)
{
    if (role.trimmed().isEmpty() || reason.trimmed().isEmpty() || !canDo(Action::AddRole))
        return false;
    RolesCall *call = m_accounts->assignRole(m_objectId, role.trimmed());
    const QStringList before = m_roles;
    connect(call, &PendingCall::finished, this, [this, call] {
        if (!call->error().isError()) {
            m_roles = call->result();
            m_rolesKnown = true;
        }
    });
    return start(Action::AddRole, call, reason, QJsonArray::fromStringList(before),
                 QJsonArray::fromStringList(QStringList(before) << role.trimmed()));
}

bool StaffAccountActions::removeRole(const QString &role, const QString &reason)
{
    if (role.isEmpty() || reason.trimmed().isEmpty() || !canDo(Action::RemoveRole))
        return false;
    RolesCall *call = m_accounts->unassignRole(m_objectId, role);
    QStringList after = m_roles;
    after.removeAll(role);
    connect(call, &PendingCall::finished, this, [this, call] {
        if (!call->error().isError()) {
            m_roles = call->result();
            m_rolesKnown = true;
        }
    });
    return start(Action::RemoveRole, call, reason, QJsonArray::fromStringList(m_roles),
                 QJsonArray::fromStringList(after));
}

bool StaffAccountActions::loadRoles()
{
    if (!canDo(Action::LoadRoles))
        return false;
    RolesCall *call = m_accounts->userRoles(m_objectId);
    connect(call, &PendingCall::finished, this, [this, call] {
        if (!call->error().isError()) {
            m_roles = call->result();
            m_rolesKnown = true;
        }
    });
    return start(Action::LoadRoles, call, QString(), QJsonValue(), QJsonValue());
}
