// Secrets stay secret: the app's real flows (sign in with "stay signed in", save, change the
// password, a session that expires mid-save and the sign-in over the editor, a draft, restart with
// the kept session, sign out; support staff editing another user with a journal) run against the
// in-process server with the application's own settings, drafts and journal under a private HOME.
// Every file left behind and every log line (profiledesk.* debug on) is then searched for each
// session token and each password, as UTF-8, UTF-16 and Base64.
#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "host/serverhost.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"
#include "models/session/session.h"
#include "models/staff/journal.h"
#include "persistence/draftstore.h"
#include "persistence/sessionstore.h"
#include "persistence/settings.h"
#include "ui/editor/profileeditor.h"
#include "ui/login/logindialog.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/staff/userdirectorytabs.h"
#include "ui/widgets/messagebanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

const QString AliceEmail = QStringLiteral("alice@example.com");
const QString AlicePassword = QStringLiteral("Alice-pass-1");
const QString AliceNewPassword = QStringLiteral("New-secret-77");
const QString SupportPassword = QStringLiteral("Support-pass-1");
const QString BobEmail = QStringLiteral("bob@example.com");

QStringList allPasswords()
{
    return {AlicePassword, AliceNewPassword, SupportPassword};
}

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

// Every line any thread logs, formatted as a log file would hold it.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ")
                + qFormatLogMessage(type, context, message);
    }
    // Only what a test run would show anyway goes on to QtTest's output.
    if (previousHandler && type != QtDebugMsg)
        previousHandler(type, context, message);
}

template<typename T>
T *child(const QObject *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
}

} // namespace

class TestSecuritySecrets : public QObject
{
    Q_OBJECT

public:
    explicit TestSecuritySecrets(const QString &home)
        : m_home(home)
    { }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void selfServiceFlows();
    void staffFlow();
    void noSecretInFilesOrLog();

private:
    std::unique_ptr<AppController> startApp();
    void signIn(QDialog *dialog, const QString &identity, const QString &password, bool staySignedIn);
    void typeInto(QWidget *editor, const QString &field, const QString &text);
    void changePassword(QWidget *editor, const QString &current, const QString &password);
    void saveAndWait(QWidget *editor, ProfileEdit *profile);
    void noteToken(const QString &token);
    // Searches every file under the private HOME for every token and password seen so far;
    // returns the files scanned (relative to HOME) and adds what it found to `problems`.
    QStringList scanFiles(QStringList *problems) const;

    QString m_home;
    std::unique_ptr<Server::ServerHost> m_server;
    std::unique_ptr<Settings> m_settings;
    MemorySessionStore m_sessions;
    QNetworkAccessManager m_nam;
    QStringList m_tokens;
    QString m_draftSeen;
    QStringList m_scannedWithDraft;
    QStringList m_problemsWithDraft;
};

void TestSecuritySecrets::initTestCase()
{
    // Here, not in main(): QTest::qExec installs a handler of its own, which this one forwards to.
    previousHandler = qInstallMessageHandler(captureMessage);
    MessageBanner::setAnimationsEnabled(false);
    QVERIFY2(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(m_home),
             "the app's data location is not inside the private HOME");
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(QDir().mkpath(dataDir));
    Server::ServerOptions options;
    options.demoUsers = 3;
    options.databasePath = dataDir + QStringLiteral("/demo.sqlite"); // where `profiledesk --demo` keeps it
    m_server = std::make_unique<Server::ServerHost>(options);
    QVERIFY(m_server->start());
    m_settings = std::make_unique<Settings>();
    QVERIFY(m_settings->fileName().startsWith(m_home));
    m_settings->setServerKind(Settings::ServerKind::LocalDemo);
}

void TestSecuritySecrets::cleanupTestCase()
{
    m_server.reset();
}

std::unique_ptr<AppController> TestSecuritySecrets::startApp()
{
    auto app = std::make_unique<AppController>(m_settings.get(), &m_sessions, &m_nam);
    app->setDemoServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())), m_server->options().appId,
                       m_server->options().apiKey, {});
    app->setAskUnsaved([](QWidget *, std::function<void(UnsavedChangesGuard::Answer)> reply) {
        reply(UnsavedChangesGuard::Answer::Discard);
    });
    app->start();
    return app;
}

