#pragma once

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <memory>

#include "models/profile/conflict.h"
#include "ui/editor/conflictdialog.h"
#include "models/profile/usermodel.h"
#include "models/errorcatalog.h"

class FieldsBinder;
class PasswordChange;
class QAction;
class QLabel;
class MessageBanner;
struct Error;

namespace Ui {
class ProfileEditor;
}

// The form for one user's profile, built from the schema the model carries. It takes a UserModel
// and does not know whose profile that is (the signed-in user's own, or, for support staff, someone
// else's): everything about loading and saving is the model's.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    void setModel(UserModel *model);
    UserModel *model() const { return m_model; }
    // The signed-in user's own password change, in its group; null (the default) hides the group.
    void setPasswordChange(PasswordChange *change);
    // A line above the form that stays: whose profile this is when it is not the signed-in
    // user's own (support staff editing someone else). Empty hides it.
    void setSubject(const QString &text);
    // While a save waits for the person (a reason to give), the form stays locked but shows no
    // progress: nothing is happening until they answer.
    void setWaitingForPerson(bool waiting);
    MessageBanner *banner() const;
    FieldsBinder *fields() const { return m_fields.get(); }
    // Non-null while the conflict dialog is open.
    ConflictDialog *conflictDialog() const { return m_conflictDialog; }

public Q_SLOTS:
    void save();
    void showMessage(int type, const QString &text);
    // An error in the banner, with the button that goes with the action.
    void showError(const QString &text, ErrorCatalog::Action action);

Q_SIGNALS:
    // 2002: the banner's "Server settings…" action.
    void serverSettingsRequested();
    // The banner's "Sign in…" action, after the re-login over the editor was cancelled.
    void signInRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    bool isChangingPassword() const;
    void setBusy(bool busy);
    void onFieldErrors(const QStringList &names);
    void onSaved();
    void onConflicts(const QList<Conflict> &conflicts);
    void addProperty();
    void showAddPropertyError(const QString &error);
    void updateTabOrder();
    void alignLabelColumns();

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    std::unique_ptr<FieldsBinder> m_fields;
    QPointer<UserModel> m_model;
    QPointer<ConflictDialog> m_conflictDialog;
    QLabel *m_subjectLabel;
    QStringList m_takenFromServer; // named in the next "saved" message
    QPointer<QWidget> m_focusBeforeBusy;
    QList<QMetaObject::Connection> m_connections;
    QMap<ErrorCatalog::Action, QAction *> m_bannerActions; // the buttons showError() offers
};
