#include "ui/shell/appcontroller.h"

#include "core/dataservice.h"
#include "persistence/draftstore.h"
#include "models/staff/journal.h"
#include "ui/login/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebanner.h"
#include "models/profile/passwordchange.h"
#include "ui/editor/profileeditor.h"
#include "models/profilegateway.h"
#include "core/restclient.h"
#include "ui/login/serverchoice.h"
#include "persistence/sessionstore.h"
#include "persistence/settings.h"
#include "ui/staff/userdirectorytabs.h"
#include "models/profile/usermodel.h"
#include "core/userservice.h"

#include <QTimer>

AppController::AppController(Settings *settings, SessionStore *sessions, QNetworkAccessManager *nam,
                             QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_sessions(sessions)
    , m_client(new RestClient(Config(), nam, this))
    , m_users(new UserService(m_client, this))
    , m_data(new DataService(m_client, m_users, this))
    , m_drafts(new DraftStore(QString(), this))
    , m_journal(new Journal(QString(), this))
{
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
    m_demoBaseUrl = baseUrl;
    m_demoAppId = appId;
    m_demoApiKey = apiKey;
    m_demoAccounts = accounts;
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
    if (m_settings->staySignedIn() && !m_settings->lastIdentity().isEmpty() && m_sessions->isAvailable())
        restoreSession();
    else
        showLogin();
}

QString AppController::sessionKey(const Config &config, const QString &identity) const
{
    return SessionStore::keyFor(config, identity);
}

void AppController::restoreSession()
{
    ServerChoice choice = ServerChoice::fromSettings(*m_settings);
    if (choice.kind == Settings::ServerKind::LocalDemo && m_demoBaseUrl.isValid()) {
        // As the server panel does: the demo server is reached with its own ids.
        choice.appId = m_demoAppId;
        choice.apiKey = m_demoApiKey;
    }
    const Config config = choice.toConfig(m_demoBaseUrl);
    if (!config.isValid()) {
        showLogin();
        return;
    }
    const QString key = sessionKey(config, m_settings->lastIdentity());
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_sessions, &SessionStore::loaded, this,
                          [this, key, config, connection](const QString &loadedKey, const QString &secret,
                                                          const QString &errorString) {
        if (loadedKey != key)
            return;
        disconnect(*connection);
        User user;
        QString token;
        if (!errorString.isEmpty() || !SessionStore::unpackSession(secret, &user, &token)) {
            showLogin();
            return;
        }
        m_client->setConfig(config);
        m_users->restoreSession(user, token);
        // The keychain holds only who the token belongs to. The profile itself (and its `updated`
        // stamp, which the save's conflict check compares) comes from the server; reading it also
        // tells whether the session is still valid.
        UserCall *reload = m_users->reloadCurrentUser();
        connect(reload, &PendingCall::finished, this, [this, reload, config] {
            const Error error = reload->error();
            if (error.isError()) {
                m_users->clearSession();
                const bool sessionGone = error.kind == Error::Kind::Server
                    && (error.code == ErrorCode::InvalidUserToken || error.code == ErrorCode::NotLoggedIn);
                showLogin(sessionGone ? ErrorCatalog::sessionEnded() : ErrorCatalog::text(error));
                return;
            }
            m_identity = m_settings->lastIdentity();
            openEditor(config);
        });
    });
    m_sessions->load(key);
}

void AppController::showLogin(const QString &message)
{
    if (!m_login) {
        m_login = new LoginDialog(m_users, m_settings);
        m_login->setObjectName(QStringLiteral("loginDialog"));
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        if (m_demoBaseUrl.isValid())
            m_login->setDemoServer(m_demoBaseUrl, m_demoAppId, m_demoApiKey, m_demoAccounts);
        connect(m_login, &QDialog::accepted, this, &AppController::onSignedIn);
        connect(m_login, &QDialog::rejected, this, &AppController::finished);
    }
    if (!message.isEmpty())
        m_login->showMessage(MessageBanner::Type::Information, message);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
    Q_EMIT loginShown();
}

void AppController::onSignedIn()
{
    const Config config = m_login->config();
    m_identity = m_login->identity();
    const QString key = sessionKey(config, m_identity);
    if (m_login->staySignedIn())
        keepSession(key);
    else
        m_sessions->remove(key);
    openEditor(config);
}

