#include "awaitcall.h"
#include "core/blockingcall.h"
#include "servertestenv.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

class TestUserService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void loginStartsSession();
    void loginErrors_data();
    void loginErrors();
    void logoutEndsSessionOnServer();
    void logoutWithoutSession();
    void isValidLogin();
    void describeUserClass();
    void restorePassword();
    void userRoles();
    void reloadCurrentUser();
    void updateIsNonBlocking();
    void updateFuture();
    void updateFutureFailure();
    void updateSyncFromWorkerThread();
    void updateSyncInWorkerOwningItsService();
    void sessionEndedOnDeadToken();
    void staleErrorDoesNotEndNewSession();
    void eventLoopKeepsTurningWhileReplyIsSlow();
    void cancelUpdate();
    void timeoutAgainstSlowServer();
    void tokensAndPasswordsNeverLogged();

private:
    std::unique_ptr<ServerTestEnv> m_env;
};

void TestUserService::init()
{
    m_env = std::make_unique<ServerTestEnv>();
    QString error;
    QVERIFY2(m_env->start(&error), qPrintable(error));
}

void TestUserService::cleanup()
{
    m_env.reset();
}

void TestUserService::loginStartsSession()
{
    UserService &users = m_env->users();
    QSignalSpy changed(&users, &UserService::currentUserChanged);
    User user;
    QString token;
    awaitCall<UserCall>(users.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")),
                        [&](UserCall *call) {
                            QVERIFY(!call->error().isError());
                            user = call->result();
                            token = users.userToken(); // the reply's token, taken before finished()
                        });
    QCOMPARE(user.email(), QStringLiteral("alice@example.com"));
    QVERIFY(!user.objectId().isEmpty());
    QVERIFY(!user.contains(QStringLiteral("password")));
    QVERIFY(!user.contains(QStringLiteral("user-token")));
    QCOMPARE(user.userStatus(), QStringLiteral("ENABLED"));
    QVERIFY(user.lastLogin().isValid());
    QVERIFY(users.isLoggedIn());
    QVERIFY(!token.isEmpty());
    QCOMPARE(users.userToken(), token);
    QCOMPARE(users.currentUser(), user);
    QCOMPARE(changed.size(), 1);
}

void TestUserService::loginErrors_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("disable");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("httpStatus");

    QTest::newRow("wrong password") << "alice@example.com"
                                    << "nope" << false << 3003 << 400;
    QTest::newRow("unknown user") << "nobody@example.com"
                                  << "Alice-pass-1" << false << 3003 << 400;
    QTest::newRow("empty password") << "alice@example.com"
                                    << "" << false << 3006 << 400;
    QTest::newRow("disabled account") << "alice@example.com"
                                      << "Alice-pass-1" << true << 3090 << 400;
}

void TestUserService::loginErrors()
{
    QFETCH(QString, identity);
    QFETCH(QString, password);
    QFETCH(bool, disable);
    QFETCH(int, code);
    QFETCH(int, httpStatus);
    if (disable)
        QVERIFY(m_env->host().setUserStatus(identity, QStringLiteral("DISABLED")));
    const Error error = m_env->login(identity, password);
    QCOMPARE(error.kind, Error::Kind::Server);
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, httpStatus);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!m_env->users().isLoggedIn());
}

void TestUserService::logoutEndsSessionOnServer()
{
    QVERIFY(!m_env->loginAlice().isError());
    UserService &users = m_env->users();
    const User alice = users.currentUser();
    const QString token = users.userToken();
    QSignalSpy ended(&users, &UserService::sessionEnded);
    QCOMPARE(awaitError(users.logout()).kind, Error::Kind::None);
    QVERIFY(!users.isLoggedIn());
    QVERIFY(users.currentUser().isNull());
    QCOMPARE(ended.size(), 0); // signing out is not "the session ended under you"

    users.restoreSession(alice, token); // the old token must be dead on the server now
    bool valid = true;
    awaitCall<BoolCall>(users.isValidLogin(), [&](BoolCall *call) { valid = call->result(); });
    QVERIFY(!valid);
}

void TestUserService::logoutWithoutSession()
{
    QCOMPARE(awaitError(m_env->users().logout()).kind, Error::Kind::None);
}

