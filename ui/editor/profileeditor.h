#pragma once

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <memory>

#include "models/errorcatalog.h"
#include "models/profile/conflict.h"
#include "models/profile/profileedit.h"
#include "ui/editor/conflictdialog.h"

class AddPropertyForm;
class FieldsBinder;
class LiveChangesView;
class ProfileHead;
class QAction;
class QLabel;
class MessageBanner;
struct Error;

namespace Ui {
class ProfileEditor;
}

// The form for one user's profile, built from the schema its fields carry. It takes a ProfileEdit
// and does not know whose profile that is (the signed-in user's own, or, for support staff, someone
// else's): everything about loading and saving is the ProfileEdit's. The page opens with the person
// (ProfileHead), then its sections: Profile (the fields), Account (the password change behind its
// button, when the ProfileEdit has one, i.e. the signed-in user's own profile; the read-only
// details) and, for staff, Add a property.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    void setProfile(ProfileEdit *profile);
    ProfileEdit *profile() const { return m_profile; }
    // "Add a property" creates a column on every account of the app (Backendless's dynamic schema):
    // a support-staff tool, hidden from end users. Hidden until this says otherwise.
    void setPropertiesAddable(bool addable);
    // A widget shown between the head and the sections (a staff tab's account strip).
    void addHeaderWidget(QWidget *widget);
    // The person at the top of the page: its picture's source, a staff tab's context line.
    ProfileHead *head() const;
    MessageBanner *banner() const;
    FieldsBinder *fields() const { return m_fields.get(); }
    // Non-null while the conflict dialog is open.
    ConflictDialog *conflictDialog() const { return m_conflictDialog; }

public Q_SLOTS:
    void save();
    void showMessage(int type, const QString &text);
    // A warning that waits its turn: shown unless the banner already says something (a notice such
    // as "cannot stay signed in" never hides an error or a restored draft's message).
    void showNotice(const QString &text);
    // An error in the banner, with the button that goes with the action.
    void showError(const QString &text, ErrorCatalog::Action action);

Q_SIGNALS:
    // 2002: the banner's "Server settings…" action.
    void serverSettingsRequested();
    // The banner's "Sign in again…" action, shown while a save waits for the person to sign in.
    void signInRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // While a save waits for the person (a reason to give), the form stays locked but shows no
    // progress: nothing is happening until they answer.
    void setWaitingForPerson(bool waiting);
    void showDraftRestored();
    void updateButtons();
    bool isChangingPassword() const;
    void setBusy(bool busy);
    void onFieldErrors(const QStringList &names);
    void onSaved();
    void onConflicts(const QList<Conflict> &conflicts);
    void rememberTaken(const QStringList &names); // for the next "saved" message
    void updateTabOrder();
    void refreshHead();
    void setPasswordChangeShown(bool shown);
    void alignLabelColumns();

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    std::unique_ptr<FieldsBinder> m_fields;
    QPointer<ProfileEdit> m_profile;
    QPointer<ConflictDialog> m_conflictDialog;
    QStringList m_takenFromServer; // named in the next "saved" message
    QPointer<QWidget> m_focusBeforeBusy;
    QList<QMetaObject::Connection> m_connections;
    QMap<ErrorCatalog::Action, QAction *> m_bannerActions; // the buttons showError() offers
    AddPropertyForm *m_addProperty; // support staff's "Add a property"
    LiveChangesView *m_live; // what changes made elsewhere look like in this form
};
