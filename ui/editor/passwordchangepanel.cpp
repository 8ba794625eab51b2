#include "ui/editor/passwordchangepanel.h"
#include "ui_passwordchangepanel.h"

#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/statuspalette.h"

#include <QApplication>
#include <QScrollArea>

PasswordChangePanel::PasswordChangePanel(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::PasswordChangePanel>())
{
    m_ui->setupUi(this);
    m_ui->currentPasswordErrorLabel->setField(m_ui->currentPasswordEdit, m_ui->currentPasswordLabel);
    m_ui->newPasswordErrorLabel->setField(m_ui->newPasswordEdit, m_ui->newPasswordLabel);
    m_ui->confirmPasswordErrorLabel->setField(m_ui->confirmPasswordEdit, m_ui->confirmPasswordLabel);
    m_ui->passwordBusyIndicator->hide();
    // The three inputs write into the model; it answers with changed(), which refresh() shows.
    connect(m_ui->currentPasswordEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_change)
            m_change->setCurrentPassword(text);
    });
    connect(m_ui->newPasswordEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_change)
            m_change->setNewPassword(text);
    });
    connect(m_ui->confirmPasswordEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_change)
            m_change->setConfirmation(text);
    });
    connect(m_ui->showPasswordsCheck, &QCheckBox::toggled, this, [this](bool show) {
        for (QLineEdit *edit : {m_ui->currentPasswordEdit, m_ui->newPasswordEdit, m_ui->confirmPasswordEdit})
            edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    const auto submit = [this] {
        if (m_change)
            m_change->submit();
    };
    connect(m_ui->changePasswordButton, &QPushButton::clicked, this, submit);
    // Enter in the last field changes the password, as the button would; in the others it moves on.
    connect(m_ui->confirmPasswordEdit, &QLineEdit::returnPressed, this, submit);
    connect(m_ui->currentPasswordEdit, &QLineEdit::returnPressed, m_ui->newPasswordEdit,
            qOverload<>(&QWidget::setFocus));
    connect(m_ui->newPasswordEdit, &QLineEdit::returnPressed, m_ui->confirmPasswordEdit,
            qOverload<>(&QWidget::setFocus));
    // Typing in the group (a mnemonic, or the focus put back after an error) brings all of it into
    // view in the editor's scroll area: the rule and the button belong with the field.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || !isAncestorOf(now))
            return;
        for (QWidget *up = parentWidget(); up; up = up->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(up)) {
                area->ensureWidgetVisible(this, 0, 0);
                area->ensureWidgetVisible(now);
                return;
            }
        }
    });
    hide();
}

PasswordChangePanel::~PasswordChangePanel() = default;

void PasswordChangePanel::setPasswordChange(PasswordChange *change)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_change = change;
    setVisible(change != nullptr);
    if (change) {
        m_connections << connect(change, &PasswordChange::changed, this, &PasswordChangePanel::refresh)
                      << connect(change, &PasswordChange::busyChanged, this, &PasswordChangePanel::setBusy)
                      << connect(change, &PasswordChange::failed, this, &PasswordChangePanel::focusField)
                      << connect(change, &PasswordChange::succeeded, this, [this] {
                             m_ui->showPasswordsCheck->setChecked(false);
                             m_ui->currentPasswordEdit->setFocus(Qt::OtherFocusReason);
                         });
        setBusy(change->isBusy());
    }
    refresh();
}

QFormLayout *PasswordChangePanel::formLayout() const
{
    return m_ui->passwordLayout;
}

QList<QWidget *> PasswordChangePanel::focusChain() const
{
    return {m_ui->currentPasswordEdit, m_ui->newPasswordEdit, m_ui->confirmPasswordEdit, m_ui->showPasswordsCheck,
            m_ui->changePasswordButton};
}

QString PasswordChangePanel::rulesText() const
{
    // One line per part of the rule. Before anything is typed each is a plain bullet; once the new
    // password has a character, a check or a cross says where it stands (as KNewPasswordWidget
    // and Keycloak's policy hints do), so the person sees the rule before being told off by it.
    QStringList lines;
    const bool typed = m_change && !m_change->newPassword().isEmpty();
    const QList<PasswordChange::Rule> rules = m_change ? m_change->rules() : QList<PasswordChange::Rule>();
    for (const PasswordChange::Rule &rule : rules) {
        const QString mark = !typed ? QStringLiteral("•") : rule.met ? QStringLiteral("✓") : QStringLiteral("✗");
        lines << mark + QLatin1Char(' ') + rule.text;
    }
    return lines.join(QLatin1Char('\n'));
}

void PasswordChangePanel::refresh()
{
    if (!m_change)
        return;
    // What the model holds is what the fields show (cleared after a success); setText() only on a
    // difference, so the cursor stays where the person is typing.
    const std::pair<QLineEdit *, QString> fields[] = {
        {m_ui->currentPasswordEdit, m_change->currentPassword()},
        {m_ui->newPasswordEdit, m_change->newPassword()},
        {m_ui->confirmPasswordEdit, m_change->confirmation()},
    };
    for (const auto &[edit, text] : fields) {
        if (edit->text() != text)
            edit->setText(text);
    }
    for (const PasswordChange::Field field :
         {PasswordChange::Field::Current, PasswordChange::Field::New, PasswordChange::Field::Confirm})
        messageFor(field)->setMessage(m_change->error(field));
    const QString rules = rulesText();
    m_ui->passwordRuleLabel->setText(rules);
    m_ui->passwordRuleLabel->setAccessibleDescription(rules);

    const QString formError = m_change->error(PasswordChange::Field::Form);
    QString status = formError.isEmpty() ? m_change->successMessage() : formError;
    if (m_change->isBusy())
        status = tr("Changing your password…");
    QPalette palette = this->palette();
    const StatusPalette::Tone tone =
        formError.isEmpty() ? StatusPalette::Tone::Positive : StatusPalette::Tone::Negative;
    if (!status.isEmpty())
        palette.setColor(QPalette::WindowText, StatusPalette::foreground(palette, tone));
    m_ui->passwordStatusLabel->setPalette(palette);
    m_ui->passwordStatusLabel->setText(status);
    m_ui->passwordStatusLabel->setAccessibleDescription(status);
    m_ui->changePasswordButton->setEnabled(m_change->canSubmit());
}

void PasswordChangePanel::setBusy(bool busy)
{
    const QList<QWidget *> inputs{m_ui->currentPasswordEdit, m_ui->newPasswordEdit, m_ui->confirmPasswordEdit,
                                  m_ui->showPasswordsCheck};
    for (QWidget *input : inputs)
        input->setEnabled(!busy);
    m_ui->passwordBusyIndicator->setVisible(busy);
    refresh();
}

FieldMessage *PasswordChangePanel::messageFor(PasswordChange::Field field) const
{
    switch (field) {
    case PasswordChange::Field::Current:
        return m_ui->currentPasswordErrorLabel;
    case PasswordChange::Field::New:
        return m_ui->newPasswordErrorLabel;
    case PasswordChange::Field::Confirm:
        return m_ui->confirmPasswordErrorLabel;
    case PasswordChange::Field::Form:
        break;
    }
    return nullptr;
}

void PasswordChangePanel::focusField(PasswordChange::Field field)
{
    if (FieldMessage *message = messageFor(field))
        message->focusField(); // a wrong password is retyped, not edited
}
