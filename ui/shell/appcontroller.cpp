#include "ui/shell/appcontroller.h"

#include "core/accountservice.h"
#include "core/dataservice.h"
#include "core/fileservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "models/profile/profileedit.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"
#include "models/session/signinflow.h"
#include "models/staff/journal.h"
#include "persistence/draftstore.h"
#include "persistence/settings.h"
#include "ui/editor/profileeditor.h"
#include "ui/login/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/staff/journalview.h"
#include "ui/staff/userdirectorytabs.h"
#include "ui/widgets/messagebanner.h"

#include <QTimer>

AppController::AppController(Settings *settings, SessionStore *sessions, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_users(new UserService(new RestClient(Config(), nam, this), this))
    , m_flow(new SignInFlow(m_users, sessions, settings, this))
    , m_data(new DataService(m_users->client(), m_users, this))
    , m_files(new FileService(m_users->client(), m_users, this))
    , m_accounts(new AccountService(m_users->client(), m_users, this))
    , m_drafts(new DraftStore(QString(), this))
    , m_journal(new Journal(QString(), this))
{
    connect(m_flow, &SignInFlow::signedIn, this, [this] { openEditor(m_flow->config()); });
    connect(m_flow, &SignInFlow::restoreFailed, this, [this](const QString &message) { showLogin(message); });
    connect(m_flow, &SignInFlow::sessionNotKept, this, [this](const QString &why) {
        if (m_window && m_window->isVisible())
            m_window->editor()->showMessage(int(MessageBanner::Type::Warning), why);
    });
}

AppController::~AppController()
{
    // Unsaved edits are already in the draft store (debounced); write what is pending now.
    m_drafts->flush();
    delete m_window;
    delete m_login;
}

void AppController::setDemoServer(const QUrl &baseUrl, const QString &appId, const QString &apiKey,
                                  const QStringList &accounts)
{
    m_flow->setDemoServer(DemoServer{baseUrl, appId, apiKey, accounts});
}

void AppController::setDraftDirectory(const QString &directory)
{
    delete m_drafts;
    m_drafts = new DraftStore(directory, this);
}

void AppController::setAskUnsaved(UnsavedChangesGuard::AskFunction ask)
{
    m_ask = std::move(ask);
    if (m_window)
        m_window->guard()->setAskFunction(m_ask);
}

void AppController::start()
{
    m_flow->restore();
}

void AppController::showLogin(const QString &message)
{
    if (!m_login) {
        m_login = new LoginDialog(m_flow);
        m_login->setObjectName(QStringLiteral("loginDialog"));
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &QDialog::rejected, this, &AppController::finished);
    }
    if (!message.isEmpty())
        m_login->showMessage(MessageBanner::Type::Information, message);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
    Q_EMIT loginShown();
}

void AppController::openEditor(const Config &config)
{
    m_config = config;
    closeEditor();
    // The window is built while the schema is on its way and shown in a turn of the event loop of
    // its own, so that no single turn does all the work: the GUI thread never stalls for a frame.
    createWindow();
    SchemaCall *call = m_users->describeUserClass();
    connect(call, &PendingCall::finished, this, [this, call] {
        if (call->error().isError()) {
            closeEditor();
            m_users->clearSession();
            showLogin(tr("The profile form could not be loaded: %1").arg(call->error().displayText()));
            return;
        }
        // Owned by the session: the profile belongs to this sign-in and goes with it.
        // Another sign-in may be another server: whether it has the staff service is learnt again.
        m_accounts->forgetServiceState();
        m_session = new Session({m_users, m_data, m_drafts, m_journal, m_files}, m_config, m_flow->identity(), this);
        ProfileEdit *profile = m_session->openOwnProfile(call->result());
        connect(m_session, &Session::credentialsNeeded, this, &AppController::reauthenticate);
        // The own editor's banner actions: the one sign-in, then its save again.
        const QPointer<ProfileSave> save = profile->save();
        const auto replay = [save] { return save ? save->retry() : nullptr; };
        connect(m_window->editor(), &ProfileEditor::signInRequested, m_session,
                [this, save, replay] { m_session->requestSignIn(ReauthReason::SessionEnded, save, replay); });
        connect(m_window->editor(), &ProfileEditor::serverSettingsRequested, m_session,
                [this, save, replay] { m_session->requestSignIn(ReauthReason::KeyRejected, save, replay); });
        // Checking the current password signed in again, which ended the kept session's token.
        connect(m_session, &Session::sessionReplaced, m_flow, &SignInFlow::keepSessionIfWanted);
        offerStaffTools(call->result());
        // Building the form's rows is the largest single step: a turn of its own, too.
        QPointer<ProfileEdit> opened(profile);
        QTimer::singleShot(0, this, [this, opened] {
            if (!m_window || !opened)
                return;
            m_window->setProfile(opened);
            QTimer::singleShot(0, this, &AppController::showEditor);
        });
    });
}

