#include "ui/editor/profileeditor.h"
#include "ui_profileeditor.h"

#include "models/profile/draftautosave.h"
#include "models/profile/passwordchange.h"
#include "models/profile/picturestore.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"
#include "ui/editor/addpropertyform.h"
#include "ui/editor/conflictdialog.h"
#include "ui/editor/fieldrow.h"
#include "ui/editor/fieldsbinder.h"
#include "ui/editor/livechangesview.h"
#include "ui/editor/passwordchangepanel.h"
#include "ui/editor/picturefield.h"
#include "ui/editor/profilehead.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMoveEvent>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>

namespace {
// The banner's answer to Ctrl+S on a form with marked fields; it goes once none is marked.
QString invalidFormText()
{
    return ProfileEditor::tr("Not saved: correct the marked fields first.");
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileEditor>())
{
    m_ui->setupUi(this);
    // The password change is behind its button (an expanding section, see setPasswordChangeShown).
    m_ui->passwordGroup->hide();
    connect(m_ui->passwordToggleButton, &QPushButton::toggled, this, &ProfileEditor::setPasswordChangeShown);
    m_fields = std::make_unique<FieldsBinder>(m_ui->fieldsLayout, m_ui->systemLayout);
    m_ui->busyIndicator->hide();
    m_ui->cancelButton->hide();
    m_ui->addPropertyErrorLabel->setField(m_ui->newPropertyNameEdit, m_ui->newPropertyNameLabel);
    setPropertiesAddable(false);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ProfileEditor::save);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileEditor::save);
    connect(m_ui->revertAllButton, &QPushButton::clicked, this, [this] {
        if (m_profile)
            m_profile->fields()->revertAll();
        m_ui->messageBanner->dismiss();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_profile)
            m_profile->save()->cancel();
    });
    m_addProperty = new AddPropertyForm(
        {m_ui->newPropertyNameEdit, m_ui->newPropertyValueEdit, m_ui->addPropertyButton, m_ui->addPropertyErrorLabel},
        m_fields.get(), m_ui->scrollArea, this);
    // What an error in the banner offers (ErrorCatalog::Action), each made once.
    const auto bannerAction = [this](ErrorCatalog::Action action, const QString &text) {
        auto *qaction = new QAction(text, this);
        m_bannerActions.insert(action, qaction);
        return qaction;
    };
    connect(bannerAction(ErrorCatalog::Action::Retry, tr("Re&try")), &QAction::triggered, this, [this] {
        // The error is being answered: it goes now, and comes back only if the retry fails too.
        m_ui->messageBanner->dismiss();
        if (m_profile)
            m_profile->save()->retry();
    });
    connect(bannerAction(ErrorCatalog::Action::ServerSettings, tr("Server settin&gs…")), &QAction::triggered, this,
            &ProfileEditor::serverSettingsRequested);
    connect(bannerAction(ErrorCatalog::Action::SignIn, tr("S&ign in again…")), &QAction::triggered, this,
            &ProfileEditor::signInRequested);
    // A live conflict is settled where a save's is: the save re-reads the user (the authority, not
    // the event) and asks with the conflict dialog.
    m_live = new LiveChangesView(m_fields.get(), m_ui->messageBanner, this);
    connect(m_live, &LiveChangesView::reviewRequested, this, &ProfileEditor::save);
    connect(m_live, &LiveChangesView::changedWhileEditing, this, &ProfileEditor::rememberTaken);
    connect(m_fields.get(), &FieldsBinder::submitRequested, this, &ProfileEditor::save);
    connect(m_fields.get(), &FieldsBinder::pictureShown, m_ui->profileHead, &ProfileHead::followField);
    connect(m_fields.get(), &FieldsBinder::layoutChanged, this, &ProfileEditor::updateTabOrder);
    connect(m_fields.get(), &FieldsBinder::layoutChanged, this, &ProfileEditor::alignLabelColumns);
    // A form is read line by line: past about 90 characters the fields stop growing with a
    // maximised window, and the column stays in the middle (as GNOME Settings clamps its pages),
    // with the buttons under it (see eventFilter).
    m_ui->scrollContents->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    m_ui->scrollArea->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_ui->scrollContents->installEventFilter(this);
    // The banner above the form comes and goes; the form must not move under the pointer.
    m_ui->scrollArea->installEventFilter(this);
    alignLabelColumns();
    updateButtons();
}