void TestUserService::isValidLogin()
{
    UserService &users = m_env->users();
    bool valid = true;
    awaitCall<BoolCall>(users.isValidLogin(), [&](BoolCall *call) { valid = call->result(); });
    QVERIFY(!valid); // no session: no request, false

    QVERIFY(!m_env->loginAlice().isError());
    awaitCall<BoolCall>(users.isValidLogin(), [&](BoolCall *call) { valid = call->result(); });
    QVERIFY(valid);
    QVERIFY(users.isLoggedIn());

    m_env->host().expireAllSessions();
    Error error;
    awaitCall<BoolCall>(users.isValidLogin(), [&](BoolCall *call) {
        valid = call->result();
        error = call->error();
    });
    QVERIFY(!error.isError()); // a dead token is an answer, not an error
    QVERIFY(!valid);
    QVERIFY(!users.isLoggedIn());
}

void TestUserService::describeUserClass()
{
    UserSchema schema;
    awaitCall<SchemaCall>(m_env->users().describeUserClass(), [&](SchemaCall *call) {
        QVERIFY(!call->error().isError());
        schema = call->result();
    });
    QCOMPARE(schema.identityProperty(), QStringLiteral("email"));
    QVERIFY(schema.find(QStringLiteral("name")) && schema.find(QStringLiteral("name"))->required);
    QVERIFY(schema.find(QStringLiteral("phone")) && !schema.find(QStringLiteral("phone"))->customRegex.isEmpty());
    QCOMPARE(schema.find(QStringLiteral("age"))->type, PropertyDef::Type::Int);
    QCOMPARE(schema.find(QStringLiteral("newsletter"))->type, PropertyDef::Type::Boolean);
    QCOMPARE(schema.find(QStringLiteral("birthday"))->type, PropertyDef::Type::DateTime);
    QCOMPARE(schema.find(QStringLiteral("bio"))->type, PropertyDef::Type::Text);
    QVERIFY(schema.find(QStringLiteral("address"))->isEditable());
    QVERIFY(!schema.find(QStringLiteral("password")) || !schema.find(QStringLiteral("password"))->isEditable());
    QVERIFY(schema.find(QStringLiteral("objectId")) && !schema.find(QStringLiteral("objectId"))->isEditable());
}

void TestUserService::restorePassword()
{
    QCOMPARE(awaitError(m_env->users().restorePassword(QStringLiteral("alice@example.com"))).kind, Error::Kind::None);
    const Error error = awaitError(m_env->users().restorePassword(QStringLiteral("nobody@example.com")));
    QCOMPARE(error.code, ErrorCode::RestoreUnknownUser);
    QCOMPARE(error.httpStatus, 404);
}

