#pragma once

#include "core/error.h"
#include "core/user.h"
#include "models/staff/journal.h"
#include "models/staff/journalinggateway.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class AccountService;
class Journal;
class PendingCall;

// The account strip of one staff tab (issue 21): the user's status and roles, and what staff may do
// to the account besides editing it. Every action is journaled with the reason the person gave:
// the attempt before the request leaves, its result after (Journal::begin / finish), as staff saves.
// Status and roles need the ProfileDeskStaff service; when the first call finds it missing
// (AccountService::serviceState), those actions are off and say why, the rest goes on.
class StaffAccountActions : public QObject
{
    Q_OBJECT

public:
    enum class Status { Unknown, Enabled, Disabled, ConfirmationPending, Other };
    enum class Action { Disable, Enable, SendReset, ResendConfirmation, AddRole, RemoveRole, LoadRoles };
    Q_ENUM(Action)

    StaffAccountActions(AccountService *accounts, Journal *journal, const JournalingGateway::Context &context,
                        QObject *parent = nullptr);

    // The user as loaded or saved: id, identity, userStatus.
    void setUser(const User &user, const QString &identity);
    QString objectId() const { return m_objectId; }
    QString identity() const { return m_identity; }
    Status status() const { return m_status; }
    QStringList roles() const { return m_roles; }
    bool rolesKnown() const { return m_rolesKnown; }
    bool busy() const { return !m_call.isNull(); }
    bool serviceMissing() const;
    // What may be done now (not busy, and the service for status and roles).
    bool canDo(Action action) const;

    // Each starts one call and journals it with `reason` (required but for LoadRoles); false when
    // nothing was sent (busy, no reason, or not possible now).
    bool disable(const QString &reason);
    bool enable(const QString &reason);
    bool sendPasswordReset(const QString &reason);
    bool resendConfirmation(const QString &reason);
    bool addRole(const QString &role, const QString &reason);
    bool removeRole(const QString &role, const QString &reason);
    bool loadRoles();

    static Status statusFrom(const QString &userStatus);
    // The property an action's journal entry names: userStatus, passwordResetEmail,
    // confirmationEmail or roles (mails are recorded as "sent").
    static QString journalField(Action action);
    // The journal entry of an account action on the user (objectId, identity) by context.staff:
    // one change and the reason. profiledesk-cli journals its actions with the same entries.
    static JournalEntry journalEntry(const JournalingGateway::Context &context, const QString &objectId,
                                     const QString &identity, const JournalChange &change, const QString &reason);

Q_SIGNALS:
    // Status, roles, busy or the service's state changed.
    void changed();
    void finished(StaffAccountActions::Action action, const Error &error);

private:
    // `oldValue` and `newValue` describe the action in the journal entry.
    bool start(Action action, PendingCall *call, const QString &reason, const QJsonValue &oldValue,
               const QJsonValue &newValue);
    void onFinished(Action action, const QString &entryId, const Error &error);

    AccountService *m_accounts;
    QPointer<Journal> m_journal;
    JournalingGateway::Context m_context;
    QString m_objectId;
    QString m_identity;
    Status m_status = Status::Unknown;
    QStringList m_roles;
    bool m_rolesKnown = false;
    QPointer<PendingCall> m_call;
};
