// The login dialog against the in-process server: sign in, every login error where it belongs,
// busy state with Cancel, Retry after a network failure, password reset, Stay signed in.

#include "core/restclient.h"
#include "core/userservice.h"
#include "guitestenv.h"
#include "lanserver.h"
#include "misbehavingserver.h"
#include "ui/editor/profileeditor.h"
#include "ui/login/logindialog.h"
#include "ui/login/serverpanel.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signInOpensTheEditor();
    void identityLabelFromSchemaAndBuddies();
    void loginErrors_data();
    void loginErrors();
    void accountStateErrorsFromServer_data();
    void accountStateErrorsFromServer();
    void wrongAppIdOpensServerPanel();
    void networkErrorThenRetry();
    void busyStateAndCancel();
    void forgotPassword();
    void showPasswordAndCapsLock();
    void staySignedInSkipsTheDialogNextTime();
    void serverChoiceIsRemembered();
    void noKeychainSaysSo();
    void insecureServerNeedsTheOptIn();
    void saysWhereYouSignIn();

private:
    void showServerPanelAndChooseCustom(const QString &url, const QString &appId = QString(),
                                        const QString &apiKey = QString());
    LoginDialog *dialog() const { return m_env->app()->loginDialog(); }
    QString labelText(const char *name) const
    {
        auto *label = named<QLabel>(dialog(), name);
        return label && label->isVisible() ? label->text() : QString();
    }

    std::unique_ptr<GuiTestEnv> m_env;
};

void TestLoginDialog::init()
{
    m_env = std::make_unique<GuiTestEnv>();
    QVERIFY(m_env->startServer());
    m_env->startApp();
    QVERIFY(dialog());
    QVERIFY(QTest::qWaitForWindowExposed(dialog()));
}

void TestLoginDialog::cleanup()
{
    m_env.reset();
}

void TestLoginDialog::signInOpensTheEditor()
{
    QSignalSpy opened(m_env->app(), &AppController::editorOpened);
    QVERIFY(m_env->signIn());
    QCOMPARE(opened.count(), 1);
    QTRY_VERIFY(!m_env->app()->loginDialog());
    QVERIFY(m_env->window()->windowTitle().contains(Demo::alice()));
    QCOMPARE(m_env->settings()->lastIdentity(), Demo::alice());
}

void TestLoginDialog::identityLabelFromSchemaAndBuddies()
{
    auto *label = named<QLabel>(dialog(), "identityLabel");
    QTRY_COMPARE(label->text(), QStringLiteral("&Email:"));
    QCOMPARE(label->buddy(), named<QLineEdit>(dialog(), "identityEdit"));
    QCOMPARE(named<QLabel>(dialog(), "passwordLabel")->buddy(), named<QLineEdit>(dialog(), "passwordEdit"));
    QCOMPARE(named<QLineEdit>(dialog(), "identityEdit")->accessibleName(), QStringLiteral("Email"));
    // Tab order: identity -> password -> show/hide -> stay signed in, by keyboard.
    dialog()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog()));
    named<QLineEdit>(dialog(), "identityEdit")->setFocus();
    for (const char *next : {"passwordEdit", "showPasswordButton", "staySignedInCheck", "forgotPasswordButton"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QLatin1String(next));
    }
}

void TestLoginDialog::loginErrors_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("where"); // identity | password | banner
    QTest::addColumn<int>("lockAfter"); // failed logins before 3036; 0 = no lockout scenario

    QTest::newRow("3003 wrong password") << Demo::alice() << QStringLiteral("wrong") << "password" << 0;
    QTest::newRow("3003 unknown user") << QStringLiteral("nobody@example.com") << QStringLiteral("x") << "password"
                                       << 0;
    QTest::newRow("3006 empty password") << Demo::alice() << QString() << "password" << 0;
    QTest::newRow("3006 empty identity") << QString() << QStringLiteral("x") << "identity" << 0;
    QTest::newRow("3036 locked") << Demo::alice() << Demo::alicePassword() << "banner" << 2;
    QTest::newRow("3090 disabled") << Demo::bob() << Demo::bobPassword() << "banner" << 0;
}

