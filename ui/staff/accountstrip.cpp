#include "ui/staff/accountstrip.h"

#include "models/errorcatalog.h"
#include "ui/staff/reasondialog.h"
#include "ui/widgets/linklabel.h"
#include "ui/widgets/statuspalette.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

} // namespace

QString AccountStrip::serviceHelpUrl()
{
    // README.md's "Installing the ProfileDesk staff service", on the project's page.
    return QStringLiteral(PROFILEDESK_HOMEPAGE "#installing-the-profiledesk-staff-service");
}

QString AccountStrip::statusText(StaffAccountActions::Status status)
{
    switch (status) {
    case StaffAccountActions::Status::Enabled:
        return tr("Enabled");
    case StaffAccountActions::Status::Disabled:
        return tr("Disabled");
    case StaffAccountActions::Status::ConfirmationPending:
        return tr("Confirmation pending");
    case StaffAccountActions::Status::Other:
        return tr("Other");
    case StaffAccountActions::Status::Unknown:
        break;
    }
    return tr("Unknown");
}

AccountStrip::AccountStrip(StaffAccountActions *actions, QWidget *parent)
    : QGroupBox(tr("Account"), parent)
    , m_actions(actions)
    , m_asker(ReasonDialog::asker(this))
    , m_status(new QLabel(this))
    , m_roles(new QLabel(this))
    , m_message(new QLabel(this))
    , m_serviceNote(new LinkLabel(this))
    , m_disable(button(tr("Disa&ble…"), QStringLiteral("disableButton"), this))
    , m_enable(button(tr("Ena&ble…"), QStringLiteral("enableButton"), this))
    , m_reset(button(tr("Send password reset emai&l…"), QStringLiteral("resetButton"), this))
    , m_confirmation(button(tr("Rese&nd confirmation email…"), QStringLiteral("confirmationButton"), this))
    , m_rolesButton(button(tr("R&oles…"), QStringLiteral("rolesButton"), this))
{
    setObjectName(QStringLiteral("accountStrip"));
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_roles->setObjectName(QStringLiteral("accountRoles"));
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_serviceNote->setObjectName(QStringLiteral("staffServiceNote"));
    for (QLabel *label : {m_status, m_roles, m_message})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setWordWrap(true);
    m_serviceNote->setWordWrap(true);
    // The link opens in the browser, by mouse or by keyboard (one Tab to it, Enter: LinkLabel).
    m_serviceNote->setText(tr("Disable, Enable and Roles need the ProfileDesk staff service, which this app does "
                              "not have. <a href=\"%1\">How to install it</a>")
                               .arg(serviceHelpUrl()));
    m_serviceNote->setAccessibleName(tr("Disable, Enable and Roles need the ProfileDesk staff service"));
    m_serviceNote->setAccessibleDescription(tr("Link: How to install it. Enter opens it in the browser."));
    m_serviceNote->hide();
    m_message->hide(); // until an action has something to say
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);

    auto *info = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("Status:"), this);
    statusLabel->setBuddy(m_status);
    info->addWidget(statusLabel);
    info->addWidget(m_status);
    info->addSpacing(16);
    auto *rolesLabel = new QLabel(tr("Roles:"), this);
    rolesLabel->setBuddy(m_roles);
    info->addWidget(rolesLabel);
    info->addWidget(m_roles, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_disable, m_enable, m_reset, m_confirmation, m_rolesButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(info);
    layout->addLayout(buttons);
    layout->addWidget(m_serviceNote);
    layout->addWidget(m_message);
    // Tab goes as the strip reads: the status and roles, the buttons, then the note under them
    // (made before the buttons, it came before them).
    QWidget *previous = m_roles;
    for (QWidget *next : std::initializer_list<QWidget *>{m_disable, m_enable, m_reset, m_confirmation, m_rolesButton,
                                                          m_serviceNote, m_message}) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_disable, &QPushButton::clicked, this, &AccountStrip::disableAccount);
    connect(m_enable, &QPushButton::clicked, this, [this] {
        askReason(QStringLiteral("userStatus"), [this](const QString &reason) { m_actions->enable(reason); });
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        askReason(QStringLiteral("passwordResetEmail"),
                  [this](const QString &reason) { m_actions->sendPasswordReset(reason); });
    });
    connect(m_confirmation, &QPushButton::clicked, this, [this] {
        askReason(QStringLiteral("confirmationEmail"),
                  [this](const QString &reason) { m_actions->resendConfirmation(reason); });
    });
    connect(m_rolesButton, &QPushButton::clicked, this, &AccountStrip::editRoles);
    connect(actions, &StaffAccountActions::changed, this, &AccountStrip::update);
    connect(actions, &StaffAccountActions::finished, this, &AccountStrip::onFinished);
    update();
}