ProfileEditor::~ProfileEditor()
{
    // The rows hold pointers into the form; they go before the form's widgets do.
    m_fields.reset();
}

void ProfileEditor::setProfile(ProfileEdit *profile)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_profile = profile;
    UserModel *fields = profile ? profile->fields() : nullptr;
    m_fields->setPictures(profile ? profile->pictures() : nullptr);
    m_fields->setModel(fields);
    m_addProperty->setFields(fields);
    PasswordChange *passwordChange = profile ? profile->passwordChange() : nullptr;
    m_ui->passwordGroup->setPasswordChange(passwordChange);
    m_live->setProfile(profile);
    m_ui->passwordRowLabel->setVisible(passwordChange); // none on a staff tab (PasswordChangePanel)
    m_ui->passwordToggleButton->setVisible(passwordChange);
    m_ui->passwordToggleButton->setChecked(false);
    setPasswordChangeShown(false); // closed: the panel shows itself when given a change
    refreshHead();
    if (profile) {
        ProfileSave *save = profile->save();
        if (PictureStore *pictures = profile->pictures()) {
            m_connections << connect(
                pictures, &PictureStore::uploadProgress, this, [this](const QString &name, qint64 sent, qint64 total) {
                    FieldRow *row = m_fields->row(name);
                    if (auto *picture = row ? qobject_cast<PictureField *>(row->editor()) : nullptr)
                        picture->setUploadProgress(sent, total);
                });
        }
        m_connections << connect(fields, &UserModel::dirtyChanged, this, &ProfileEditor::updateButtons)
                      << connect(fields, &UserModel::dirtyChanged, this,
                                 [this](bool dirty) {
                                     // "Your changes were saved" is not true any more once something new is typed.
                                     if (dirty && m_ui->messageBanner->type() == MessageBanner::Type::Positive)
                                         m_ui->messageBanner->dismiss();
                                 })
                      << connect(fields, &UserModel::validChanged, this, &ProfileEditor::updateButtons)
                      << connect(fields, &UserModel::loadedChanged, this, &ProfileEditor::refreshHead)
                      << connect(fields, &UserModel::validChanged, this,
                                 [this](bool valid) {
                                     // "Correct the marked fields" is stale once none is marked.
                                     if (valid && m_ui->messageBanner->text() == invalidFormText())
                                         m_ui->messageBanner->dismiss();
                                 })
                      << connect(save, &ProfileSave::busyChanged, this, &ProfileEditor::setBusy)

                      << connect(save, &ProfileSave::formError, this,
                                 [this](const Error &, const QString &text, ErrorCatalog::Action action) {
                                     showError(text, action);
                                 })
                      << connect(save, &ProfileSave::signedInAgain, this,
                                 [this] {
                                     m_ui->messageBanner->retract(m_bannerActions.value(ErrorCatalog::Action::SignIn));
                                 })
                      << connect(save, &ProfileSave::fieldErrorsChanged, this, &ProfileEditor::onFieldErrors)
                      << connect(save, &ProfileSave::saved, this, &ProfileEditor::onSaved)
                      << connect(save, &ProfileSave::conflictsFound, this, &ProfileEditor::onConflicts)
                      << connect(save, &ProfileSave::serverChangesTaken, this, &ProfileEditor::rememberTaken)
                      << connect(profile->autosave(), &DraftAutosave::draftRestored, this,
                                 &ProfileEditor::showDraftRestored)
                      << connect(profile, &ProfileEdit::waitingForPerson, this, &ProfileEditor::setWaitingForPerson);
        // While the current password is being checked the session token changes under the form:
        // a save started then could be sent with the token the check ends. Save waits for it.
        if (passwordChange)
            m_connections << connect(passwordChange, &PasswordChange::busyChanged, this, &ProfileEditor::updateButtons);
        setBusy(save->isBusy());
        // The draft went back into the form before the form was shown (ProfileEdit::take()).
        if (profile->autosave()->hasRestoredDraft() && fields->isDirty())
            showDraftRestored();
    }
    updateButtons();
}