void TestLoginDialog::loginErrors()
{
    QFETCH(QString, identity);
    QFETCH(QString, password);
    QFETCH(QString, where);
    QFETCH(int, lockAfter);

    if (lockAfter > 0) {
        m_env->server()->setLockout(lockAfter, 600);
        for (int i = 0; i < lockAfter; ++i) {
            GuiTestEnv::typeCredentials(dialog(), identity, QStringLiteral("wrong"));
            QTRY_VERIFY(!labelText("passwordErrorLabel").isEmpty());
        }
    }
    if (identity == Demo::bob())
        QVERIFY(m_env->server()->setUserStatus(Demo::bob(), QStringLiteral("DISABLED")));

    GuiTestEnv::typeCredentials(dialog(), identity, password);
    auto *banner = named<MessageBanner>(dialog(), "messageBanner");
    QTRY_VERIFY(!dialog()->isBusy());
    QTRY_VERIFY(!labelText("identityErrorLabel").isEmpty() || !labelText("passwordErrorLabel").isEmpty()
                || !banner->text().isEmpty());

    const QString identityError = labelText("identityErrorLabel");
    const QString passwordError = labelText("passwordErrorLabel");
    QCOMPARE(!identityError.isEmpty(), where == QLatin1String("identity"));
    QCOMPARE(!passwordError.isEmpty(), where == QLatin1String("password"));
    QCOMPARE(!banner->text().isEmpty(), where == QLatin1String("banner"));
    if (where == QLatin1String("banner"))
        QCOMPARE(banner->type(), MessageBanner::Type::Error);
    QVERIFY(!m_env->app()->mainWindow());

    // The field in error says so to assistive technology, and has the focus.
    if (where != QLatin1String("banner")) {
        auto *field = named<QLineEdit>(dialog(), where == QLatin1String("identity") ? "identityEdit" : "passwordEdit");
        QCOMPARE(field->accessibleDescription(), where == QLatin1String("identity") ? identityError : passwordError);
        QCOMPARE(QApplication::focusWidget(), field);
    }
    // Nothing typed is lost: the identity is still there.
    QCOMPARE(named<QLineEdit>(dialog(), "identityEdit")->text(), identity);
}

// 3000, 3002 and 3044 depend on Backendless console settings the local server does not model; a
// scripted server answers them exactly as Backendless does.
void TestLoginDialog::accountStateErrorsFromServer_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("3000 login disabled") << 3000;
    QTest::newRow("3002 multiple logins") << 3002;
    QTest::newRow("3044 concurrent limit") << 3044;
}

void TestLoginDialog::accountStateErrorsFromServer()
{
    QFETCH(int, code);
    MisbehavingServer scripted;
    QVERIFY(scripted.listen());
    scripted.setRawReply(MisbehavingServer::response(
        400, QByteArrayLiteral("application/json"),
        QStringLiteral("{\"code\":%1,\"message\":\"refused\",\"errorData\":{}}").arg(code).toUtf8()));

    showServerPanelAndChooseCustom(scripted.baseUrl().toString());
    GuiTestEnv::typeCredentials(dialog(), Demo::alice(), Demo::alicePassword());
    auto *banner = named<MessageBanner>(dialog(), "messageBanner");
    QTRY_VERIFY(!banner->text().isEmpty());
    QCOMPARE(banner->type(), MessageBanner::Type::Error);
    QVERIFY(labelText("passwordErrorLabel").isEmpty());
    QVERIFY(labelText("identityErrorLabel").isEmpty());
    QVERIFY(!scripted.requests().isEmpty());
    QVERIFY(scripted.requests().constLast().target.endsWith("/users/login"));
}

