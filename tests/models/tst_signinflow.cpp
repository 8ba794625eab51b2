// The sign-in flow without widgets, against the in-process server: the server choice applied only
// when a sign-in is asked for, Settings and the keychain after a sign-in, a kept session restored,
// a session renewed over an open form, sign-out, and the reason a save asks for a sign-in again.

#include "misbehavingserver.h"
#include "modeltestenv.h"

#include "models/errorcatalog.h"
#include "models/session/signinflow.h"
#include "persistence/sessionstore.h"
#include "persistence/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>

// What AppController builds: one shared client that starts with no server, and the flow over it.
struct FlowRig
{
    FlowRig(ModelTestEnv *env, Settings *settings, MemorySessionStore *sessions)
        : client(Config(), env->nam())
        , users(&client)
        , flow(&users, sessions, settings)
    {
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(env->server()->port()));
        flow.setDemoServer(DemoServer{base, env->server()->options().appId, env->server()->options().apiKey, {}});
    }

    RestClient client;
    UserService users;
    SignInFlow flow;
};

class TestSignInFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signInAppliesTheServerAndRemembersIt();
    void probingTheServerLeavesTheClientAlone();
    void aServerTypedLaterIsProbedWhileAnEarlierOneHangs();
    void wrongPasswordIsPlacedUnderThePassword();
    void unusableServerIsRefusedBeforeSending();
    void passwordResetToAnUnusableServerIsAnswered();
    void notStayingSignedInForgetsTheKeptSession();
    void noKeychainSaysSoOnce();
    void keptSessionIsRestored();
    void restoreWithoutKeptSessionAsksToSignIn();
    void restoreOfAnEndedSessionSaysSo();
    void renewingKeepsIdentityAndStaySignedIn();
    void cancelStopsTheSignIn();
    void signOutForgetsTheSession();
    void reasonForASignInAgain();

private:
    static ServerChoice demoChoice();
    bool signIn(SignInFlow &flow, const QString &identity, const QString &password, bool stay, Error *error = nullptr);

    std::unique_ptr<ModelTestEnv> m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySessionStore> m_sessions;
    std::unique_ptr<FlowRig> m_rig;
};

void TestSignInFlow::init()
{
    m_env = std::make_unique<ModelTestEnv>();
    QVERIFY(m_env->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->path() + QStringLiteral("/settings.ini"));
    m_sessions = std::make_unique<MemorySessionStore>();
    m_rig = std::make_unique<FlowRig>(m_env.get(), m_settings.get(), m_sessions.get());
}

void TestSignInFlow::cleanup()
{
    m_rig.reset();
    m_sessions.reset();
    m_settings.reset();
    m_dir.reset();
    m_env.reset();
}

ServerChoice TestSignInFlow::demoChoice()
{
    ServerChoice choice;
    choice.kind = Settings::ServerKind::LocalDemo;
    return choice;
}

bool TestSignInFlow::signIn(SignInFlow &flow, const QString &identity, const QString &password, bool stay, Error *error)
{
    QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
    SignInFlow::Request request;
    request.identity = identity;
    request.password = password;
    request.staySignedIn = stay;
    request.server = demoChoice();
    Error answer;
    if (!finish(flow.signIn(request), [&](PendingCall *call) { answer = call->error(); }))
        return false;
    if (error)
        *error = answer;
    // The answer comes first; signedIn() (a new session began) with it.
    return !answer.isError() && signedIn.count() == 1;
}

void TestSignInFlow::signInAppliesTheServerAndRemembersIt()
{
    SignInFlow &flow = m_rig->flow;
    QVERIFY(!m_rig->client.config().isValid());
    QVERIFY(signIn(flow, Demo::alice(), Demo::alicePassword(), true));

    QVERIFY(m_rig->users.isLoggedIn());
    QCOMPARE(m_rig->users.currentUser().value(QStringLiteral("email")).toString(), Demo::alice());
    QCOMPARE(flow.identity(), Demo::alice());
    QCOMPARE(flow.config().baseUrl(), m_rig->client.config().baseUrl());
    QCOMPARE(m_rig->client.config().appId(), m_env->server()->options().appId);
    QCOMPARE(m_settings->lastIdentity(), Demo::alice());
    QVERIFY(m_settings->staySignedIn());
    QCOMPARE(m_settings->serverKind(), Settings::ServerKind::LocalDemo);
    // Stay signed in: the session is in the keychain under this server and identity.
    QTRY_VERIFY(m_sessions->contents().contains(SessionStore::keyFor(flow.config(), Demo::alice())));
}

void TestSignInFlow::probingTheServerLeavesTheClientAlone()
{
    QString found;
    QVERIFY(
        finish(m_rig->flow.probeIdentityProperty(demoChoice()), [&](Call<QString> *call) { found = call->result(); }));
    QCOMPARE(found, QStringLiteral("email"));
    // The person may still be typing another server: nothing is applied until they sign in.
    QVERIFY(!m_rig->client.config().isValid());
}

