// The main window's paths that must lose nothing: the unsaved-changes guard on close and sign out,
// drafts restored after the app objects are destroyed without saving, the login dialog over the
// editor on 3028/3064 and the same save replayed, and a server that stops mid-save then Retry.

#include "guitestenv.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"
#include "persistence/draftstore.h"
#include "ui/editor/profileeditor.h"
#include "ui/login/logindialog.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTest>

using Answer = UnsavedChangesGuard::Answer;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void closeWithoutChangesDoesNotAsk();
    void aboutShowsVersionAndServer();
    void guardOnClose_data();
    void guardOnClose();
    void guardOnSignOut_data();
    void guardOnSignOut();
    void windowOutlivesTheSignIns();
    void draftRestoredAfterAppDestroyed();
    void sessionGoneDuringSave_data();
    void sessionGoneDuringSave();
    void cancelledReloginKeepsEdits();
    void serverStoppedMidSaveThenRetry();
    void signedInLineSurvivesStatusTips();

private:
    ProfileEditor *editor() const { return m_env->editor(); }
    ProfileEdit *profile() const { return m_env->app()->profile(); }
    QLineEdit *line(const char *name) const
    {
        return editor()->findChild<QLineEdit *>(QStringLiteral("field_") + QLatin1String(name));
    }
    void type(const char *name, const QString &text)
    {
        QLineEdit *edit = line(name);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    QString serverValue(const QString &name) { return m_env->alice().value(name).toString(); }

    std::unique_ptr<GuiTestEnv> m_env;
};

void TestMainWindow::init()
{
    m_env = std::make_unique<GuiTestEnv>();
    QVERIFY(m_env->startServer());
    m_env->startApp();
    QVERIFY(m_env->signIn());
}

void TestMainWindow::cleanup()
{
    m_env.reset();
}

void TestMainWindow::closeWithoutChangesDoesNotAsk()
{
    QSignalSpy finished(m_env->app(), &AppController::finished);
    QVERIFY(m_env->window()->close());
    QCOMPARE(m_env->questionsAsked, 0);
    QTRY_COMPARE(finished.count(), 1);
}

void TestMainWindow::aboutShowsVersionAndServer()
{
    auto *about = m_env->window()->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QVERIFY(!m_env->window()->findChild<AboutDialog *>());
    about->trigger();
    AboutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_env->window()->findChild<AboutDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("versionLabel"))
                ->text()
                .contains(QLatin1String(PROFILEDESK_VERSION)));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("serverValueLabel"))->text(), QStringLiteral("127.0.0.1"));
    dialog->close();
    QTRY_VERIFY(!m_env->window()->findChild<AboutDialog *>()); // deleted on close
}

void TestMainWindow::guardOnClose_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<QString>("onServer"); // the address the server has afterwards
    QTest::newRow("cancel") << Answer::Cancel << false << QString();
    QTest::newRow("discard") << Answer::Discard << true << QString();
    QTest::newRow("save") << Answer::Save << true << QStringLiteral("Guarded 1");
}

void TestMainWindow::guardOnClose()
{
    QFETCH(Answer, answer);
    QFETCH(bool, closes);
    QFETCH(QString, onServer);
    const QString before = serverValue(QStringLiteral("address"));
    type("address", QStringLiteral("Guarded 1"));
    QPointer<MainWindow> window = m_env->window();
    QSignalSpy finished(m_env->app(), &AppController::finished);
    m_env->answer = answer;

    window->close();
    QCOMPARE(m_env->questionsAsked, 1);
    if (closes) {
        QTRY_VERIFY(!window->isVisible());
        QTRY_COMPARE(finished.count(), 1); // closing the window ends the program
    } else {
        QVERIFY(window && window->isVisible());
        QCOMPARE(finished.count(), 0);
    }
    QCOMPARE(serverValue(QStringLiteral("address")), onServer.isEmpty() ? before : onServer);
    if (!closes)
        QCOMPARE(line("address")->text(), QStringLiteral("Guarded 1")); // Cancel keeps the edit
    if (answer == Answer::Discard) // the user chose to lose them: no draft comes back
        QTRY_VERIFY(QDir(m_env->draftDirectory()).entryList(QDir::Files).isEmpty());
}

void TestMainWindow::guardOnSignOut_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<bool>("signsOut");
    QTest::newRow("cancel") << Answer::Cancel << false;
    QTest::newRow("discard") << Answer::Discard << true;
}

