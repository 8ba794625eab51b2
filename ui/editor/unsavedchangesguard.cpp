#include "ui/editor/unsavedchangesguard.h"

#include "core/pendingcall.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"

#include <QMessageBox>
#include <QPushButton>

UnsavedChangesGuard::UnsavedChangesGuard(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{ }

void UnsavedChangesGuard::setProfile(ProfileEdit *profile)
{
    dropPendingLeave();
    m_profile = profile;
}

void UnsavedChangesGuard::setSubject(const QString &subject)
{
    m_subject = subject;
}

void UnsavedChangesGuard::setAskFunction(AskFunction ask)
{
    m_ask = std::move(ask);
}

UnsavedChangesGuard::AskFunction UnsavedChangesGuard::messageBoxAsk(const QString &subject)
{
    return [subject](QWidget *parent, std::function<void(Answer)> reply) {
        const QString text = subject.isEmpty()
            ? tr("Your profile has changes that are not saved yet.")
            : tr("The profile of %1 has changes that are not saved yet.").arg(subject);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"), text,
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
        box->setObjectName(QStringLiteral("unsavedChangesBox"));
        box->setInformativeText(tr("Save them before leaving?"));
        box->setDefaultButton(QMessageBox::Save);
        // The platform's button texts carry no mnemonics; Alt+S / Alt+D answer from the keyboard
        // (Escape is Cancel).
        box->button(QMessageBox::Save)->setText(tr("&Save"));
        box->button(QMessageBox::Discard)->setText(tr("&Discard"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, box, [box, reply](int) {
            const auto button = box->standardButton(box->clickedButton());
            reply(button == QMessageBox::Save          ? Answer::Save
                      : button == QMessageBox::Discard ? Answer::Discard
                                                       : Answer::Cancel);
        });
        box->open();
    };
}

bool UnsavedChangesGuard::hasUnsavedChanges() const
{
    return m_profile && m_profile->fields()->isDirty();
}

void UnsavedChangesGuard::whenSafeToLeave(std::function<void()> proceed)
{
    if (!hasUnsavedChanges()) {
        proceed();
        return;
    }
    if (m_asking)
        return;
    m_asking = true;
    dropPendingLeave();
    QPointer<UnsavedChangesGuard> self(this);
    const AskFunction ask = m_ask ? m_ask : messageBoxAsk(m_subject);
    ask(m_parent, [self, proceed](Answer answer) {
        if (!self)
            return;
        self->m_asking = false;
        ProfileEdit *profile = self->m_profile;
        switch (answer) {
        case Answer::Cancel:
            return;
        case Answer::Discard:
            if (profile)
                profile->fields()->revertAll(); // also drops the draft: the user chose to lose these edits
            proceed();
            return;
        case Answer::Save:
            if (!profile) {
                proceed();
                return;
            }
            // Leave only once THIS save went through: its own answer says so. A save that ends
            // any other way (an error, Cancel, a declined conflict, a wait for signing in again)
            // leaves the person in the form, and nothing stays armed for a later save.
            PendingCall *attempt = profile->fields()->isValid() ? profile->save()->submit() : nullptr;
            if (!attempt)
                return;
            self->m_pendingLeave = attempt;
            connect(attempt, &PendingCall::finished, self, [self, attempt, proceed] {
                self->m_pendingLeave = nullptr;
                if (!attempt->error().isError())
                    proceed();
            });
            return;
        }
    });
}

void UnsavedChangesGuard::dropPendingLeave()
{
    // The person asked something else since: that save's answer no longer decides leaving.
    if (PendingCall *attempt = std::exchange(m_pendingLeave, nullptr).data())
        attempt->disconnect(this);
}