void TestUserService::userRoles()
{
    QVERIFY(!m_env->loginAlice().isError());
    QStringList roles;
    awaitCall<RolesCall>(m_env->users().userRoles(), [&](RolesCall *call) { roles = call->result(); });
    QVERIFY2(roles.contains(QStringLiteral("AuthenticatedUser")), qPrintable(roles.join(QLatin1Char(','))));
    QVERIFY(!roles.contains(QStringLiteral("SupportStaff")));

    QVERIFY(!m_env->login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1")).isError());
    awaitCall<RolesCall>(m_env->users().userRoles(), [&](RolesCall *call) { roles = call->result(); });
    QVERIFY(roles.contains(QStringLiteral("SupportStaff")));
}

void TestUserService::reloadCurrentUser()
{
    UserService &users = m_env->users();
    QCOMPARE(awaitError(users.reloadCurrentUser()).code, ErrorCode::NotLoggedIn);
    QVERIFY(!m_env->loginAlice().isError());
    // A session restored from a keychain knows only the id and identity; a reload fills in the rest.
    User idOnly;
    idOnly.setObjectId(users.currentUser().objectId());
    users.restoreSession(idOnly, users.userToken());
    User reloaded;
    awaitCall<UserCall>(users.reloadCurrentUser(), [&](UserCall *call) { reloaded = call->result(); });
    QCOMPARE(reloaded.email(), QStringLiteral("alice@example.com"));
    QVERIFY(!reloaded.value(QStringLiteral("name")).toString().isEmpty());
    QCOMPARE(users.currentUser(), reloaded);
}

void TestUserService::updateIsNonBlocking()
{
    QVERIFY(!m_env->loginAlice().isError());
    UserService &users = m_env->users();
    const User before = users.currentUser();
    QSignalSpy changed(&users, &UserService::currentUserChanged);
    User changes;
    changes.setValue(QStringLiteral("address"), QStringLiteral("123 Main St"));
    changes.setValue(QStringLiteral("age"), 42);
    UserCall *call = users.update(changes);
    QVERIFY(!call->isFinished()); // returned at once; the result comes through finished()
    User updated;
    awaitCall<UserCall>(call, [&](UserCall *done) {
        QVERIFY(!done->error().isError());
        updated = done->result();
        QCOMPARE(users.currentUser(), updated); // the service took it before telling the caller
    });
    QCOMPARE(updated.value(QStringLiteral("address")).toString(), QStringLiteral("123 Main St"));
    QCOMPARE(updated.value(QStringLiteral("age")).toInt(), 42);
    QCOMPARE(updated.value(QStringLiteral("name")), before.value(QStringLiteral("name"))); // untouched
    QVERIFY(updated.updated().isValid());
    QCOMPARE(changed.size(), 1);
    QVERIFY(users.isLoggedIn()); // an update reply has no token; the session is kept
}

void TestUserService::updateFuture()
{
    QVERIFY(!m_env->loginAlice().isError());
    User changes;
    changes.setValue(QStringLiteral("newsletter"), true);
    User result;
    bool failed = false;
    auto future = m_env->users()
                      .updateFuture(changes)
                      .then([&](const User &user) { result = user; })
                      .onFailed([&](const ErrorException &) { failed = true; });
    QTRY_VERIFY(future.isFinished());
    QVERIFY(!failed);
    QCOMPARE(result.value(QStringLiteral("newsletter")).toBool(), true);
}

void TestUserService::updateFutureFailure()
{
    QVERIFY(!m_env->loginAlice().isError());
    User changes;
    changes.setValue(QStringLiteral("email"), QStringLiteral("bob@example.com"));
    Error error;
    bool succeeded = false;
    auto future = m_env->users()
                      .updateFuture(changes)
                      .then([&](const User &) { succeeded = true; })
                      .onFailed([&](const ErrorException &e) { error = e.error(); });
    QTRY_VERIFY(future.isFinished());
    QVERIFY(!succeeded);
    QCOMPARE(error.code, ErrorCode::IdentityTaken);
    QCOMPARE(error.httpStatus, 400);
}

void TestUserService::updateSyncFromWorkerThread()
{
    QVERIFY(!m_env->loginAlice().isError());
    UserService &users = m_env->users();
    User result;
    Error error = Error::local(QStringLiteral("not run"));
    std::unique_ptr<QThread> worker(QThread::create([&] {
        User changes;
        changes.setValue(QStringLiteral("bio"), QStringLiteral("Written from a worker thread."));
        result = BlockingCall::wait(
            &users, [&] { return users.update(changes); }, &error);
    }));
    worker->start();
    // The service lives in this thread: its event loop must turn for the worker's call to finish.
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 10000);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(result.value(QStringLiteral("bio")).toString(), QStringLiteral("Written from a worker thread."));
    QCOMPARE(users.currentUser().value(QStringLiteral("bio")).toString(),
             QStringLiteral("Written from a worker thread."));
}

void TestUserService::updateSyncInWorkerOwningItsService()
{
    // A worker (or a command-line program) with its own stack: the blocking call spins its own loop.
    const Config config = m_env->config();
    User result;
    Error error = Error::local(QStringLiteral("not run"));
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QNetworkAccessManager nam;
        RestClient client(config, &nam);
        UserService users(&client);
        BlockingCall::wait(
            &users, [&] { return users.login(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1")); },
            &error);
        if (error.isError())
            return;
        User changes;
        changes.setValue(QStringLiteral("address"), QStringLiteral("1 Worker Way"));
        result = BlockingCall::wait(
            &users, [&] { return users.update(changes); }, &error);
    }));
    worker->start();
    QVERIFY(worker->wait(10000)); // this thread may block: the worker needs nothing from it
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(result.value(QStringLiteral("address")).toString(), QStringLiteral("1 Worker Way"));
}

void TestUserService::sessionEndedOnDeadToken()
{
    QVERIFY(!m_env->loginAlice().isError());
    UserService &users = m_env->users();
    QSignalSpy ended(&users, &UserService::sessionEnded);
    m_env->host().expireAllSessions();
    User changes;
    changes.setValue(QStringLiteral("address"), QStringLiteral("gone"));
    const Error error = awaitError(users.update(changes));
    QCOMPARE(error.code, ErrorCode::InvalidUserToken);
    QCOMPARE(error.httpStatus, 401);
    QVERIFY(error.endsSession());
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().first().value<Error>().code, ErrorCode::InvalidUserToken);
    QVERIFY(!users.isLoggedIn());
}

