#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

#include "models/errorcatalog.h"
#include "models/session/serverchoice.h"
#include "ui/widgets/messagebanner.h"

#include <optional>

class CapsLockWatcher;
class PendingCall;
class SignInFlow;
class QAction;
struct Error;

namespace Ui {
class LoginDialog;
}

// The view of a SignInFlow: collects the identity, the password and the server, asks the flow to
// sign in, and shows every login error where ErrorCatalog places it: 3003 under the password, 3006
// under the empty field, account states and limits in the banner, 2002 with the server panel
// opened, network failures with Retry. It accepts once the flow has signed in (the flow remembers
// the server and the identity); the caller takes the session from the flow.
//
// Also used "over the editor" when a save finds the session gone (3028/3064): then the identity is
// fixed to the user whose edits are waiting, and the server cannot be changed.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(SignInFlow *flow, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // `profiledesk --demo`: the in-process server and its accounts, shown on the dialog.
    void setDemoServer(const QUrl &baseUrl, const QString &appId, const QString &apiKey, const QStringList &accounts);
    // With `serverEditable` (2002 during a save) the server panel stays open to fix the app id/key.
    void setReauthentication(const QString &identity, const QString &reason, bool serverEditable = false);

    QString identity() const;
    bool isBusy() const { return !m_signIn.isNull(); }
    // A message for the user in the dialog's banner (e.g. why they see the dialog again).
    void showMessage(MessageBanner::Type type, const QString &text);

public Q_SLOTS:
    void signIn();
    // Escape and Cancel: while signing in they stop the sign-in; only then do they close.
    void reject() override;
    void requestPasswordReset();
    void showServerPanel(bool show);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The server to ask for, nullopt when it cannot change (renewing) or is not usable yet (then
    // the panel opens on the reason and `*usable` is false).
    std::optional<ServerChoice> serverChoice(bool *usable);
    void setBusy(bool busy);
    void clearErrors();
    void showFieldError(const QString &field, const QString &text);
    void onSignedIn();
    void onSignInFailed(const Error &error);
    void refreshIdentityLabel();
    void setIdentityLabel(const QString &propertyName);
    void fitContents();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    QPointer<SignInFlow> m_flow;
    CapsLockWatcher *m_capsLock;
    QPointer<QWidget> m_focusBeforeBusy;
    QPointer<PendingCall> m_signIn; // the sign-in this dialog asked for, until it is answered
    QPointer<PendingCall> m_reset; // the password reset asked for, until it is answered
    QPointer<PendingCall> m_probe; // the identity property of the server typed, until answered
    bool m_reauthenticating = false;
    bool m_serverLocked = false;
    bool m_fitPending = false;
    int m_fieldsAt = -1; // the identity field's height in the dialog at the last fit
    QAction *m_retryAction; // the banner's Retry after a network failure
};
