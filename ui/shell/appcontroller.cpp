#include "ui/shell/appcontroller.h"

#include "core/userservice.h"
#include "models/errorcatalog.h"
#include "models/profile/profileedit.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"
#include "models/session/appservices.h"
#include "models/session/sessionopener.h"
#include "models/session/signinflow.h"
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
    , m_services(new AppServices(settings, sessions, nam, this))
    , m_opener(new SessionOpener(m_services, this))
    , m_flow(m_services->flow())
{
    connect(m_flow, &SignInFlow::signedIn, this, &AppController::openEditor);
    connect(m_flow, &SignInFlow::restoreFailed, this, [this](const QString &message) { showLogin(message); });
    connect(m_flow, &SignInFlow::sessionNotKept, this, [this](const QString &why) {
        if (m_window && m_window->isVisible())
            m_window->editor()->showMessage(int(MessageBanner::Type::Warning), why);
    });
}

AppController::~AppController()
{
    delete m_window;
    delete m_login;
}

UserService *AppController::users() const
{
    return m_services->users();
}

DraftStore *AppController::drafts() const
{
    return m_services->drafts();
}

Journal *AppController::journal() const
{
    return m_services->journal();
}

void AppController::setDemoServer(const QUrl &baseUrl, const QString &appId, const QString &apiKey,
                                  const QStringList &accounts)
{
    m_flow->setDemoServer(DemoServer{baseUrl, appId, apiKey, accounts});
}

void AppController::setDraftDirectory(const QString &directory)
{
    m_services->setDraftDirectory(directory);
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

void AppController::openEditor()
{
    closeEditor();
    // The window is built while the schema is on its way and shown in a turn of the event loop of
    // its own, so that no single turn does all the work: the GUI thread never stalls for a frame.
    createWindow();
    SessionCall *call = m_opener->open(this);
    connect(call, &PendingCall::finished, this, [this, call] {
        if (call->error().isError() || !call->result()) {
            closeEditor();
            showLogin(ErrorCatalog::profileFormNotLoaded(call->error()));
            return;
        }
        m_session = call->result();
        ProfileEdit *profile = m_session->ownProfile();
        connect(m_session, &Session::credentialsNeeded, this, &AppController::reauthenticate);
        // The own editor's banner actions: the one sign-in, then its save again.
        const QPointer<ProfileSave> save = profile->save();
        const auto replay = [save] { return save ? save->retry() : nullptr; };
        connect(m_window->editor(), &ProfileEditor::signInRequested, m_session,
                [this, save, replay] { m_session->requestSignIn(ReauthReason::SessionEnded, save, replay); });
        connect(m_window->editor(), &ProfileEditor::serverSettingsRequested, m_session,
                [this, save, replay] { m_session->requestSignIn(ReauthReason::KeyRejected, save, replay); });
        offerStaffTools();
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
    // One window for the program, built at the first sign-in: later sign-ins show it again.
    if (!m_window) {
        m_window = new MainWindow;
        m_window->setObjectName(QStringLiteral("mainWindow"));
        if (m_ask)
            m_window->guard()->setAskFunction(m_ask);
        const QByteArray geometry = m_settings->windowGeometry();
        if (!geometry.isEmpty())
            m_window->restoreGeometry(geometry);
        connect(m_window, &MainWindow::signOutRequested, this, &AppController::signOut);
        // Every way out keeps the geometry: sign-out (closeEditor) and a plain Quit or close, which
        // ends the program.
        connect(m_window, &MainWindow::closing, this, [this] {
            saveGeometry();
            Q_EMIT finished();
        });
    }
    m_window->setSignedInAs(m_flow->identity(), m_flow->config().baseUrl().host());
}

void AppController::saveGeometry()
{
    m_settings->setWindowGeometry(m_window->saveGeometry());
    m_settings->sync();
}

void AppController::offerStaffTools()
{
    BoolCall *call = m_opener->checkSupportStaff();
    QPointer<MainWindow> window = m_window;
    connect(call, &PendingCall::finished, this, [this, call, window] {
        if (!call->result() || !window || window != m_window || !m_session || !m_session->ownProfile()) {
            Q_EMIT staffToolsChecked(false);
            return;
        }
        const QString serverKey = m_flow->config().serverKey();
        auto *tabs = new UserDirectoryTabs(m_session, serverKey);
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
        tabs->setSchema(m_session->ownProfile()->fields()->schema());
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
    // The window stays (hidden, with an empty editor); the session is deleted later, never here:
    // this runs from inside the window's own signals (File › Sign out is emitted by a menu of the
    // window), and a reply may still be on its way to a model.
    if (m_reauth)
        m_reauth->reject();
    if (m_window && m_window->isVisible()) {
        saveGeometry();
        m_window->hide();
    }
    if (m_window)
        m_window->endSession();
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
    const Session::Reauthentication ask = m_session->reauthentication(reason);
    auto *dialog = new LoginDialog(m_flow, m_window);
    m_reauth = dialog;
    dialog->setObjectName(QStringLiteral("reauthDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReauthentication(ask.identity, ask.prompt, ask.serverEditable);
    QPointer<Session> session = m_session;
    connect(dialog, &QDialog::accepted, this, [session] {
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
