#pragma once

// Shared set-up of the GUI tests: an in-process server (optionally on a file database so that a
// restart keeps the data), a temporary settings file, an in-memory session store, and the real
// AppController with its real windows. The modal question of the unsaved-changes guard is answered
// through its seam (UnsavedChangesGuard::AskFunction), never by driving a QMessageBox.

#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "demoaccounts.h"
#include "host/serverhost.h"
#include "pendingcallwait.h"
#include "persistence/sessionstore.h"
#include "persistence/settings.h"
#include "ui/editor/unsavedchangesguard.h"
#include "ui/shell/appcontroller.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class LoginDialog;
class MainWindow;
class ProfileEditor;

class GuiTestEnv
{
public:
    GuiTestEnv();
    ~GuiTestEnv();

    // port 0 = ephemeral; a given port restarts a server where the app expects it.
    bool startServer(quint16 port = 0);
    void stopServer() { m_server.reset(); }
    Server::ServerHost *server() const { return m_server.get(); }
    quint16 lastPort() const { return m_lastPort; }

    Settings *settings() { return m_settings.get(); }
    MemorySessionStore *sessions() { return &m_sessions; }
    QNetworkAccessManager *nam() { return &m_nam; }
    QString draftDirectory() const { return m_dir.path() + QStringLiteral("/drafts"); }

    // Answers of the unsaved-changes question, recorded: the test decides the answer.
    UnsavedChangesGuard::Answer answer = UnsavedChangesGuard::Answer::Cancel;
    int questionsAsked = 0;

    // A controller wired like main.cpp does, pointed at the local server, started; `accounts` are
    // the demo accounts the login dialog lists.
    AppController *startApp(const QStringList &accounts = {});
    AppController *app() const { return m_app.get(); }
    void destroyApp() { m_app.reset(); }

    // Types into the login dialog and clicks Sign in (does not wait).
    static void typeCredentials(LoginDialog *dialog, const QString &identity, const QString &password);
    // Signs in through the login dialog and waits for the editor; false on failure.
    bool signIn(const QString &identity = Demo::alice(), const QString &password = Demo::alicePassword());

    // A support-staff session of its own (SupportStaff may read and update any user), to read
    // back what reached the server and to change a profile behind the app's back.
    User readBack(const QString &objectId);
    bool updateAsStaff(const QString &objectId, const QVariantMap &changes);
    // Alice's user as the server holds it.
    User alice();

    MainWindow *window() const;
    ProfileEditor *editor() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Server::ServerHost> m_server;
    quint16 m_lastPort = 0;
    MemorySessionStore m_sessions;
    QNetworkAccessManager m_nam;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<RestClient> m_staffClient;
    std::unique_ptr<UserService> m_staffUsers;
    std::unique_ptr<DataService> m_staffData;
    bool staffSession();
};

// findChild that names what is missing.
template<typename T>
T *named(const QObject *parent, const char *name)
{
    T *child = parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!child)
        qWarning("no child %s", name);
    return child;
}