void AccountStrip::update()
{
    if (!m_actions)
        return;
    const QString status = statusText(m_actions->status());
    m_status->setText(status);
    // The badge's colour says it too (the text alone carries the meaning, for every reader).
    StatusPalette::Tone tone = StatusPalette::Tone::Neutral;
    if (m_actions->status() == StaffAccountActions::Status::Enabled)
        tone = StatusPalette::Tone::Positive;
    else if (m_actions->status() == StaffAccountActions::Status::Disabled)
        tone = StatusPalette::Tone::Negative;
    else if (m_actions->status() == StaffAccountActions::Status::ConfirmationPending)
        tone = StatusPalette::Tone::Warning;
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, StatusPalette::foreground(this->palette(), tone));
    m_status->setPalette(palette);
    m_status->setAccessibleName(tr("Account status: %1").arg(status));
    const QString roles = m_actions->rolesKnown() ? m_actions->roles().join(QStringLiteral(", ")) : tr("not loaded");
    m_roles->setText(roles);
    m_roles->setAccessibleName(tr("Roles: %1").arg(roles));
    m_disable->setEnabled(m_actions->canDo(StaffAccountActions::Action::Disable));
    m_enable->setEnabled(m_actions->canDo(StaffAccountActions::Action::Enable));
    m_disable->setVisible(m_actions->status() != StaffAccountActions::Status::Disabled);
    m_enable->setVisible(m_actions->status() == StaffAccountActions::Status::Disabled);
    m_reset->setEnabled(m_actions->canDo(StaffAccountActions::Action::SendReset));
    m_confirmation->setVisible(m_actions->status() == StaffAccountActions::Status::ConfirmationPending);
    m_confirmation->setEnabled(m_actions->canDo(StaffAccountActions::Action::ResendConfirmation));
    m_rolesButton->setEnabled(m_actions->canDo(StaffAccountActions::Action::LoadRoles));
    m_serviceNote->setVisible(m_actions->serviceMissing());
}

void AccountStrip::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AccountStrip::askReason(const QString &field, std::function<void(const QString &)> then, QWidget *returnTo)
{
    ReasonRequest request;
    request.userId = m_actions->objectId();
    request.userIdentity = m_actions->identity();
    request.fields = {field};
    QPointer<AccountStrip> self(this);
    QPointer<QWidget> back(returnTo);
    m_asker(request, [self, then, back](const QString &reason) {
        // The keyboard goes back where it was (the Roles dialog), answered or not.
        if (back) {
            back->activateWindow();
            back->raise();
        }
        if (self && !reason.isEmpty())
            then(reason);
    });
}

void AccountStrip::disableAccount()
{
    const QString identity = m_actions->identity();
    QPointer<AccountStrip> self(this);
    const auto typed = [self, identity](const QString &text) {
        if (!self || text.trimmed() != identity) {
            if (self && !text.isEmpty())
                self->showMessage(tr("Not disabled: what was typed is not %1.").arg(identity));
            return;
        }
        self->askReason(QStringLiteral("userStatus"),
                        [self](const QString &reason) { self->m_actions->disable(reason); });
    };
    if (m_confirm) {
        m_confirm(identity, typed);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("disableConfirmDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Disable this account"));
    dialog->setLabelText(
        tr("%1 will not be able to sign in, and their open sessions end now. Type %1 to confirm.").arg(identity));
    dialog->setOkButtonText(tr("Disable"));
    connect(dialog, &QInputDialog::finished, this,
            [dialog, typed](int result) { typed(result == QDialog::Accepted ? dialog->textValue() : QString()); });
    dialog->open();
}