void TestMainWindow::guardOnSignOut()
{
    QFETCH(Answer, answer);
    QFETCH(bool, signsOut);
    type("address", QStringLiteral("Not yet saved"));
    m_env->answer = answer;
    m_env->window()->requestSignOut();
    QCOMPARE(m_env->questionsAsked, 1);
    if (signsOut) {
        QTRY_VERIFY(m_env->app()->loginDialog() && m_env->app()->loginDialog()->isVisible());
        QTRY_VERIFY(!m_env->window()->isVisible()); // hidden, kept for the next sign-in
        QTRY_VERIFY(!m_env->app()->users()->isLoggedIn());
    } else {
        QVERIFY(m_env->window()->isVisible());
        QVERIFY(!m_env->app()->loginDialog());
        QVERIFY(profile()->fields()->isDirty());
    }
}

// The main window lives as long as the program: a sign-out hides it with an empty form (nothing of
// the last person's profile left in it) and its geometry saved; the next sign-in shows the same
// window, at that geometry, with the new person's profile. (Before, each sign-in built a window and
// sign-out destroyed it.)
void TestMainWindow::windowOutlivesTheSignIns()
{
    MainWindow *window = m_env->window();
    window->resize(window->width() + 37, window->height() + 23);
    const QSize size = window->size();
    type("address", QStringLiteral("Left behind"));
    m_env->answer = Answer::Discard;
    window->requestSignOut();
    QTRY_VERIFY(m_env->app()->loginDialog() && m_env->app()->loginDialog()->isVisible());
    QCOMPARE(m_env->window(), window);
    QVERIFY(!window->isVisible());
    QVERIFY(!window->editor()->profile());
    QVERIFY(!window->isWindowModified());
    QVERIFY(!m_env->settings()->windowGeometry().isEmpty()); // saved at sign-out

    QVERIFY(m_env->signIn(Demo::bob(), Demo::bobPassword()));
    QCOMPARE(m_env->window(), window);
    QCOMPARE(window->size(), size);
    QTRY_VERIFY(window->editor()->profile());
    QCOMPARE(window->editor()->profile(), m_env->app()->profile());
    QCOMPARE(m_env->app()->profile()->fields()->value(QStringLiteral("email")).toString(), Demo::bob());
    QVERIFY(window->windowTitle().contains(Demo::bob()));
}

void TestMainWindow::draftRestoredAfterAppDestroyed()
{
    type("address", QStringLiteral("Typed before the crash"));
    auto *bio = editor()->findChild<QPlainTextEdit *>(QStringLiteral("field_bio"));
    bio->selectAll();
    QTest::keyClicks(bio, QStringLiteral("Draft bio"));
    auto *newPassword = editor()->findChild<QLineEdit *>(QStringLiteral("newPasswordEdit"));
    auto *confirm = editor()->findChild<QLineEdit *>(QStringLiteral("confirmPasswordEdit"));
    QTest::keyClicks(newPassword, QStringLiteral("Secret-pass-9"));
    QTest::keyClicks(confirm, QStringLiteral("Secret-pass-9"));
    // The draft is written on its own (debounced), before anything is destroyed.
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(m_env->draftDirectory()).entryList(QDir::Files).isEmpty(), 5000);
    const QString draftFile = QDir(m_env->draftDirectory()).entryInfoList(QDir::Files).constFirst().filePath();
    QFile file(draftFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("Typed before the crash"));
    QVERIFY(!content.contains("Secret-pass-9")); // never a password in a draft

    // The app objects go away without saving and without asking (as in a crash or kill).
    m_env->destroyApp();
    QCOMPARE(m_env->questionsAsked, 0);
    m_env->startApp();
    QVERIFY(m_env->signIn());
    QCOMPARE(line("address")->text(), QStringLiteral("Typed before the crash"));
    QCOMPARE(editor()->findChild<QPlainTextEdit *>(QStringLiteral("field_bio"))->toPlainText(),
             QStringLiteral("Draft bio"));
    QVERIFY(profile()->fields()->isDirty());
    QCOMPARE(editor()->banner()->type(), MessageBanner::Type::Information);
    QVERIFY(!editor()->banner()->text().isEmpty());

    // Saving removes the draft.
    QSignalSpy saved(profile()->save(), &ProfileSave::saved);
    QTest::mouseClick(editor()->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(serverValue(QStringLiteral("address")), QStringLiteral("Typed before the crash"));
    QTRY_VERIFY(QDir(m_env->draftDirectory()).entryList(QDir::Files).isEmpty());
}

void TestMainWindow::sessionGoneDuringSave_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("3064 token expired") << 3064;
    QTest::newRow("3028 not logged in") << 3028;
}

