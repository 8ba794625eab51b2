#pragma once

#include <QGroupBox>
#include <QPointer>

#include "core/error.h"
#include "models/staff/journalinggateway.h"
#include "models/staff/staffaccountactions.h"

class LinkLabel;
class QLabel;
class QPushButton;

// The account strip at the top of a staff tab (issue 21): the account's status badge and roles,
// and Disable… (confirmed by typing the user's identity), Enable…, Send password reset email…,
// Resend confirmation email… (when pending) and Roles…. Each action asks for a reason first, as a
// staff save does, and StaffAccountActions journals it. Where the ProfileDesk staff service is
// missing, status and role actions are off and a line says so, with a link to the install steps.
class AccountStrip : public QGroupBox
{
    Q_OBJECT
public:
    // The README section that explains the staff service.
    static QString serviceHelpUrl();

    AccountStrip(StaffAccountActions *actions, QWidget *parent = nullptr);

    // Default: ReasonDialog::asker over this widget.
    void setReasonAsker(ReasonAsker asker) { m_asker = std::move(asker); }
    // Default: a dialog asking to type the identity; answers what was typed (empty: cancelled).
    using ConfirmAsker = std::function<void(const QString &identity, std::function<void(const QString &)> answer)>;
    void setConfirmAsker(ConfirmAsker asker) { m_confirm = std::move(asker); }

    static QString statusText(StaffAccountActions::Status status);

private:
    void update();
    void showMessage(const QString &text);
    // `then` gets the reason, unless the person declined; `returnTo` is activated again either way.
    void askReason(const QString &field, std::function<void(const QString &)> then, QWidget *returnTo = nullptr);
    void disableAccount();
    void editRoles();
    void onFinished(StaffAccountActions::Action action, const Error &error);

    QPointer<StaffAccountActions> m_actions;
    ReasonAsker m_asker;
    ConfirmAsker m_confirm;
    QLabel *m_status;
    QLabel *m_roles;
    QLabel *m_message;
    LinkLabel *m_serviceNote;
    QPushButton *m_disable;
    QPushButton *m_enable;
    QPushButton *m_reset;
    QPushButton *m_confirmation;
    QPushButton *m_rolesButton;
};