void TestSecuritySecrets::signIn(QDialog *dialog, const QString &identity, const QString &password, bool staySignedIn)
{
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *identityEdit = child<QLineEdit>(dialog, "identityEdit");
    auto *passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
    QVERIFY(identityEdit && passwordEdit);
    if (identityEdit->text() != identity) { // the sign-in over the editor has it filled in, read-only
        identityEdit->clear();
        QTest::keyClicks(identityEdit, identity);
    }
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    if (auto *stay = child<QCheckBox>(dialog, "staySignedInCheck"); stay && stay->isVisible())
        stay->setChecked(staySignedIn);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
}

void TestSecuritySecrets::typeInto(QWidget *editor, const QString &field, const QString &text)
{
    auto *edit = editor->findChild<QLineEdit *>(QStringLiteral("field_") + field);
    QVERIFY2(edit, qPrintable(field));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// The "Change password" group: the current password, the new one twice, its own button.
void TestSecuritySecrets::changePassword(QWidget *editor, const QString &current, const QString &password)
{
    auto *currentEdit = child<QLineEdit>(editor, "currentPasswordEdit");
    auto *newPassword = child<QLineEdit>(editor, "newPasswordEdit");
    auto *confirm = child<QLineEdit>(editor, "confirmPasswordEdit");
    auto *button = child<QPushButton>(editor, "changePasswordButton");
    QVERIFY(currentEdit && newPassword && confirm && button);
    // Behind its button ("Change password…").
    auto *toggle = child<QPushButton>(editor, "passwordToggleButton");
    QVERIFY(toggle);
    if (!toggle->isChecked())
        QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(currentEdit->isVisible());
    QTest::keyClicks(currentEdit, current);
    QTest::keyClicks(newPassword, password);
    QTest::keyClicks(confirm, password);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible() && currentEdit->isEnabled() && currentEdit->text().isEmpty(), 15000);
}

void TestSecuritySecrets::saveAndWait(QWidget *editor, ProfileEdit *profile)
{
    auto *save = child<QPushButton>(editor, "saveButton");
    QVERIFY(save && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!profile->save()->isBusy() && !profile->fields()->isDirty(), 15000);
}

void TestSecuritySecrets::noteToken(const QString &token)
{
    QVERIFY(!token.isEmpty());
    if (!m_tokens.contains(token))
        m_tokens << token;
}

void TestSecuritySecrets::selfServiceFlows()
{
    std::unique_ptr<AppController> app = startApp();
    signIn(app->loginDialog(), AliceEmail, AlicePassword, true);
    QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow() && app->mainWindow()->isVisible() && app->profile(), 15000);
    noteToken(app->users()->userToken());
    QWidget *editor = app->mainWindow()->editor();

    typeInto(editor, QStringLiteral("address"), QStringLiteral("1 Saved Street"));
    saveAndWait(editor, app->profile());
    // Checking the current password signs in again: a new token, kept (stay signed in) and scanned.
    changePassword(editor, AlicePassword, AliceNewPassword);
    noteToken(app->users()->userToken());

    // The session dies between load and save: the sign-in over the editor, then the same save.
    m_server->expireAllSessions();
    typeInto(editor, QStringLiteral("name"), QStringLiteral("Alice Reauthenticated"));
    QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QDialog>(app->mainWindow(), "reauthDialog"), 15000);
    signIn(child<QDialog>(app->mainWindow(), "reauthDialog"), AliceEmail, AliceNewPassword, true);
    QTRY_VERIFY_WITH_TIMEOUT(!app->profile()->save()->isBusy() && !app->profile()->fields()->isDirty(), 15000);
    noteToken(app->users()->userToken());

    // An unsaved edit goes to a draft when the app goes away.
    typeInto(editor, QStringLiteral("address"), QStringLiteral("2 Draft Road"));
    app.reset();
    const QString drafts =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
    QDirIterator draftFiles(drafts, QDir::Files);
    QVERIFY2(draftFiles.hasNext(), "no draft was written");
    QFile draft(draftFiles.next());
    QVERIFY(draft.open(QIODevice::ReadOnly));
    QVERIFY(draft.readAll().contains("2 Draft Road"));
    m_draftSeen = draft.fileName().mid(m_home.size());
    // Scanned now: signing out later discards the draft.
    m_scannedWithDraft = scanFiles(&m_problemsWithDraft);

    // Restarted: the kept session (keychain stand-in) opens the editor with the draft.
    app = startApp();
    QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow() && app->mainWindow()->isVisible() && app->profile(), 15000);
    QCOMPARE(app->mainWindow()->editor()->findChild<QLineEdit *>(QStringLiteral("field_address"))->text(),
             QStringLiteral("2 Draft Road"));
    noteToken(app->users()->userToken());
    QVERIFY2(!m_sessions.contents().isEmpty(), "the session was not kept in the session store");

    app->mainWindow()->requestSignOut();
    QTRY_VERIFY_WITH_TIMEOUT(app->loginDialog() && app->loginDialog()->isVisible(), 15000);
    QVERIFY(m_sessions.contents().isEmpty());
    app.reset();
}