void AppController::keepSession(const QString &key)
{
    // Without a keychain the session cannot be kept anywhere safe: say so rather than fail silently.
    auto cannotKeep = [this](const QString &why) {
        m_settings->setStaySignedIn(false);
        m_notice = why;
        if (m_window && m_window->isVisible())
            m_window->editor()->showMessage(int(MessageBanner::Type::Warning), m_notice);
    };
    if (!m_sessions->isAvailable()) {
        cannotKeep(m_sessions->unavailableReason());
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_sessions, &SessionStore::stored, this,
                          [this, key, connection, cannotKeep](const QString &storedKey, const QString &errorString) {
        if (storedKey != key)
            return;
        disconnect(*connection);
        if (!errorString.isEmpty())
            cannotKeep(m_sessions->unavailableReason().isEmpty() ? errorString : m_sessions->unavailableReason());
    });
    m_sessions->store(key, SessionStore::packSession(m_users->currentUser(), m_users->userToken()));
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
        const User user = m_users->currentUser();
        m_gateway = new SelfProfileGateway(m_users, m_data, this);
        m_model = new UserModel(m_gateway, this);
        m_model->setSchema(call->result());
        m_model->setUser(user);
        m_model->setDraftStore(m_drafts, DraftKey{m_config.serverKey(), m_config.appId(), user.objectId()});
        connect(m_model, &UserModel::reauthenticationRequired, this, [this](const Error &reason) { reauthenticate(reason); });
        // Owned by the model: both belong to this sign-in and go with it.
        auto *passwordChange = new PasswordChange(m_users, m_model);
        passwordChange->setIdentityProperty(call->result().identityProperty());
        // Checking the current password signed in again, which ended the kept session's token.
        connect(passwordChange, &PasswordChange::sessionReplaced, this, [this] {
            if (m_settings->staySignedIn())
                keepSession(sessionKey(m_config, m_identity));
        });
        if (m_window)
            m_window->editor()->setPasswordChange(passwordChange);
        offerStaffTools(call->result());
        // Building the form's rows is the largest single step: a turn of its own, too.
        QTimer::singleShot(0, this, [this] {
            if (!m_window || !m_model)
                return;
            m_window->setModel(m_model);
            m_model->restoreDraft();
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
    m_window->setSignedInAs(m_identity, m_config.baseUrl().host());
    const QByteArray geometry = m_settings->windowGeometry();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    connect(m_window, &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(m_window, &QObject::destroyed, this, [this] {
        if (!m_login)
            Q_EMIT finished();
    });
    connect(m_window->editor(), &ProfileEditor::signInRequested, this, [this] {
        reauthenticate(Error::server(ErrorCode::InvalidUserToken, QString(), 401));
    });
    connect(m_window->editor(), &ProfileEditor::serverSettingsRequested, this, [this] {
        reauthenticate(Error::server(ErrorCode::WrongAppIdOrKey, QString(), 400), true);
    });
}

void AppController::offerStaffTools(const UserSchema &schema)
{
    RolesCall *call = m_users->userRoles();
    QPointer<MainWindow> window = m_window;
    connect(call, &PendingCall::finished, this, [this, call, window, schema] {
        // A failed roles call offers nothing: the person edits their own profile as anyone does.
        const bool staff = !call->error().isError() && call->result().contains(QStringLiteral("SupportStaff"));
        if (!staff || !window || window != m_window) {
            Q_EMIT staffToolsChecked(false);
            return;
        }
        const User me = m_users->currentUser();
        // This account's drafts of other users' profiles, apart from anyone's own draft.
        const QString drafts = m_drafts->directory() + QStringLiteral("/staff-") + me.objectId();
        auto *tabs = new UserDirectoryTabs(m_data, m_journal, drafts, {m_identity, m_config.serverKey()},
                                           m_config.appId());
        tabs->setObjectName(QStringLiteral("staffTabs"));
        if (m_ask)
            tabs->setAskUnsaved(m_ask);
        connect(tabs, &UserDirectoryTabs::reauthenticationRequired, this,
                [this](UserModel *model, const Error &reason) { reauthenticate(reason, false, model); });
        m_window->setStaffTabs(tabs);
        tabs->setSchema(schema);
        Q_EMIT staffToolsChecked(true);
    });
}

void AppController::showEditor()
{
    if (!m_window || !m_model)
        return;
    m_window->show();
    if (!m_notice.isEmpty() && m_window->editor()->banner()->text().isEmpty())
        m_window->editor()->showMessage(int(MessageBanner::Type::Warning), m_notice);
    m_notice.clear();
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
    for (QObject *object : {static_cast<QObject *>(m_model.data()), static_cast<QObject *>(m_gateway.data())}) {
        if (object) {
            object->disconnect(this);
            object->deleteLater();
        }
    }
    m_model = nullptr;
    m_gateway = nullptr;
}

void AppController::signOut()
{
    m_sessions->remove(sessionKey(m_config, m_identity));
    m_settings->setStaySignedIn(false);
    PendingCall *logout = m_users->logout();
    Q_UNUSED(logout) // the local session is dropped either way; the server's ends on its own
    showLogin();
    closeEditor();
}

void AppController::reauthenticate(const Error &reason, bool serverEditable, UserModel *target)
{
    if (!m_window || !m_model)
        return;
    const QPointer<UserModel> replay = target ? target : m_model.data();
    auto *dialog = new LoginDialog(m_users, m_settings, m_window);
    dialog->setObjectName(QStringLiteral("reauthDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString why;
    if (serverEditable)
        why = tr("Check the application ID and REST API key, then sign in to save your changes; they are kept.");
    else if (reason.code == ErrorCode::NotLoggedIn)
        why = tr("You are not signed in any more. Sign in to save your changes; they are kept.");
    else
        why = tr("%1 Sign in again to save your changes; they are kept.").arg(ErrorCatalog::sessionEnded());
    dialog->setReauthentication(m_identity, why, serverEditable);
    if (serverEditable && m_demoBaseUrl.isValid())
        dialog->setDemoServer(m_demoBaseUrl, m_demoAppId, m_demoApiKey, {});
    connect(dialog, &QDialog::accepted, this, [this, dialog, replay] {
        m_config = dialog->config();
        if (m_settings->staySignedIn())
            keepSession(sessionKey(m_config, m_identity));
        if (replay)
            replay->retry();
    });
    connect(dialog, &QDialog::rejected, this, [this, reason, serverEditable, target, replay] {
        if (!m_window)
            return;
        // The message goes where the unsaved edits are: the own profile, or that staff tab.
        ProfileEditor *editor = m_window->editor();
        if (target && replay && m_window->staffTabs())
            editor = m_window->staffTabs()->editorFor(replay->objectId());
        if (!editor)
            return;
        if (serverEditable)
            editor->showError(ErrorCatalog::text(reason), ErrorCatalog::Action::ServerSettings);
        else
            editor->showError(tr("Not saved: you are signed out. Your changes are still in the form."),
                              ErrorCatalog::Action::SignIn);
    });
    dialog->open();
}