void TestUserService::staleErrorDoesNotEndNewSession()
{
    QVERIFY(!m_env->loginAlice().isError());
    UserService &users = m_env->users();
    m_env->host().setResponseDelay(300);
    m_env->host().expireAllSessions();
    User changes;
    changes.setValue(QStringLiteral("address"), QStringLiteral("x"));
    UserCall *stale = users.update(changes); // will answer 3064 for the old token
    m_env->host().setResponseDelay(0);
    Error staleError;
    connect(stale, &UserCall::finished, this, [&] { staleError = stale->error(); });
    QVERIFY(!m_env->loginAlice().isError()); // a new session before the stale reply lands
    QTRY_COMPARE(staleError.code, ErrorCode::InvalidUserToken);
    QVERIFY(users.isLoggedIn());
}

void TestUserService::eventLoopKeepsTurningWhileReplyIsSlow()
{
    QVERIFY(!m_env->loginAlice().isError());
    m_env->host().setResponseDelay(500);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(10);

    QElapsedTimer clock;
    clock.start();
    User changes;
    changes.setValue(QStringLiteral("address"), QStringLiteral("slow lane"));
    UserCall *call = m_env->users().update(changes);
    QVERIFY2(clock.elapsed() < 100, "update() must return at once");
    int ticksAtFinish = -1;
    qint64 finishedAfter = 0;
    awaitCall<UserCall>(call, [&](UserCall *) {
        ticksAtFinish = ticks;
        finishedAfter = clock.elapsed();
    });
    QVERIFY(finishedAfter >= 450);
    // 500 ms at 10 ms per tick: a blocked thread would show 0 or 1 ticks.
    QVERIFY2(ticksAtFinish >= 20, qPrintable(QString::number(ticksAtFinish)));
}

void TestUserService::cancelUpdate()
{
    QVERIFY(!m_env->loginAlice().isError());
    UserService &users = m_env->users();
    const User before = users.currentUser();
    m_env->host().setResponseDelay(1000);
    User changes;
    changes.setValue(QStringLiteral("address"), QStringLiteral("never mind"));
    UserCall *call = users.update(changes);
    int finishedCount = 0;
    Error error;
    connect(call, &UserCall::finished, this, [&] {
        ++finishedCount;
        error = call->error();
    });
    QTest::qWait(100);
    call->cancel();
    QCOMPARE(finishedCount, 1);
    QCOMPARE(error.kind, Error::Kind::Cancelled);
    QTest::qWait(1200); // the server's late reply must not reach anyone
    QCOMPARE(finishedCount, 1);
    QCOMPARE(users.currentUser(), before);
    QVERIFY(users.isLoggedIn());
}

void TestUserService::timeoutAgainstSlowServer()
{
    QVERIFY(!m_env->loginAlice().isError());
    m_env->client().setTimeout(std::chrono::milliseconds(200));
    m_env->host().setResponseDelay(1500);
    User changes;
    changes.setValue(QStringLiteral("address"), QStringLiteral("late"));
    const Error error = awaitError(m_env->users().update(changes));
    QCOMPARE(error.kind, Error::Kind::Timeout);
    QVERIFY(m_env->users().isLoggedIn()); // a timeout says nothing about the session
}

namespace {
QMutex logMutex;
QStringList logLines;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (!context.category || !QByteArray(context.category).startsWith("profiledesk.core"))
        return;
    QMutexLocker lock(&logMutex);
    logLines.append(message);
}
} // namespace

void TestUserService::tokensAndPasswordsNeverLogged()
{
    QLoggingCategory::setFilterRules(QStringLiteral("profiledesk.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    QVERIFY(!m_env->loginAlice().isError());
    const QString token = m_env->users().userToken();
    bool valid = false;
    awaitCall<BoolCall>(m_env->users().isValidLogin(), [&](BoolCall *call) { valid = call->result(); });
    User changes;
    changes.setValue(QStringLiteral("password"), QStringLiteral("Alice-pass-2"));
    QVERIFY(!awaitError(m_env->users().update(changes)).isError());
    QVERIFY(!awaitError(m_env->users().logout()).isError());
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(valid);
    QMutexLocker lock(&logMutex);
    QVERIFY2(logLines.size() >= 4, "the debug log must have been on for this test to mean anything");
    for (const QString &line : std::as_const(logLines)) {
        QVERIFY2(!line.contains(token), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Alice-pass")), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