void TestLoginDialog::showServerPanelAndChooseCustom(const QString &url, const QString &appId, const QString &apiKey)
{
    auto *toggle = named<QToolButton>(dialog(), "serverToggleButton");
    if (!toggle->isChecked())
        QTest::mouseClick(toggle, Qt::LeftButton);
    auto *panel = named<ServerPanel>(dialog(), "serverPanel");
    QVERIFY(panel->isVisible());
    auto *combo = named<QComboBox>(panel, "serverKindCombo");
    combo->setCurrentIndex(combo->findData(int(Settings::ServerKind::Custom)));
    for (auto [name, text] :
         {std::pair{"serverUrlEdit", url}, std::pair{"appIdEdit", appId}, std::pair{"apiKeyEdit", apiKey}}) {
        auto *edit = named<QLineEdit>(panel, name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
}

void TestLoginDialog::wrongAppIdOpensServerPanel()
{
    // The demo server on its classic path with a wrong application id.
    auto *panel = named<ServerPanel>(dialog(), "serverPanel");
    QVERIFY(!panel->isVisible());
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_env->server()->port());
    showServerPanelAndChooseCustom(url, QStringLiteral("wrong-app"), QStringLiteral("demo-rest-key"));
    QTest::mouseClick(named<QToolButton>(dialog(), "serverToggleButton"), Qt::LeftButton); // folded again
    QVERIFY(!panel->isVisible());

    GuiTestEnv::typeCredentials(dialog(), Demo::alice(), Demo::alicePassword());
    auto *banner = named<MessageBanner>(dialog(), "messageBanner");
    QTRY_VERIFY(!banner->text().isEmpty());
    QCOMPARE(banner->type(), MessageBanner::Type::Error);
    QVERIFY(panel->isVisible());
    QCOMPARE(QApplication::focusWidget(), named<QLineEdit>(panel, "appIdEdit"));

    // Fixing the id signs in.
    auto *appId = named<QLineEdit>(panel, "appIdEdit");
    appId->selectAll();
    QTest::keyClicks(appId, m_env->server()->options().appId);
    QTest::mouseClick(named<QPushButton>(dialog(), "signInButton"), Qt::LeftButton);
    QTRY_VERIFY(m_env->window() && m_env->window()->isVisible());
    QCOMPARE(m_env->settings()->serverKind(), Settings::ServerKind::Custom);
    QCOMPARE(m_env->settings()->appId(), m_env->server()->options().appId);
}

void TestLoginDialog::networkErrorThenRetry()
{
    const quint16 port = m_env->server()->port();
    m_env->stopServer();
    GuiTestEnv::typeCredentials(dialog(), Demo::alice(), Demo::alicePassword());
    auto *banner = named<MessageBanner>(dialog(), "messageBanner");
    QTRY_VERIFY(!banner->text().isEmpty());
    QVERIFY(banner->hasAction());
    auto *retry = named<QPushButton>(banner, "bannerActionButton");
    QVERIFY(retry->isVisible());
    QVERIFY(named<QLineEdit>(dialog(), "passwordEdit")->text() == Demo::alicePassword()); // kept for Retry

    QVERIFY(m_env->startServer(port));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(m_env->window() && m_env->window()->isVisible());
}

void TestLoginDialog::busyStateAndCancel()
{
    m_env->server()->setResponseDelay(3000);
    GuiTestEnv::typeCredentials(dialog(), Demo::alice(), Demo::alicePassword());
    QVERIFY(dialog()->isBusy());
    QVERIFY(named<QProgressBar>(dialog(), "busyIndicator")->isVisible());
    QVERIFY(!named<QLineEdit>(dialog(), "identityEdit")->isEnabled());
    QVERIFY(!named<QPushButton>(dialog(), "signInButton")->isEnabled());
    auto *cancel = named<QPushButton>(dialog(), "cancelButton");
    QVERIFY(cancel->isEnabled());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog()->isBusy());
    QVERIFY(dialog()->isVisible()); // Cancel stopped the sign-in, not the dialog
    QVERIFY(!named<QProgressBar>(dialog(), "busyIndicator")->isVisible());
    QVERIFY(named<QLineEdit>(dialog(), "identityEdit")->isEnabled());
    QVERIFY(named<QPushButton>(dialog(), "signInButton")->isEnabled());
    QVERIFY(!named<MessageBanner>(dialog(), "messageBanner")->text().isEmpty());
    QTest::qWait(200);
    QVERIFY(!m_env->window());
}

