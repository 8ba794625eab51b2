// The app killed (SIGKILL: no destructor, no flush, no "save your work?") with unsaved edits, then
// started again on the same files: the edits are back in the form and the user is told so.
// The victim is a separate process (crashvictim) so that the kill is a real one.

#include "datadirapp.h"
#include "demoaccounts.h"
#include "guitestenv.h"
#include "models/profile/usermodel.h"
#include "ui/editor/profileeditor.h"
#include "ui/widgets/messagebanner.h"

#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { MessageBanner::setAnimationsEnabled(false); }
    void editsSurviveSigkill_data();
    void editsSurviveSigkill();
};

void TestCrashRecovery::editsSurviveSigkill_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::newRow("ascii") << QStringLiteral("Alice Killed") << QStringLiteral("9 Crash Lane");
    QTest::newRow("non-latin") << QStringLiteral("Алиса Ünïcødé") << QStringLiteral("東京都 1-2-3");
}

void TestCrashRecovery::editsSurviveSigkill()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // The child gets this test's private HOME/XDG tree explicitly, and the offscreen platform.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *key : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QLatin1String(key), qEnvironmentVariable(key));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess victim;
    victim.setProcessEnvironment(environment);
    victim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    victim.start(QStringLiteral(CRASHVICTIM_PATH), {dir.path(), name, address});
    QVERIFY2(victim.waitForStarted(10000), qPrintable(victim.errorString()));

    QByteArray output;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     output += victim.readAllStandardOutput();
                     return output.contains('\n') || victim.state() == QProcess::NotRunning;
                 },
                 60000),
             "the victim never became ready");
    QVERIFY2(output.startsWith("ready "), output.constData());
    const quint16 port = quint16(output.mid(6).trimmed().toUInt());
    QVERIFY(port != 0);

    QCOMPARE(::kill(pid_t(victim.processId()), SIGKILL), 0);
    QVERIFY(victim.waitForFinished(10000));
    QCOMPARE(victim.exitStatus(), QProcess::CrashExit);

    // Restarted: the same server file on the same port (a draft belongs to the server's URL).
    DataDirApp env(dir.path());
    QString error;
    QVERIFY2(env.startServer(port, &error), qPrintable(error));
    AppController *app = env.startApp();
    QVERIFY(app->loginDialog());
    GuiTestEnv::typeCredentials(app->loginDialog(), Demo::alice(), Demo::alicePassword());
    QVERIFY(QTest::qWaitFor([app] { return app->mainWindow() && app->mainWindow()->isVisible(); }, 15000));

    QCOMPARE(named<QLineEdit>(app->mainWindow(), "field_name")->text(), name);
    QCOMPARE(named<QLineEdit>(app->mainWindow(), "field_address")->text(), address);
    QVERIFY(app->profile()->fields()->isDirty()); // restored as unsaved edits, not silently saved
    MessageBanner *banner = app->mainWindow()->editor()->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->type(), MessageBanner::Type::Information);
    QVERIFY2(banner->text().contains(QLatin1String("restored")), qPrintable(banner->text()));
}

QTEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