void TestSecuritySecrets::staffFlow()
{
    RestClient client(Config::fromBaseUrl(m_server->baseUrl()), &m_nam);
    UserService staff(&client);
    DataService data(&client, &staff);
    bool loggedIn = false;
    UserCall *login = staff.login(QStringLiteral("support@example.com"), SupportPassword);
    connect(login, &UserCall::finished, this, [&] { loggedIn = !login->error().isError(); });
    QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 15000);
    noteToken(staff.userToken());
    UserSchema schema;
    SchemaCall *describe = staff.describeUserClass();
    connect(describe, &SchemaCall::finished, this, [&] { schema = describe->result(); });
    QTRY_VERIFY_WITH_TIMEOUT(!schema.isEmpty(), 15000);
    QString bobId;
    DataQuery query;
    query.where = DataService::whereLike(QStringLiteral("email"), BobEmail, DataService::Match::Exact);
    UsersCall *find = data.find(query);
    connect(find, &UsersCall::finished, this, [&] {
        if (!find->result().isEmpty())
            bobId = find->result().constFirst().objectId();
    });
    QTRY_VERIFY_WITH_TIMEOUT(!bobId.isEmpty(), 15000);

    const Config config = client.config();
    Journal journal; // the application's own journal file
    {
        DraftStore drafts; // the application's own drafts directory; staff drafts go beneath
        Session session({&staff, &data, &drafts, &journal}, config, QStringLiteral("support@example.com"));
        UserDirectoryTabs tabs(&session, config.serverKey());
        tabs.setReasonAsker([](const ReasonRequest &, std::function<void(const QString &)> answer) -> QObject * {
            answer(QStringLiteral("Ticket 4711"));
            return nullptr;
        });
        tabs.setSchema(schema);
        tabs.show();
        ProfileEditor *editor = tabs.openUser(bobId, BobEmail);
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->profile() && !editor->profile()->save()->isBusy()
                                     && !editor->findChild<QLineEdit *>(QStringLiteral("field_name"))->text().isEmpty(),
                                 15000);
        typeInto(editor, QStringLiteral("name"), QStringLiteral("Bob Edited By Staff"));
        saveAndWait(editor, editor->profile());
        // Staff set no password here (the group is hidden on another user's tab).
        QVERIFY(!child<QLineEdit>(editor, "newPasswordEdit")->isVisibleTo(editor));
        typeInto(editor, QStringLiteral("address"), QStringLiteral("3 Staff Draft Lane"));
    }
    QVERIFY(journal.entries().size() >= 1);
    QVERIFY(QFile::exists(journal.filePath()) && journal.filePath().startsWith(m_home));
}

