#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include "core/config.h"
#include "models/session/reauthreason.h"
#include "models/session/session.h"
#include "ui/editor/unsavedchangesguard.h"
#include "ui/login/logindialog.h"
#include "ui/shell/mainwindow.h"

class AppServices;
class DraftStore;
class Journal;
class QNetworkAccessManager;
class SessionOpener;
class SessionStore;
class Settings;
class SignInFlow;
class UserService;

// Which window or dialog is shown, with no knowledge of the command line: the login dialog until a
// sign-in (the SignInFlow signs in), then the main window over the Session the SessionOpener
// opened (the staff tools in it when the person is support staff); back to the login dialog at
// sign-out; the one re-sign-in dialog over the window whenever the Session needs credentials. The
// services are AppServices'; what ends a session, the roles and the prompts are the models' to say.
//
// One main window for the program: built at the first sign-in, hidden (emptied) at sign-out, shown
// again at the next; its geometry is saved at sign-out and at Quit/close, which end the program.
// The sign-in is a dialog of its own, not over the window: while signed out the window is hidden,
// so nothing of the last person's form shows. The re-sign-in is a dialog over the window: the form
// and its edits stay in sight behind it, and it is modal to the window only.
//
class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(Settings *settings, SessionStore *sessions, QNetworkAccessManager *nam, QObject *parent = nullptr);
    // Closes the windows without asking (drafts of unsaved edits stay on disk).
    ~AppController() override;

    void setDemoServer(const QUrl &baseUrl, const QString &appId, const QString &apiKey, const QStringList &accounts);
    void setDraftDirectory(const QString &directory);
    void setAskUnsaved(UnsavedChangesGuard::AskFunction ask);

    void start();

    LoginDialog *loginDialog() const { return m_login; }
    MainWindow *mainWindow() const { return m_window; }
    // The signed-in person's own profile, while the editor is open.
    ProfileEdit *profile() const { return m_session ? m_session->ownProfile() : nullptr; }
    UserService *users() const;
    DraftStore *drafts() const;
    Journal *journal() const;

Q_SIGNALS:
    void loginShown();
    void editorOpened();
    // After sign-in the roles were checked: `offered` when the window now has the staff tools.
    void staffToolsChecked(bool offered);
    // The user closed the login dialog or the main window: the application is done.
    void finished();

private:
    void showLogin(const QString &message = QString());
    void openEditor();
    void createWindow();
    void saveGeometry();
    void showEditor();
    void closeEditor();
    void signOut();
    // The one re-sign-in dialog over the window, whoever asked (Session::credentialsNeeded); after
    // it, everything parked in the session runs again. KeyRejected opens the server panel.
    void reauthenticate(ReauthReason reason);
    // For support staff: the Directory, the Journal and users' tabs in the window.
    void offerStaffTools();

    Settings *m_settings;
    AppServices *m_services;
    SessionOpener *m_opener;
    SignInFlow *m_flow;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
    QPointer<LoginDialog> m_reauth; // the re-sign-in over the window, while it is open
    QPointer<Session> m_session; // the sign-in's, with the profiles open in it
    UnsavedChangesGuard::AskFunction m_ask;
};
