#pragma once

#include <QGroupBox>
#include <QPointer>

#include <memory>

#include "models/profile/passwordchange.h"

class FieldMessage;
class QFormLayout;

namespace Ui {
class PasswordChangePanel;
}

// The "Change password" group of the profile editor: the widgets of a PasswordChange. Current
// password, new password with the rule under it (updated as it is typed, each part turning into a
// check), the confirmation, "Show passwords", and its own "Change password" button with a busy
// state and its own message.
//
// Without a PasswordChange it stays hidden, and that is what a support-staff tab gets: staff do not
// set another person's password here. A password known to a second person is no longer a secret,
// so a reset is better done by the owner through "Forgot password" (the reset email); and a staff
// "set password" would need its own permission, confirmation and journal entry, which is a feature
// of its own rather than a side effect of the profile form. (Before, the password pseudo-field let a
// staff save set it through PUT /data/Users/{id}.)
class PasswordChangePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit PasswordChangePanel(QWidget *parent = nullptr);
    ~PasswordChangePanel() override;

    void setPasswordChange(PasswordChange *change);
    PasswordChange *passwordChange() const { return m_change; }
    // For the editor: one label column across its groups, and its tab order.
    QFormLayout *formLayout() const;
    QList<QWidget *> focusChain() const;

private:
    void refresh();
    void setBusy(bool busy);
    void focusField(PasswordChange::Field field);
    // The message under the field's input; null for Form, which has the status line.
    FieldMessage *messageFor(PasswordChange::Field field) const;
    QString rulesText() const;

    std::unique_ptr<Ui::PasswordChangePanel> m_ui;
    QPointer<PasswordChange> m_change;
    QList<QMetaObject::Connection> m_connections;
};