QStringList TestSecuritySecrets::scanFiles(QStringList *problems) const
{
    struct Needle
    {
        QString what;
        QByteArray bytes;
    };
    QList<Needle> needles;
    const auto addForms = [&needles](const QString &what, const QString &secret) {
        const QByteArray utf8 = secret.toUtf8();
        const QByteArray utf16le(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        QByteArray utf16be = utf16le;
        for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
            std::swap(utf16be[i], utf16be[i + 1]);
        needles << Needle{what, utf8} << Needle{what + QStringLiteral(" (UTF-16LE)"), utf16le}
                << Needle{what + QStringLiteral(" (UTF-16BE)"), utf16be}
                << Needle{what + QStringLiteral(" (Base64)"), utf8.toBase64()};
    };
    for (int i = 0; i < m_tokens.size(); ++i)
        addForms(QStringLiteral("session token %1").arg(i + 1), m_tokens.at(i));
    const QStringList passwords = allPasswords();
    for (const QString &password : passwords)
        addForms(QStringLiteral("password %1").arg(password), password);

    QStringList scanned;
    QDirIterator files(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *problems << QStringLiteral("cannot read ") + path;
            continue;
        }
        const QByteArray content = file.readAll();
        for (const Needle &needle : std::as_const(needles)) {
            if (content.contains(needle.bytes))
                *problems << needle.what + QStringLiteral(" found in ") + path;
        }
        scanned << path.mid(m_home.size());
    }
    return scanned;
}

void TestSecuritySecrets::noSecretInFilesOrLog()
{
    QVERIFY(m_tokens.size() >= 3);
    QStringList problems = m_problemsWithDraft;
    const QStringList scanned = scanFiles(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The scans saw the files that matter (else they would pass by seeing nothing).
    const auto saw = [&scanned](const QString &suffix) {
        return std::any_of(scanned.cbegin(), scanned.cend(),
                           [&](const QString &path) { return path.endsWith(suffix); });
    };
    QVERIFY2(saw(QFileInfo(m_settings->fileName()).fileName()) && saw(QStringLiteral("journal.jsonl"))
                 && saw(QStringLiteral("demo.sqlite")),
             qPrintable(scanned.join(QLatin1Char('\n'))));
    QVERIFY2(m_scannedWithDraft.contains(m_draftSeen), "the draft was not among the files scanned");
    QFile settingsFile(m_settings->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY2(settingsFile.readAll().contains(AliceEmail.toUtf8()), "the settings file is not the one the app wrote");

    const QStringList passwords = allPasswords();
    QStringList lines;
    {
        // A copy: logging while holding the lock (QVERIFY, qInfo) would wait for itself.
        QMutexLocker lock(&logMutex);
        lines = capturedLog;
    }
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [](const QString &line) { return line.contains(QLatin1String("users/login")); }),
             "the REST client's debug log was not captured");
    const QString log = lines.join(QLatin1Char('\n'));
    for (const QString &token : std::as_const(m_tokens))
        QVERIFY2(!log.contains(token), "a session token is in the log");
    for (const QString &password : passwords)
        QVERIFY2(!log.contains(password), qPrintable(QStringLiteral("password %1 is in the log").arg(password)));
    qInfo("scanned %lld files and %lld log lines for %lld session tokens and %lld passwords", qlonglong(scanned.size()),
          qlonglong(lines.size()), qlonglong(m_tokens.size()), qlonglong(passwords.size()));
}

// A HOME of its own, set before QApplication exists, so settings, drafts and the journal land in
// a directory that holds nothing else.
int main(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    const QByteArray root = QFile::encodeName(home.path());
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/.config");
    qputenv("XDG_DATA_HOME", root + "/.local/share");
    qputenv("XDG_CACHE_HOME", root + "/.cache");
    qputenv("XDG_STATE_HOME", root + "/.local/state");
    QLoggingCategory::setFilterRules(QStringLiteral("profiledesk.*.debug=true"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ProfileDesk"));
    QApplication::setApplicationName(QStringLiteral("ProfileDesk"));
    TestSecuritySecrets test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_security_secrets.moc"