void ProfileEditor::showDraftRestored()
{
    showMessage(int(MessageBanner::Type::Information),
                tr("Unsaved changes from your last session were restored. "
                   "Save them, or revert what you do not want."));
}

bool ProfileEditor::isChangingPassword() const
{
    const PasswordChange *change = m_ui->passwordGroup->passwordChange();
    return change && change->isBusy();
}

MessageBanner *ProfileEditor::banner() const
{
    return m_ui->messageBanner;
}

void ProfileEditor::setPropertiesAddable(bool addable)
{
    m_ui->addPropertyGroup->setVisible(addable);
}

void ProfileEditor::addHeaderWidget(QWidget *widget)
{
    // Under the head, above the sections.
    m_ui->scrollLayout->insertWidget(m_ui->scrollLayout->indexOf(m_ui->profileHead) + 1, widget);
}

ProfileHead *ProfileEditor::head() const
{
    return m_ui->profileHead;
}

void ProfileEditor::refreshHead()
{
    if (m_profile)
        m_ui->profileHead->setUser(m_profile->fields()->loadedUser(), m_profile->fields()->schema());
}

void ProfileEditor::setPasswordChangeShown(bool shown)
{
    // An expanding section rather than a dialog: the change has its own messages under its fields
    // and its own busy state, which stay next to the form they lock (a save waits for the check),
    // and Tab goes on into the rest of the page without a window to close.
    const bool wanted = shown && m_ui->passwordGroup->passwordChange();
    m_ui->passwordToggleButton->setChecked(wanted); // nothing without a change to make
    m_ui->passwordGroup->setVisible(wanted);
    if (wanted && m_ui->passwordToggleButton->hasFocus()) {
        m_ui->scrollArea->ensureWidgetVisible(m_ui->passwordGroup);
        m_ui->passwordGroup->focusChain().constFirst()->setFocus(Qt::TabFocusReason);
    }
}

