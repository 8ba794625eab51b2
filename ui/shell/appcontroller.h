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

class AccountService;
class DataService;
class FileService;
class DraftStore;
class Journal;
class QNetworkAccessManager;
class SessionStore;
class Settings;
class SignInFlow;
class UserSchema;
class UserService;
struct Error;

// The application's lifetime, with no knowledge of the command line: restore a kept session or show
// the login dialog (the SignInFlow does the signing in); after sign-in load the schema and open the editor on the
// user's profile (with any draft restored); sign out back to the login dialog; the login dialog over the editor when a
// save finds the session gone, then the same save again.
//
// main.cpp builds one; GUI tests build one against an in-process server, destroy it, and build
// another to see what survives (drafts, settings).
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
    UserService *users() const { return m_users; }
    DraftStore *drafts() const { return m_drafts; }
    Journal *journal() const { return m_journal; }

Q_SIGNALS:
    void loginShown();
    void editorOpened();
    // After sign-in the roles were checked: `offered` when the window now has the staff tools.
    void staffToolsChecked(bool offered);
    // The user closed the login dialog or the main window: the application is done.
    void finished();

private:
    void showLogin(const QString &message = QString());
    void openEditor(const Config &config);
    void createWindow();
    void showEditor();
    void closeEditor();
    void signOut();
    // The one re-sign-in dialog over the window, whoever asked (Session::credentialsNeeded); after
    // it, everything parked in the session runs again. KeyRejected opens the server panel.
    void reauthenticate(ReauthReason reason);
    // SupportStaff (GET /users/userroles): the Directory, the Journal and users' tabs in the window.
    void offerStaffTools(const UserSchema &schema);

    Settings *m_settings;
    UserService *m_users;
    SignInFlow *m_flow;
    DataService *m_data;
    FileService *m_files;
    AccountService *m_accounts;
    DraftStore *m_drafts;
    Journal *m_journal;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
    QPointer<LoginDialog> m_reauth; // the re-sign-in over the window, while it is open
    QPointer<Session> m_session; // the sign-in's, with the profiles open in it
    UnsavedChangesGuard::AskFunction m_ask;
    Config m_config;
};