void AccountStrip::editRoles()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("rolesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Roles of %1").arg(m_actions->identity()));
    auto *list = new QListWidget(dialog);
    list->setAccessibleName(tr("Roles"));
    auto *newRole = new QLineEdit(dialog);
    newRole->setAccessibleName(tr("New role"));
    auto *add = new QPushButton(tr("Add role…"), dialog);
    add->setAutoDefault(false);
    auto *remove = new QPushButton(tr("Remove role…"), dialog);
    remove->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *form = new QFormLayout;
    auto *newRoleLabel = new QLabel(tr("New role:"), dialog);
    newRoleLabel->setBuddy(newRole);
    form->addRow(newRoleLabel, newRole);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(buttons);
    const auto updateButtons = [this, list, add, remove, newRole] {
        const bool idle = m_actions->canDo(StaffAccountActions::Action::AddRole);
        add->setEnabled(idle && !newRole->text().trimmed().isEmpty());
        remove->setEnabled(idle && !list->selectedItems().isEmpty());
    };
    // The list is rebuilt when the roles change, never on a selection (which it would lose).
    const auto fill = [this, list, updateButtons] {
        const QList<QListWidgetItem *> selected = list->selectedItems();
        const QString kept = selected.isEmpty() ? QString() : selected.first()->text();
        list->clear();
        // AuthenticatedUser is every signed-in user's; it is shown, never removable.
        for (const QString &role : m_actions->roles()) {
            auto *item = new QListWidgetItem(role, list);
            if (role == QLatin1String("AuthenticatedUser"))
                item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
            else if (role == kept)
                item->setSelected(true);
        }
        updateButtons();
    };
    connect(m_actions, &StaffAccountActions::changed, dialog, fill);
    connect(list, &QListWidget::itemSelectionChanged, dialog, updateButtons);
    connect(newRole, &QLineEdit::textChanged, dialog, updateButtons);
    connect(add, &QPushButton::clicked, dialog, [this, dialog, newRole] {
        const QString role = newRole->text().trimmed();
        const QPointer<QLineEdit> edit(newRole);
        askReason(
            QStringLiteral("roles"),
            [this, role, edit](const QString &reason) {
                if (m_actions->addRole(role, reason) && edit)
                    edit->clear();
            },
            dialog);
    });
    connect(remove, &QPushButton::clicked, dialog, [this, dialog, list] {
        if (list->selectedItems().isEmpty())
            return;
        const QString role = list->selectedItems().first()->text();
        askReason(
            QStringLiteral("roles"), [this, role](const QString &reason) { m_actions->removeRole(role, reason); },
            dialog);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    fill();
    m_actions->loadRoles();
    dialog->open();
}

void AccountStrip::onFinished(StaffAccountActions::Action action, const Error &error)
{
    if (error.isError()) {
        // The mails need no service: their 404s (3020) mean something else.
        const bool mail = action == StaffAccountActions::Action::SendReset
            || action == StaffAccountActions::Action::ResendConfirmation;
        const bool serviceMissing = !mail && m_actions->serviceMissing();
        // Loading the roles on opening found no service: the note says it, with its link.
        if (serviceMissing && action == StaffAccountActions::Action::LoadRoles)
            return;
        showMessage(serviceMissing ? ErrorCatalog::staffServiceMissing() : ErrorCatalog::text(error));
        return;
    }
    const QString who = m_actions->identity();
    switch (action) {
    case StaffAccountActions::Action::Disable:
        showMessage(tr("%1's account is disabled; their sessions have ended.").arg(who));
        break;
    case StaffAccountActions::Action::Enable:
        showMessage(tr("%1's account is enabled.").arg(who));
        break;
    case StaffAccountActions::Action::SendReset:
        showMessage(tr("A password reset email is on its way to %1.").arg(who));
        break;
    case StaffAccountActions::Action::ResendConfirmation:
        showMessage(tr("The confirmation email is on its way to %1.").arg(who));
        break;
    case StaffAccountActions::Action::AddRole:
    case StaffAccountActions::Action::RemoveRole:
        showMessage(tr("%1's roles are now: %2.").arg(who, m_actions->roles().join(QStringLiteral(", "))));
        break;
    case StaffAccountActions::Action::LoadRoles:
        break;
    }
}