void TestLoginDialog::forgotPassword()
{
    auto *identity = named<QLineEdit>(dialog(), "identityEdit");
    identity->clear();
    QTest::mouseClick(named<QPushButton>(dialog(), "forgotPasswordButton"), Qt::LeftButton);
    QVERIFY(!labelText("identityErrorLabel").isEmpty()); // asks for the address first

    // The same answer for an account and for an address no account uses: the form tells no one
    // which addresses have accounts.
    const QString neutral = QStringLiteral("If an account uses this address, a reset email is on its way.");
    auto *button = named<QPushButton>(dialog(), "forgotPasswordButton");
    QTest::keyClicks(identity, Demo::alice());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QCOMPARE(labelText("forgotPasswordResultLabel"), neutral);

    identity->clear();
    QTest::keyClicks(identity, QStringLiteral("nobody@example.com"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // the request is on its way
    QTRY_VERIFY(button->isEnabled());
    QCOMPARE(labelText("forgotPasswordResultLabel"), neutral);
}

void TestLoginDialog::showPasswordAndCapsLock()
{
    auto *password = named<QLineEdit>(dialog(), "passwordEdit");
    auto *toggle = named<QToolButton>(dialog(), "showPasswordButton");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    auto *caps = named<QLabel>(dialog(), "capsLockLabel");
    password->setFocus();
    QTest::keyClick(password, Qt::Key_A, Qt::NoModifier); // lower case without Shift: off
    QVERIFY(!caps->isVisible());
    // Upper case without Shift: what Caps Lock produces.
    QTest::sendKeyEvent(QTest::Click, password, Qt::Key_A, QStringLiteral("A"), Qt::NoModifier);
    QVERIFY(caps->isVisible());
    QTest::sendKeyEvent(QTest::Click, password, Qt::Key_A, QStringLiteral("A"), Qt::ShiftModifier);
    QVERIFY(!caps->isVisible());
}

void TestLoginDialog::staySignedInSkipsTheDialogNextTime()
{
    auto *stay = named<QCheckBox>(dialog(), "staySignedInCheck");
    QTest::keyClick(stay, Qt::Key_Space);
    QVERIFY(stay->isChecked());
    QVERIFY(m_env->signIn());
    QTRY_COMPARE(m_env->sessions()->contents().size(), 1);
    // The keychain holds a token; settings and the sessions' values never hold the password.
    QVERIFY(!m_env->sessions()->contents().constBegin().value().contains(Demo::alicePassword()));

    m_env->destroyApp();
    QSignalSpy opened(m_env->startApp(), &AppController::editorOpened);
    QVERIFY(opened.wait(10000));
    QVERIFY(!m_env->app()->loginDialog());
    QVERIFY(m_env->window()->isVisible());

    // Signing out forgets the kept session.
    m_env->window()->requestSignOut();
    QTRY_VERIFY(m_env->app()->loginDialog());
    QTRY_COMPARE(m_env->sessions()->contents().size(), 0);
}

void TestLoginDialog::serverChoiceIsRemembered()
{
    const QString url = QStringLiteral("http://127.0.0.1:%1/api").arg(m_env->server()->port());
    showServerPanelAndChooseCustom(url);
    // A server being typed is only a choice: the label's schema probe (editingFinished) asks it on a
    // client of its own; the client signed in with and Settings learn it at Sign in.
    QTest::keyClick(named<QLineEdit>(dialog(), "apiKeyEdit"), Qt::Key_Tab);
    QTRY_COMPARE(named<QLabel>(dialog(), "identityLabel")->text(), QStringLiteral("&Email:"));
    QVERIFY(!m_env->app()->users()->client()->config().isValid());
    QCOMPARE(m_env->settings()->serverKind(), Settings::ServerKind::LocalDemo);
    QVERIFY(m_env->signIn());
    QCOMPARE(m_env->app()->users()->client()->config().baseUrl(), QUrl(url));
    QCOMPARE(m_env->settings()->serverKind(), Settings::ServerKind::Custom);
    QCOMPARE(m_env->settings()->serverUrl(), url);

    m_env->destroyApp();
    m_env->startApp();
    auto *panel = named<ServerPanel>(dialog(), "serverPanel");
    QCOMPARE(panel->kind(), Settings::ServerKind::Custom);
    QCOMPARE(named<QLineEdit>(panel, "serverUrlEdit")->text(), url);
    QCOMPARE(named<QLineEdit>(dialog(), "identityEdit")->text(), Demo::alice());
}

void TestLoginDialog::noKeychainSaysSo()
{
    m_env->sessions()->setAvailable(false);
    auto *stay = named<QCheckBox>(dialog(), "staySignedInCheck");
    QTest::keyClick(stay, Qt::Key_Space);
    QVERIFY(m_env->signIn());
    MessageBanner *banner = m_env->editor()->banner();
    QTRY_COMPARE(banner->text(), m_env->sessions()->unavailableReason());
    QCOMPARE(banner->type(), MessageBanner::Type::Warning);
    QVERIFY(m_env->sessions()->contents().isEmpty());
    QVERIFY(!m_env->settings()->staySignedIn()); // the next start asks again instead of failing
}

// Backendless Pro on a LAN host over plain http: refused, with nothing sent, until the person ticks
// the opt-in (and sees the warning); the choice is remembered for that server only.
void TestLoginDialog::insecureServerNeedsTheOptIn()
{
    const QHostAddress outside = TestSupport::lanAddress();
    if (outside.isNull())
        QSKIP("this machine has no non-loopback IPv4 address");

    // A listener that only counts connections: without the opt-in none may arrive.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::AnyIPv4));
    int connections = 0;
    connect(&listener, &QTcpServer::newConnection, &listener, [&] {
        while (QTcpSocket *socket = listener.nextPendingConnection()) {
            ++connections;
            socket->close();
        }
    });
    const QString appId = m_env->server()->options().appId;
    const QString apiKey = m_env->server()->options().apiKey;
    auto *panel = named<ServerPanel>(dialog(), "serverPanel");
    auto *allow = named<QCheckBox>(panel, "allowInsecureCheck");
    auto *warning = named<QLabel>(panel, "insecureWarningLabel");
    // Offered only where it matters: not for https, not for this machine (port 9: nobody listens).
    showServerPanelAndChooseCustom(QStringLiteral("https://%1:9").arg(outside.toString()));
    QVERIFY(!allow->isVisible());
    showServerPanelAndChooseCustom(QStringLiteral("http://127.0.0.1:9"));
    QVERIFY(!allow->isVisible());
    showServerPanelAndChooseCustom(QStringLiteral("http://%1:%2").arg(outside.toString()).arg(listener.serverPort()),
                                   appId, apiKey);
    QVERIFY(allow->isVisible());
    QVERIFY(!allow->isChecked());
    QVERIFY(!warning->isVisible());
    QVERIFY(!allow->accessibleName().isEmpty());

    GuiTestEnv::typeCredentials(dialog(), Demo::alice(), Demo::alicePassword());
    QVERIFY(!dialog()->isBusy());
    QVERIFY2(labelText("serverErrorLabel").contains(QLatin1String("unencrypted")),
             qPrintable(labelText("serverErrorLabel")));
    QTest::qWait(300);
    QCOMPARE(connections, 0);
    QVERIFY(!m_env->window());

    // The same machine's server, reached through its LAN address, after the opt-in (keyboard).
    QString error;
    const std::unique_ptr<Server::ServerHost> lan = TestSupport::startLanServer(&error);
    QVERIFY2(lan, qPrintable(error));
    const QString lanUrl = QStringLiteral("http://%1:%2").arg(outside.toString()).arg(lan->port());
    showServerPanelAndChooseCustom(lanUrl, appId, apiKey);
    QVERIFY(!allow->isChecked()); // another server: its own choice
    allow->setFocus();
    QTest::keyClick(allow, Qt::Key_Space);
    QVERIFY(allow->isChecked());
    QVERIFY(warning->isVisible());
    QVERIFY(labelText("serverErrorLabel").isEmpty());
    QVERIFY(m_env->signIn());
    QVERIFY(m_env->settings()->allowsInsecure(lanUrl));
    QVERIFY(!m_env->settings()->allowsInsecure(
        QStringLiteral("http://%1:%2").arg(outside.toString()).arg(listener.serverPort())));
    QCOMPARE(connections, 0);
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"

// Item 8: the dialog says what it signs in to, and on which server; another server chosen in
// Server settings is named at once.
void TestLoginDialog::saysWhereYouSignIn()
{
    auto *heading = named<QLabel>(dialog(), "headingLabel");
    QVERIFY(heading && heading->isVisible());
    QCOMPARE(heading->text(), QStringLiteral("Sign in to ProfileDesk"));
    auto *where = named<QLabel>(dialog(), "serverNameLabel");
    QVERIFY(where && where->isVisible());
    const QString demo = QStringLiteral("127.0.0.1:%1").arg(m_env->server()->port());
    QVERIFY2(where->text().contains(QStringLiteral("demo server")) && where->text().contains(demo),
             qPrintable(where->text()));

    QTest::mouseClick(named<QToolButton>(dialog(), "serverToggleButton"), Qt::LeftButton);
    auto *combo = named<QComboBox>(named<ServerPanel>(dialog(), "serverPanel"), "serverKindCombo");
    combo->setCurrentIndex(combo->findData(int(Settings::ServerKind::BackendlessUS)));
    QCOMPARE(where->text(), QStringLiteral("on Backendless (US)"));
    combo->setCurrentIndex(combo->findData(int(Settings::ServerKind::BackendlessEU)));
    QCOMPARE(where->text(), QStringLiteral("on Backendless (EU)"));
    // A server of one's own is named by its host, as it is typed.
    showServerPanelAndChooseCustom(QStringLiteral("https://profiles.example.org/api"));
    QCOMPARE(where->text(), QStringLiteral("on profiles.example.org"));
    combo->setCurrentIndex(combo->findData(int(Settings::ServerKind::LocalDemo)));
    QVERIFY2(where->text().contains(demo), qPrintable(where->text()));
}