bool ProfileEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Save and Revert all sit under the form's column, their right edge on its right edge: in a
    // maximised window they are next to the form, not in the far corner.
    if (watched == m_ui->scrollContents && (event->type() == QEvent::Move || event->type() == QEvent::Resize)) {
        const int left = m_ui->scrollContents->mapTo(m_ui->scrollArea, QPoint()).x();
        const int right = m_ui->scrollArea->width() - left - m_ui->scrollContents->width();
        const QMargins inColumn = m_ui->scrollLayout->contentsMargins(); // the groups' edges
        m_ui->buttonLayout->setContentsMargins(qMax(0, left + inColumn.left()), 0, qMax(0, right + inColumn.right()),
                                               0);
    }
    // A banner appearing above the form pushes the scroll area down by its height (and one leaving
    // pulls it up): scrolling by the same amount keeps every field where it was on the screen, so a
    // click aimed at a field while the banner appears still lands on it. Not at the top of the
    // form: there the scrolling would put the Profile title and the first field under the banner,
    // out of sight, so the form moves down with it instead.
    // The scrolling is measured, not added: at the bottom of the form the viewport's new size
    // moves the range, and with it the value, under the scrolling (a banner leaving pulled the
    // value in by its height, and adding the shift as well moved the form twice that).
    if (watched == m_ui->scrollArea && event->type() == QEvent::Move) {
        const auto *move = static_cast<QMoveEvent *>(event);
        const int shift = move->pos().y() - move->oldPos().y();
        QScrollBar *bar = m_ui->scrollArea->verticalScrollBar();
        QWidget *form = m_ui->scrollContents;
        constexpr const char *formY = "formYBeforeBanner"; // where the form was, while a correction is due
        if (shift != 0 && bar->value() > 0) {
            // The first move of a turn records where the form was; later ones in the same turn keep it.
            if (!bar->property(formY).isValid())
                bar->setProperty(formY, form->mapTo(this, QPoint()).y() - shift);
            // After the layout has also resized the viewport, so that the new range is known.
            QTimer::singleShot(0, bar, [this, bar, form, formY] {
                const QVariant wanted = bar->property(formY);
                bar->setProperty(formY, QVariant());
                if (wanted.isValid())
                    bar->setValue(bar->value() + form->mapTo(this, QPoint()).y() - wanted.toInt());
            });
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProfileEditor::setWaitingForPerson(bool waiting)
{
    const bool busy = m_profile && m_profile->save()->isBusy();
    m_ui->busyIndicator->setVisible(busy && !waiting);
    m_ui->cancelButton->setVisible(busy && !waiting);
}

void ProfileEditor::save()
{
    // Ctrl+S in a field that reads its text when left (a date): what it shows is what is saved.
    if (m_profile && !m_profile->save()->isBusy())
        m_fields->commitEdits();
    if (!m_profile || m_profile->save()->isBusy() || !m_profile->fields()->isDirty() || isChangingPassword())
        return;
    m_ui->messageBanner->dismiss();
    // An invalid form is not saved, but Ctrl+S says why: the save puts the focus on the first
    // field in error (fieldErrorsChanged) and the banner names the rule.
    if (!m_profile->save()->submit() && !m_profile->fields()->fieldsWithErrors().isEmpty())
        showError(invalidFormText(), ErrorCatalog::Action::None);
}

void ProfileEditor::showMessage(int type, const QString &text)
{
    m_ui->messageBanner->showMessage(MessageBanner::Type(type), text);
}

void ProfileEditor::showNotice(const QString &text)
{
    if (!text.isEmpty() && m_ui->messageBanner->text().isEmpty())
        m_ui->messageBanner->showMessage(MessageBanner::Type::Warning, text);
}

void ProfileEditor::updateButtons()
{
    const bool busy = m_profile && m_profile->save()->isBusy();
    const bool dirty = m_profile && m_profile->fields()->isDirty();
    const bool valid = m_profile && m_profile->fields()->isValid();
    m_ui->saveButton->setEnabled(dirty && valid && !busy && !isChangingPassword());
    m_ui->revertAllButton->setEnabled(dirty && !busy);
}

void ProfileEditor::setBusy(bool busy)
{
    // Locking the inputs takes the focus from them; it goes back where the user was afterwards.
    // The form's own focus child, not the application's: a save replayed after signing in again
    // starts while the sign-in dialog still has the focus, and the field must not be forgotten.
    if (busy && !m_ui->cancelButton->isVisible()) {
        QWidget *focused = focusWidget();
        if (focused && focused != m_ui->cancelButton)
            m_focusBeforeBusy = focused;
    }
    // Locked while saving so that what is sent is what is shown; unlocked on every exit path
    // because the save emits busyChanged(false) on success, failure and cancel alike.
    m_fields->setInputsEnabled(!busy);
    m_ui->passwordGroup->setEnabled(!busy);
    // Its Alt+C is Cancel's while Cancel shows.
    m_ui->passwordToggleButton->setEnabled(!busy);
    m_ui->addPropertyGroup->setEnabled(!busy);
    // Back in the field before Cancel goes: hiding the focused button would pass the focus on as
    // Tab does, and a line edit that Tab enters selects all its text, so that the next keystroke
    // after a save would replace it. Given back like this, the cursor is where the person left it.
    if (!busy && m_focusBeforeBusy && m_focusBeforeBusy->isEnabled() && m_focusBeforeBusy->isVisible())
        m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
    m_ui->busyIndicator->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    if (busy)
        m_ui->cancelButton->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void ProfileEditor::showError(const QString &text, ErrorCatalog::Action action)
{
    QList<QAction *> actions;
    if (QAction *offered = m_bannerActions.value(action))
        actions << offered;
    m_ui->messageBanner->showMessage(MessageBanner::Type::Error, text, actions);
}

void ProfileEditor::onFieldErrors(const QStringList &names)
{
    if (names.isEmpty())
        return;
    m_fields->focusFirst(names);
    if (FieldRow *row = m_fields->row(names.constFirst()))
        m_ui->scrollArea->ensureWidgetVisible(row);
}

void ProfileEditor::onSaved()
{
    const QStringList taken = std::exchange(m_takenFromServer, {});
    if (taken.isEmpty() || !m_profile) {
        showMessage(int(MessageBanner::Type::Positive), tr("Your changes were saved."));
        return;
    }
    showMessage(int(MessageBanner::Type::Positive),
                tr("Your changes were saved. Changed on another device meanwhile, and now shown as the "
                   "server has them: %1.")
                    .arg(QLocale().createSeparatedList(LiveChangesView::labels(m_profile->fields(), taken))));
}

void ProfileEditor::rememberTaken(const QStringList &names)
{
    for (const QString &name : names) {
        if (!m_takenFromServer.contains(name))
            m_takenFromServer << name;
    }
}

void ProfileEditor::onConflicts(const QList<Conflict> &conflicts)
{
    if (m_conflictDialog)
        m_conflictDialog->deleteLater();
    auto *dialog = new ConflictDialog(conflicts, m_profile ? m_profile->fields() : nullptr, this);
    dialog->setObjectName(QStringLiteral("conflictDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_profile)
            m_profile->save()->resolveConflicts(dialog->choices());
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_profile)
            m_profile->save()->cancel();
        showMessage(int(MessageBanner::Type::Warning),
                    tr("Not saved: the profile was changed on the server. Your changes are still here."));
    });
    // open(), not exec(): the dialog is window-modal without a nested event loop.
    dialog->open();
}

void ProfileEditor::alignLabelColumns()
{
    // The Profile, Change password and Account details groups are separate form layouts: one
    // label width for all of them puts their fields on one vertical line.
    QList<QWidget *> labels;
    for (QFormLayout *layout : {m_ui->fieldsLayout, m_ui->passwordGroup->formLayout(), m_ui->systemLayout}) {
        for (int row = 0; row < layout->rowCount(); ++row) {
            if (QLayoutItem *item = layout->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                labels << item->widget();
        }
    }
    int width = 0;
    for (QWidget *label : std::as_const(labels)) {
        label->setMinimumWidth(0);
        width = qMax(width, label->sizeHint().width());
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(width);
    // And their inputs end on one line: the profile rows keep room for their "changed" markers
    // right of the input; the Change password group, which has none, leaves the same room.
    // It sits in the Account section, flat, its rows starting where the section's rows start.
    const QList<FieldRow *> rows = m_ui->profileGroup->findChildren<FieldRow *>();
    const int markers = rows.isEmpty() ? 0 : rows.constFirst()->markerWidth();
    QMargins margins = m_ui->passwordGroup->formLayout()->contentsMargins();
    const QMargins frame = m_ui->passwordGroup->contentsMargins(); // the flat group's own, from the style
    margins.setLeft(0);
    margins.setRight(qMax(0, markers - frame.right()));
    m_ui->passwordGroup->formLayout()->setContentsMargins(margins);
    // "Change password…" ends where the inputs end.
    m_ui->passwordRow->setContentsMargins(0, 0, markers, 0);
}

void ProfileEditor::updateTabOrder()
{
    QList<QWidget *> chain = m_fields->focusChain(FieldsBinder::Section::Editable);
    chain << m_ui->passwordToggleButton << m_ui->passwordGroup->focusChain();
    chain << m_fields->focusChain(FieldsBinder::Section::System);
    chain << m_ui->newPropertyNameEdit << m_ui->newPropertyValueEdit << m_ui->addPropertyButton;
    chain << m_ui->cancelButton << m_ui->revertAllButton << m_ui->saveButton;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}