// The person types one server, then another, while the first does not answer: the label must
// follow the second. (Before each probe returned its own answer, the flow refused a probe while
// one was in flight, so the server typed last was never asked.)
void TestSignInFlow::aServerTypedLaterIsProbedWhileAnEarlierOneHangs()
{
    MisbehavingServer hanging;
    hanging.setBehaviour(MisbehavingServer::Behaviour::Hang);
    QVERIFY(hanging.listen());
    ServerChoice slow;
    slow.kind = Settings::ServerKind::Custom;
    slow.url = hanging.baseUrl().toString();
    Call<QString> *earlier = m_rig->flow.probeIdentityProperty(slow);
    QVERIFY(earlier);
    QTRY_COMPARE(hanging.requests().size(), 1);

    QString found;
    QVERIFY(
        finish(m_rig->flow.probeIdentityProperty(demoChoice()), [&](Call<QString> *call) { found = call->result(); }));
    QCOMPARE(found, QStringLiteral("email"));
}

void TestSignInFlow::wrongPasswordIsPlacedUnderThePassword()
{
    Error error;
    QVERIFY(!signIn(m_rig->flow, Demo::alice(), QStringLiteral("wrong"), true, &error));
    QCOMPARE(error.code, ErrorCode::InvalidLogin);
    const ErrorCatalog::Placement placement = ErrorCatalog::placeLoginError(error, {});
    QCOMPARE(placement.fields, QStringList{ErrorCatalog::LoginPasswordField});
    // Nothing is remembered of a failed sign-in.
    QVERIFY(m_settings->lastIdentity().isEmpty());
    QVERIFY(m_sessions->contents().isEmpty());
    QVERIFY(!m_rig->users.isLoggedIn());
}

void TestSignInFlow::unusableServerIsRefusedBeforeSending()
{
    SignInFlow::Request request;
    request.identity = Demo::alice();
    request.password = Demo::alicePassword();
    request.server = ServerChoice();
    request.server->kind = Settings::ServerKind::Custom; // and no URL
    Error error;
    QVERIFY(finish(m_rig->flow.signIn(request), [&](PendingCall *call) { error = call->error(); }));
    QCOMPARE(error.kind, Error::Kind::Local);
    QVERIFY(!m_rig->client.config().isValid());
    QCOMPARE(m_settings->serverKind(), Settings::ServerKind::LocalDemo); // the default, not saved
}

void TestSignInFlow::passwordResetToAnUnusableServerIsAnswered()
{
    ServerChoice server;
    server.kind = Settings::ServerKind::Custom; // and no URL
    Error error;
    QVERIFY(finish(m_rig->flow.requestPasswordReset(Demo::alice(), server),
                   [&](PendingCall *call) { error = call->error(); }));
    QCOMPARE(error.kind, Error::Kind::Local); // nothing sent
    QVERIFY(!m_rig->client.config().isValid());
}

void TestSignInFlow::notStayingSignedInForgetsTheKeptSession()
{
    QVERIFY(signIn(m_rig->flow, Demo::alice(), Demo::alicePassword(), true));
    QTRY_COMPARE(m_sessions->contents().size(), 1);
    QVERIFY(signIn(m_rig->flow, Demo::alice(), Demo::alicePassword(), false));
    QTRY_VERIFY(m_sessions->contents().isEmpty());
    QVERIFY(!m_settings->staySignedIn());
}

void TestSignInFlow::noKeychainSaysSoOnce()
{
    m_sessions->setAvailable(false);
    QSignalSpy notKept(&m_rig->flow, &SignInFlow::sessionNotKept);
    QVERIFY(signIn(m_rig->flow, Demo::alice(), Demo::alicePassword(), true));
    QCOMPARE(notKept.count(), 1);
    QCOMPARE(notKept.first().first().toString(), m_sessions->unavailableReason());
    QVERIFY(!m_settings->staySignedIn());
    QCOMPARE(m_rig->flow.takeNotice(), m_sessions->unavailableReason());
    QVERIFY(m_rig->flow.takeNotice().isEmpty());
}

void TestSignInFlow::keptSessionIsRestored()
{
    QVERIFY(signIn(m_rig->flow, Demo::alice(), Demo::alicePassword(), true));
    QTRY_COMPARE(m_sessions->contents().size(), 1);

    // The next start: a new client and flow over the same settings and keychain.
    FlowRig next(m_env.get(), m_settings.get(), m_sessions.get());
    QSignalSpy signedIn(&next.flow, &SignInFlow::signedIn);
    QSignalSpy failed(&next.flow, &SignInFlow::restoreFailed);
    next.flow.restore();
    QTRY_COMPARE(signedIn.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(next.users.isLoggedIn());
    QCOMPARE(next.flow.identity(), Demo::alice());
    QCOMPARE(next.flow.config().baseUrl(), m_rig->flow.config().baseUrl());
}

void TestSignInFlow::restoreWithoutKeptSessionAsksToSignIn()
{
    QSignalSpy failed(&m_rig->flow, &SignInFlow::restoreFailed);
    m_rig->flow.restore(); // never signed in: nothing to restore, at once
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().isEmpty());

    // Signed in without "stay signed in": nothing either.
    QVERIFY(signIn(m_rig->flow, Demo::alice(), Demo::alicePassword(), false));
    m_rig->flow.restore();
    QCOMPARE(failed.count(), 2);
}