void AppController::createWindow()
{
    m_window = new MainWindow;
    m_window->setObjectName(QStringLiteral("mainWindow"));
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    if (m_ask)
        m_window->guard()->setAskFunction(m_ask);
    m_window->setSignedInAs(m_flow->identity(), m_config.baseUrl().host());
    const QByteArray geometry = m_settings->windowGeometry();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    connect(m_window, &MainWindow::signOutRequested, this, &AppController::signOut);
    // Every way out keeps the geometry: sign-out (closeEditor) and a plain Quit or close.
    connect(m_window, &MainWindow::closing, this, [this] {
        m_settings->setWindowGeometry(m_window->saveGeometry());
        m_settings->sync();
    });
    connect(m_window, &QObject::destroyed, this, [this] {
        if (!m_login)
            Q_EMIT finished();
    });
}

void AppController::offerStaffTools(const UserSchema &schema)
{
    RolesCall *call = m_users->userRoles();
    QPointer<MainWindow> window = m_window;
    connect(call, &PendingCall::finished, this, [this, call, window, schema] {
        // A failed roles call offers nothing: the person edits their own profile as anyone does.
        const bool staff = !call->error().isError() && call->result().contains(QStringLiteral("SupportStaff"));
        if (!staff || !window || window != m_window || !m_session) {
            Q_EMIT staffToolsChecked(false);
            return;
        }
        auto *tabs = new UserDirectoryTabs(m_session, m_config.serverKey());
        tabs->setAccounts(m_accounts, {m_flow->identity(), m_config.serverKey()});
        tabs->setObjectName(QStringLiteral("staffTabs"));
        if (m_ask)
            tabs->setAskUnsaved(m_ask);
        // The journal's columns as the person left them.
        JournalView *journal = tabs->journalView();
        if (m_settings->contains(Settings::Key::JournalHiddenColumns))
            journal->setHiddenColumns(m_settings->value(Settings::Key::JournalHiddenColumns).toStringList());
        connect(journal, &JournalView::hiddenColumnsChanged, this,
                [this](const QStringList &names) { m_settings->setValue(Settings::Key::JournalHiddenColumns, names); });
        m_window->setStaffTabs(tabs);
        tabs->setSchema(schema);
        Q_EMIT staffToolsChecked(true);
    });
}

void AppController::showEditor()
{
    if (!m_window || !profile())
        return;
    m_window->show();
    // Why the session is not kept (no keychain), unless the banner already says something.
    m_window->showNotice(m_flow->takeNotice());
    if (m_login) {
        m_login->disconnect(this);
        m_login->close();
    }
    Q_EMIT editorOpened();
}

void AppController::closeEditor()
{
    // Deleted later, never here: this runs from inside the window's own signals (File › Sign out
    // is emitted by a menu that belongs to the window), and a reply may still be on its way to the
    // model. Deleting them at once freed the menu under its own event handler.
    if (m_window) {
        m_settings->setWindowGeometry(m_window->saveGeometry());
        m_window->disconnect(this);
        m_window->hide();
        m_window->deleteLater();
        m_window = nullptr;
    }
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
    }
    m_session = nullptr;
}

void AppController::signOut()
{
    if (m_session)
        m_session->end();
    m_flow->signOut();
    showLogin();
    closeEditor();
}

void AppController::reauthenticate(ReauthReason reason)
{
    if (!m_window || !m_session)
        return;
    // One sign-in for every asker: a second one (another tab's save, the directory) waits for it.
    if (m_reauth) {
        m_reauth->raise();
        m_reauth->activateWindow();
        return;
    }
    const bool serverEditable = reason == ReauthReason::KeyRejected;
    auto *dialog = new LoginDialog(m_flow, m_window);
    m_reauth = dialog;
    dialog->setObjectName(QStringLiteral("reauthDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReauthentication(m_flow->identity(), ErrorCatalog::signInAgainPrompt(reason), serverEditable);
    QPointer<Session> session = m_session;
    connect(dialog, &QDialog::accepted, this, [this, session] {
        m_config = m_flow->config();
        if (session)
            session->renewed(); // everything that waited runs again
    });
    connect(dialog, &QDialog::rejected, this, [session] {
        // Each waiting form already says what was not done and offers "Sign in again…".
        if (session)
            session->signInCancelled();
    });
    dialog->open();
}
