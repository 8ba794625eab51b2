#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

#include "core/config.h"
#include "models/errorcatalog.h"
#include "ui/widgets/messagebanner.h"
#include "core/pendingcall.h"
#include "core/userservice.h"

class CapsLockWatcher;
class QAction;
class Settings;
struct Error;

namespace Ui {
class LoginDialog;
}

// Signs a user in through UserService and shows every login error where it belongs: 3003 under the
// password, 3006 under the empty field, account states and limits in the banner, 2002 with the
// server panel opened, network failures with Retry. On success it remembers the server and the
// identity in Settings and accepts; the caller takes the session from the UserService.
//
// Also used "over the editor" when a save finds the session gone (3028/3064): then the identity is
// fixed to the user whose edits are waiting, and the server cannot be changed.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(UserService *users, Settings *settings, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // `profiledesk --demo`: the in-process server and its accounts, shown on the dialog.
    void setDemoServer(const QUrl &baseUrl, const QString &appId, const QString &apiKey,
                       const QStringList &accounts);
    // With `serverEditable` (2002 during a save) the server panel stays open to fix the app id/key.
    void setReauthentication(const QString &identity, const QString &reason, bool serverEditable = false);

    QString identity() const;
    bool staySignedIn() const;
    // The server signed in to (valid after accepted()).
    Config config() const { return m_config; }
    bool isBusy() const;
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
    bool applyServerConfig();
    void setBusy(bool busy);
    void clearErrors();
    void showFieldError(const QString &field, const QString &text);
    void onLoginFinished(UserCall *call);
    void refreshIdentityLabel();
    void setIdentityLabel(const QString &propertyName);
    void fitContents();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    QPointer<UserService> m_users;
    Settings *m_settings;
    CapsLockWatcher *m_capsLock;
    QPointer<PendingCall> m_loginCall;
    QPointer<PendingCall> m_schemaCall;
    QPointer<PendingCall> m_resetCall;
    QPointer<QWidget> m_focusBeforeBusy;
    Config m_config;
    bool m_reauthenticating = false;
    bool m_serverLocked = false;
    bool m_fitPending = false;
    int m_fieldsAt = -1; // the identity field's height in the dialog at the last fit
    QAction *m_retryAction; // the banner's Retry after a network failure
};