void TestSignInFlow::restoreOfAnEndedSessionSaysSo()
{
    QVERIFY(signIn(m_rig->flow, Demo::alice(), Demo::alicePassword(), true));
    const QString key = SessionStore::keyFor(m_rig->flow.config(), Demo::alice());
    QTRY_VERIFY(m_sessions->contents().contains(key));
    // A token the server does not know (the session ended while the app was closed).
    QVERIFY(finish(
        m_sessions->store(key, SessionStore::packSession(m_rig->users.currentUser(), QStringLiteral("ended-token"))),
        [](PendingCall *call) { QVERIFY(!call->error().isError()); }));

    FlowRig next(m_env.get(), m_settings.get(), m_sessions.get());
    QSignalSpy failed(&next.flow, &SignInFlow::restoreFailed);
    next.flow.restore();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), ErrorCatalog::sessionEnded());
    QVERIFY(!next.users.isLoggedIn());
}

void TestSignInFlow::renewingKeepsIdentityAndStaySignedIn()
{
    QVERIFY(signIn(m_rig->flow, Demo::alice(), Demo::alicePassword(), true));
    const QString key = SessionStore::keyFor(m_rig->flow.config(), Demo::alice());
    QTRY_VERIFY(m_sessions->contents().contains(key));
    const QString keptBefore = m_sessions->contents().value(key);
    m_rig->users.clearSession(); // the session ended; the form stays open

    QSignalSpy signedIn(&m_rig->flow, &SignInFlow::signedIn);
    SignInFlow::Request request;
    request.identity = Demo::alice();
    request.password = Demo::alicePassword();
    request.renewing = true; // no server: it cannot change under the open form
    Error error = Error::local(QStringLiteral("not answered"));
    QVERIFY(finish(m_rig->flow.signIn(request), [&](PendingCall *call) { error = call->error(); }));
    QVERIFY(!error.isError());
    QCOMPARE(signedIn.count(), 0); // the same session renewed, not a new one
    QVERIFY(m_rig->users.isLoggedIn());
    QVERIFY(m_settings->staySignedIn());
    QCOMPARE(m_settings->lastIdentity(), Demo::alice());
    // The keychain holds the new token.
    QTRY_VERIFY(m_sessions->contents().value(key) != keptBefore);
}

void TestSignInFlow::cancelStopsTheSignIn()
{
    QSignalSpy signedIn(&m_rig->flow, &SignInFlow::signedIn);
    SignInFlow::Request request;
    request.identity = Demo::alice();
    request.password = Demo::alicePassword();
    request.server = demoChoice();
    PendingCall *call = m_rig->flow.signIn(request);
    QVERIFY(call);
    QVERIFY(!m_rig->flow.signIn(request)); // one sign-in at a time
    Error error;
    QObject::connect(call, &PendingCall::finished, call, [&error, call] { error = call->error(); });
    m_rig->flow.cancel();
    QTRY_COMPARE(error.kind, Error::Kind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(m_settings->lastIdentity().isEmpty());
}

void TestSignInFlow::signOutForgetsTheSession()
{
    QVERIFY(signIn(m_rig->flow, Demo::alice(), Demo::alicePassword(), true));
    QTRY_COMPARE(m_sessions->contents().size(), 1);
    m_rig->flow.signOut();
    QTRY_VERIFY(m_sessions->contents().isEmpty());
    QVERIFY(!m_settings->staySignedIn());
    QTRY_VERIFY(!m_rig->users.isLoggedIn());
}

void TestSignInFlow::reasonForASignInAgain()
{
    QCOMPARE(ErrorCatalog::reauthReason(Error::server(ErrorCode::InvalidUserToken, QString(), 401)),
             ReauthReason::SessionEnded);
    QCOMPARE(ErrorCatalog::reauthReason(Error::server(ErrorCode::LogoutFailed, QString(), 401)),
             ReauthReason::SessionEnded);
    QCOMPARE(ErrorCatalog::reauthReason(Error::local(QStringLiteral("No user is logged in."), ErrorCode::NotLoggedIn)),
             ReauthReason::NotSignedIn);
    QCOMPARE(ErrorCatalog::reauthReason(Error::server(ErrorCode::WrongAppIdOrKey, QString(), 400)),
             ReauthReason::KeyRejected);
}

QTEST_GUILESS_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"
