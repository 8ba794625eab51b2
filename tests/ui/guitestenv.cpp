#include "guitestenv.h"

#include "ui/editor/profileeditor.h"
#include "ui/login/logindialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebanner.h"

#include <QLineEdit>
#include <QPushButton>

GuiTestEnv::GuiTestEnv()
    : m_settings(std::make_unique<Settings>(m_dir.path() + QStringLiteral("/settings.ini")))
{
    MessageBanner::setAnimationsEnabled(false);
    m_settings->setServerKind(Settings::ServerKind::LocalDemo);
}

GuiTestEnv::~GuiTestEnv()
{
    m_app.reset();
    m_server.reset();
}

bool GuiTestEnv::startServer(quint16 port)
{
    Server::ServerOptions options;
    options.port = port;
    options.demoUsers = 3;
    // A file database: a restarted server (same port) still has every user and edit.
    options.databasePath = m_dir.path() + QStringLiteral("/server.sqlite");
    m_server = std::make_unique<Server::ServerHost>(options);
    QString error;
    if (!m_server->start(&error)) {
        qWarning("server did not start: %s", qPrintable(error));
        return false;
    }
    m_lastPort = m_server->port();
    return true;
}

AppController *GuiTestEnv::startApp(const QStringList &accounts)
{
    m_app = std::make_unique<AppController>(m_settings.get(), &m_sessions, &m_nam);
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(m_lastPort));
    m_app->setDemoServer(base, m_server ? m_server->options().appId : QStringLiteral("demo-app-id"),
                         m_server ? m_server->options().apiKey : QStringLiteral("demo-rest-key"), accounts);
    m_app->setDraftDirectory(draftDirectory());
    m_app->setAskUnsaved([this](QWidget *, std::function<void(UnsavedChangesGuard::Answer)> reply) {
        ++questionsAsked;
        reply(answer);
    });
    m_app->start();
    return m_app.get();
}

void GuiTestEnv::typeCredentials(LoginDialog *dialog, const QString &identity, const QString &password)
{
    auto *identityEdit = named<QLineEdit>(dialog, "identityEdit");
    auto *passwordEdit = named<QLineEdit>(dialog, "passwordEdit");
    identityEdit->clear();
    passwordEdit->clear();
    QTest::keyClicks(identityEdit, identity);
    QTest::keyClicks(passwordEdit, password);
    QTest::mouseClick(named<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
}

bool GuiTestEnv::signIn(const QString &identity, const QString &password)
{
    if (!m_app || !m_app->loginDialog())
        return false;
    typeCredentials(m_app->loginDialog(), identity, password);
    return QTest::qWaitFor([this] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }, 15000);
}

MainWindow *GuiTestEnv::window() const
{
    return m_app ? m_app->mainWindow() : nullptr;
}

ProfileEditor *GuiTestEnv::editor() const
{
    return window() ? window()->editor() : nullptr;
}

bool GuiTestEnv::staffSession()
{
    if (!m_server)
        return false;
    if (m_staffUsers && m_staffUsers->isLoggedIn()
        && m_staffClient->config() == Config::fromBaseUrl(m_server->baseUrl()))
        return true;
    m_staffClient = std::make_unique<RestClient>(Config::fromBaseUrl(m_server->baseUrl()), &m_nam);
    m_staffUsers = std::make_unique<UserService>(m_staffClient.get());
    m_staffData = std::make_unique<DataService>(m_staffClient.get(), m_staffUsers.get());
    bool ok = false;
    const bool finished = finish(m_staffUsers->login(Demo::support(), Demo::supportPassword()),
                                 [&](UserCall *call) { ok = !call->error().isError(); });
    return finished && ok;
}

User GuiTestEnv::readBack(const QString &objectId)
{
    User user;
    if (staffSession())
        finish(m_staffData->get(objectId), [&](UserCall *call) { user = call->result(); });
    return user;
}

bool GuiTestEnv::updateAsStaff(const QString &objectId, const QVariantMap &changes)
{
    bool ok = false;
    if (staffSession())
        finish(m_staffData->update(objectId, changes), [&](UserCall *call) { ok = !call->error().isError(); });
    return ok;
}

User GuiTestEnv::alice()
{
    User found;
    if (!staffSession())
        return found;
    DataQuery query;
    query.where = DataService::whereLike(QStringLiteral("email"), Demo::alice(), DataService::Match::Exact);
    finish(m_staffData->find(query), [&](UsersCall *call) {
        if (!call->result().isEmpty())
            found = call->result().constFirst();
    });
    return found;
}