void TestMainWindow::sessionGoneDuringSave()
{
    QFETCH(int, code);
    type("address", QStringLiteral("Replayed after sign-in"));
    if (code == 3064)
        m_env->server()->expireAllSessions();
    else
        m_env->app()->users()->clearSession();

    QTest::mouseClick(editor()->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(m_env->window()->findChild<LoginDialog *>(QStringLiteral("reauthDialog")));
    auto *dialog = m_env->window()->findChild<LoginDialog *>(QStringLiteral("reauthDialog"));
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(profile()->save()->lastError().code, code);
    // The dialog is for the same user, over the editor, and the edits wait in the form.
    auto *identity = dialog->findChild<QLineEdit *>(QStringLiteral("identityEdit"));
    QCOMPARE(identity->text(), Demo::alice());
    QVERIFY(identity->isReadOnly());
    QCOMPARE(line("address")->text(), QStringLiteral("Replayed after sign-in"));
    // A dead token may mean another sign-in ended this session (Backendless's default): say so.
    if (code == 3064)
        QVERIFY(dialog->findChild<MessageBanner *>(QStringLiteral("messageBanner"))
                    ->text()
                    .startsWith(ErrorCatalog::sessionEnded()));

    QSignalSpy saved(profile()->save(), &ProfileSave::saved);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Demo::alicePassword());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(serverValue(QStringLiteral("address")), QStringLiteral("Replayed after sign-in"));
    QVERIFY(!profile()->fields()->isDirty());
}

void TestMainWindow::cancelledReloginKeepsEdits()
{
    type("address", QStringLiteral("Kept when cancelled"));
    m_env->server()->expireAllSessions();
    QTest::mouseClick(editor()->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(m_env->window()->findChild<LoginDialog *>(QStringLiteral("reauthDialog")));
    auto *dialog = m_env->window()->findChild<LoginDialog *>(QStringLiteral("reauthDialog"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_env->window()->findChild<LoginDialog *>(QStringLiteral("reauthDialog")));

    QCOMPARE(line("address")->text(), QStringLiteral("Kept when cancelled"));
    QVERIFY(profile()->fields()->isDirty());
    MessageBanner *banner = editor()->banner();
    QCOMPARE(banner->type(), MessageBanner::Type::Error);
    QVERIFY(banner->hasAction());
    // The banner's Sign in brings the dialog back.
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("bannerActionButton")), Qt::LeftButton);
    QTRY_VERIFY(m_env->window()->findChild<LoginDialog *>(QStringLiteral("reauthDialog")));
}

void TestMainWindow::serverStoppedMidSaveThenRetry()
{
    type("address", QStringLiteral("Survives a server restart"));
    const quint16 port = m_env->server()->port();
    m_env->server()->setResponseDelay(1500);
    QTest::mouseClick(editor()->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(profile()->save()->isBusy());
    m_env->stopServer(); // mid-save: the connection goes away

    MessageBanner *banner = editor()->banner();
    QTRY_VERIFY_WITH_TIMEOUT(!profile()->save()->isBusy() && !banner->text().isEmpty(), 15000);
    QCOMPARE(banner->type(), MessageBanner::Type::Error);
    QVERIFY(banner->hasAction()); // Retry
    QCOMPARE(line("address")->text(), QStringLiteral("Survives a server restart"));
    QVERIFY(profile()->fields()->isDirty());
    QVERIFY(line("address")->isEnabled());

    // The server comes back (same data, and the same sessions: a restart ends none, as on
    // Backendless): Retry saves the same edit, without signing in again.
    QVERIFY(m_env->startServer(port));
    QSignalSpy saved(profile()->save(), &ProfileSave::saved);
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("bannerActionButton")), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QVERIFY(!m_env->window()->findChild<LoginDialog *>(QStringLiteral("reauthDialog")));
    QCOMPARE(serverValue(QStringLiteral("address")), QStringLiteral("Survives a server restart"));
}

// Issue 19, item 5: "Signed in as … on …" stays in the status bar; a menu's status tip (shown and
// cleared by Qt as a temporary message) no longer wipes it out for good.
void TestMainWindow::signedInLineSurvivesStatusTips()
{
    QStatusBar *bar = m_env->window()->statusBar();
    const auto signedInLine = [bar] {
        const QList<QLabel *> labels = bar->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->isVisible() && label->text().startsWith(QStringLiteral("Signed in as")))
                return label->text();
        }
        return QString();
    };
    QTRY_VERIFY(signedInLine().contains(Demo::alice()));
    QVERIFY(signedInLine().contains(QStringLiteral("127.0.0.1")));
    for (const QString &tip : {QStringLiteral("Sign out and sign in as someone else"), QString()}) {
        QStatusTipEvent event(tip);
        QApplication::sendEvent(m_env->window(), &event);
    }
    QVERIFY(bar->currentMessage().isEmpty());
    QVERIFY2(signedInLine().contains(Demo::alice()), "the signed-in line went with the status tip");
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
