// Session assembles every open profile in one place: the signed-in person's own (saves through
// PUT /users/{id}, their DraftStore, a PasswordChange) and, for support staff, another user's
// (a reason asked, the journal written, drafts in the staff account's own directory). A save that
// finds the session gone says so through the Session, with ReauthReason and the profile to replay.
#include "modeltestenv.h"

#include "core/accountservice.h"
#include "core/realtimeclient.h"
#include "models/profile/draftautosave.h"
#include "models/profile/livechanges.h"
#include "models/profile/passwordchange.h"
#include "models/profile/profileedit.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"
#include "models/session/session.h"
#include "models/staff/journal.h"
#include "models/staff/staffaccountactions.h"
#include "persistence/draftstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void ownProfile();
    void staffEditOfAnotherUser();
    void endedSessionAsksToSignInAgain();
    void draftComesBackWithTheProfile();
    void liveChangesReachTheOpenProfile();
    void liveConflictWaitsForThePerson();
    void realtimeOffWithoutRtUrl();
    void realtimeWaitsForTheSignIn();
    void tokenFollowsTheSignIns();
    void accountActionsBelongToTheProfile();

private:
    std::unique_ptr<Session> makeSession(ClientSession *client, const QString &identity);
    // Addressed with the application id and key (Real-Time's namespace and handshake name them).
    std::unique_ptr<Session> makeLiveSession(ClientSession *client, const QString &identity);

    std::unique_ptr<ModelTestEnv> m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<Journal> m_journal;
};

void TestSession::init()
{
    m_env = std::make_unique<ModelTestEnv>();
    QVERIFY(m_env->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_drafts = std::make_unique<DraftStore>(m_dir->filePath(QStringLiteral("drafts")));
    m_journal = std::make_unique<Journal>(m_dir->filePath(QStringLiteral("journal.jsonl")));
}

void TestSession::cleanup()
{
    m_journal.reset();
    m_drafts.reset();
    m_dir.reset();
    m_env.reset();
}

std::unique_ptr<Session> TestSession::makeSession(ClientSession *client, const QString &identity)
{
    return std::make_unique<Session>(
        Session::Services{client->users(), client->data(), m_drafts.get(), m_journal.get()}, m_env->config(), identity);
}

std::unique_ptr<Session> TestSession::makeLiveSession(ClientSession *client, const QString &identity)
{
    return std::make_unique<Session>(
        Session::Services{client->users(), client->data(), m_drafts.get(), m_journal.get()},
        Config::fromBaseUrl(m_env->server()->classicBaseUrl()), identity);
}

void TestSession::ownProfile()
{
    auto alice = m_env->session(Demo::alice(), Demo::alicePassword());
    auto session = makeSession(alice.get(), Demo::alice());
    const User me = alice->users()->currentUser();
    ProfileEdit *own = session->openOwnProfile(alice->describeUserClass());
    QCOMPARE(session->ownProfile(), own);
    QCOMPARE(own->fields()->loadedUser().objectId(), me.objectId());
    QCOMPARE(own->fields()->value(QStringLiteral("email")).toString(), Demo::alice());
    QVERIFY(own->passwordChange());
    QCOMPARE(own->passwordChange()->identity(), Demo::alice());
    const DraftKey key = own->autosave()->draftKey();
    QCOMPARE(key, (DraftKey{m_env->config().serverKey(), m_env->config().appId(), me.objectId()}));

    // Its edits go to the person's own drafts; a save through PUT /users/{id} removes them.
    m_drafts->setDebounceInterval(0);
    QVERIFY(own->fields()->setValue(QStringLiteral("bio"), QStringLiteral("Saved through the session")));
    QTRY_VERIFY(m_drafts->contains(key));
    QSignalSpy saved(own->save(), &ProfileSave::saved);
    QVERIFY(own->save()->submit());
    QVERIFY(saved.wait(15000));
    QVERIFY(!m_drafts->contains(key));
    QCOMPARE(alice->get(me.objectId()).value(QStringLiteral("bio")).toString(),
             QStringLiteral("Saved through the session"));

    // Opening it again replaces the first one: one own profile per session.
    QPointer<ProfileEdit> first(own);
    QVERIFY(session->openOwnProfile(alice->describeUserClass()) != nullptr);
    QVERIFY(!first);
}

void TestSession::staffEditOfAnotherUser()
{
    auto staff = m_env->session(Demo::support(), Demo::supportPassword());
    auto alice = m_env->session(Demo::alice(), Demo::alicePassword());
    const QString aliceId = alice->users()->currentUser().objectId();
    auto session = makeSession(staff.get(), Demo::support());
    QStringList asked;
    session->setReasonAsker(
        [&](const ReasonRequest &request, std::function<void(const QString &)> answer) -> QObject * {
            asked << request.userId;
            answer(QStringLiteral("Ticket 1"));
            return nullptr;
        });
    ProfileEdit *edit = session->openUser(aliceId, staff->describeUserClass());
    // The session's, one per user: a view shows it and does not own it.
    QCOMPARE(edit->parent(), session.get());
    QCOMPARE(session->openedUser(aliceId), edit);
    QCOMPARE(session->openUser(aliceId, staff->describeUserClass()), edit);
    QVERIFY(!edit->passwordChange()); // staff do not set another user's password here
    QVERIFY(session->ownProfile() == nullptr);
    QSignalSpy loaded(edit, &ProfileEdit::loaded);
    edit->load(aliceId);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(edit->fields()->value(QStringLiteral("email")).toString(), Demo::alice());

    // Its draft lives in this staff account's own directory, apart from anyone's own drafts.
    const DraftKey key = edit->autosave()->draftKey();
    QCOMPARE(key.userId, aliceId);
    DraftStore *staffDrafts = session->staffDrafts();
    QVERIFY(staffDrafts != m_drafts.get());
    QVERIFY(staffDrafts->directory().startsWith(m_drafts->directory() + QStringLiteral("/staff-")));
    staffDrafts->setDebounceInterval(0);
    QVERIFY(edit->fields()->setValue(QStringLiteral("address"), QStringLiteral("Set by support")));
    QTRY_VERIFY(staffDrafts->contains(key));
    QVERIFY(!m_drafts->contains(key));

    // The save asks for a reason and is journalled; the draft goes.
    QSignalSpy saved(edit->save(), &ProfileSave::saved);
    QVERIFY(edit->save()->submit());
    QVERIFY(saved.wait(15000));
    QCOMPARE(asked, QStringList{aliceId});
    QCOMPARE(m_journal->entries().size(), 1);
    QVERIFY(!staffDrafts->contains(key));
    QCOMPARE(alice->get(aliceId).value(QStringLiteral("address")).toString(), QStringLiteral("Set by support"));
}

void TestSession::endedSessionAsksToSignInAgain()
{
    auto alice = m_env->session(Demo::alice(), Demo::alicePassword());
    auto session = makeSession(alice.get(), Demo::alice());
    ProfileEdit *own = session->openOwnProfile(alice->describeUserClass());
    QSignalSpy asked(session.get(), &Session::credentialsNeeded);
    QSignalSpy states(session.get(), &Session::stateChanged);
    m_env->server()->expireAllSessions();
    QVERIFY(own->fields()->setValue(QStringLiteral("bio"), QStringLiteral("Kept while signing in")));
    PendingCall *attempt = own->save()->submit();
    QVERIFY(attempt);
    QSignalSpy attemptDone(attempt, &PendingCall::finished);
    QVERIFY(asked.wait(15000));
    QCOMPARE(asked.at(0).at(0).value<ReauthReason>(), ReauthReason::SessionEnded);
    QCOMPARE(session->state(), Session::State::NeedsCredentials);
    QVERIFY(session->endReason().endsSession());
    QVERIFY(own->fields()->isDirty()); // every edit kept for the replay
    // The save's own answer: not saved, because the session ended.
    QTRY_COMPARE(attemptDone.size(), 1);
    QVERIFY(own->save()->lastError().endsSession());

    // A second save while signed out sends nothing: it waits, and asks for the same sign-in.
    QVERIFY(own->fields()->setValue(QStringLiteral("address"), QStringLiteral("Waits too")));
    QVERIFY(own->save()->submit());
    QTRY_COMPARE(asked.size(), 2);
    QCOMPARE(states.size(), 1); // NeedsCredentials was entered once

    // Signed in again: Active, and the waiting save runs with both edits.
    QVERIFY(!alice->login(Demo::alice(), Demo::alicePassword()).isNull());
    QSignalSpy saved(own->save(), &ProfileSave::saved);
    session->renewed();
    QCOMPARE(session->state(), Session::State::Active);
    QVERIFY(saved.wait(15000));
    const User stored = alice->get(own->fields()->loadedUser().objectId());
    QCOMPARE(stored.value(QStringLiteral("address")).toString(), QStringLiteral("Waits too"));
    QCOMPARE(stored.value(QStringLiteral("bio")).toString(), QStringLiteral("Kept while signing in"));

    // "Server settings…" asks for the sign-in with its own reason; signing out ends the session.
    session->requestSignIn(ReauthReason::KeyRejected);
    QCOMPARE(asked.last().at(0).value<ReauthReason>(), ReauthReason::KeyRejected);
    session->end();
    QCOMPARE(session->state(), Session::State::Ended);
}

// What was typed and not saved comes back when the profile is opened again, by the profile itself
// (ProfileEdit::take(), on load): no host has to remember to restore it. (Before, each host
// restored drafts itself, and a profile loaded by anything else came back without its edits.)
void TestSession::draftComesBackWithTheProfile()
{
    auto staff = m_env->session(Demo::support(), Demo::supportPassword());
    auto alice = m_env->session(Demo::alice(), Demo::alicePassword());
    const QString aliceId = alice->users()->currentUser().objectId();
    const UserSchema schema = staff->describeUserClass();
    auto session = makeSession(staff.get(), Demo::support());
    session->staffDrafts()->setDebounceInterval(0);

    QPointer<ProfileEdit> edit = session->openUser(aliceId, schema);
    QSignalSpy loaded(edit.data(), &ProfileEdit::loaded);
    edit->load(aliceId);
    QVERIFY(loaded.wait(15000));
    QVERIFY(!edit->autosave()->hasRestoredDraft());
    QVERIFY(edit->fields()->setValue(QStringLiteral("address"), QStringLiteral("Typed, not saved")));
    QTRY_VERIFY(session->staffDrafts()->contains(edit->autosave()->draftKey()));
    session->closeUser(aliceId);
    QVERIFY(!session->openedUser(aliceId));
    QTRY_VERIFY(!edit);

    ProfileEdit *again = session->openUser(aliceId, schema);
    QSignalSpy loadedAgain(again, &ProfileEdit::loaded);
    again->load(aliceId);
    QVERIFY(loadedAgain.wait(15000));
    QCOMPARE(again->fields()->value(QStringLiteral("address")).toString(), QStringLiteral("Typed, not saved"));
    QVERIFY(again->fields()->isDirty());
    QVERIFY(again->autosave()->hasRestoredDraft());
}

// One place says which token is current (Real-Time signs in with it): the sign-in's at the start,
// none once the session ended, the new one after the person signs in again, none after sign-out;
// tokenChanged() at each change, without the token in it.
// While the session needs credentials, Real-Time tries no connection with the dead token: a
// connection that went down waits for the person to sign in again, and then comes back at once with
// the new token. (It kept reconnecting with the old one, each attempt refused, backing off up to a
// minute, so that the new token could wait that long.)
void TestSession::realtimeWaitsForTheSignIn()
{
    auto alice = m_env->session(Demo::alice(), Demo::alicePassword());
    auto session = makeLiveSession(alice.get(), Demo::alice());
    ProfileEdit *own = session->openOwnProfile(alice->describeUserClass());
    RealtimeClient *realtime = session->realtime();
    QTRY_VERIFY_WITH_TIMEOUT(realtime->isConnected(), 10000);
    QSignalSpy refused(realtime, &RealtimeClient::refused);

    // The session ends, found by a save: it needs credentials.
    m_env->server()->expireAllSessions();
    QVERIFY(own->fields()->setValue(QStringLiteral("bio"), QStringLiteral("Waits for the sign-in")));
    QVERIFY(own->save()->submit());
    QTRY_COMPARE(session->state(), Session::State::NeedsCredentials);
    // Then the connection goes too: the server restarts on its port (no session survives it here).
    const quint16 port = m_env->server()->port();
    m_env->stopServer();
    QTRY_VERIFY_WITH_TIMEOUT(!realtime->isConnected(), 10000);
    QVERIFY(m_env->start(port));
    // Long enough for the backoff's first attempts (200 ms, then 400 ms) to reach the server.
    QTest::qWait(1500);
    QCOMPARE(refused.count(), 0);
    QVERIFY(!realtime->isConnected());

    // Signed in again: the new token, and the connection with it.
    QVERIFY(!alice->login(Demo::alice(), Demo::alicePassword()).isNull());
    session->renewed();
    QTRY_VERIFY_WITH_TIMEOUT(realtime->isConnected(), 10000);
    QCOMPARE(refused.count(), 0);
}

void TestSession::tokenFollowsTheSignIns()
{
    auto alice = m_env->session(Demo::alice(), Demo::alicePassword());
    auto session = makeSession(alice.get(), Demo::alice());
    ProfileEdit *own = session->openOwnProfile(alice->describeUserClass());
    const QString first = session->token();
    QVERIFY(!first.isEmpty());
    QCOMPARE(first, alice->users()->userToken());
    QSignalSpy changed(session.get(), &Session::tokenChanged);
    QCOMPARE(changed.count(), 0);

    m_env->server()->expireAllSessions();
    QVERIFY(own->fields()->setValue(QStringLiteral("bio"), QStringLiteral("After the token")));
    QVERIFY(own->save()->submit());
    QTRY_COMPARE(session->state(), Session::State::NeedsCredentials);
    QCOMPARE(changed.count(), 1);
    QVERIFY(session->token().isEmpty());

    QVERIFY(!alice->login(Demo::alice(), Demo::alicePassword()).isNull());
    session->renewed();
    QCOMPARE(changed.count(), 2);
    QVERIFY(!session->token().isEmpty());
    QVERIFY(session->token() != first);
    QCOMPARE(session->token(), alice->users()->userToken());
    // The parked save runs again with that token; it ends before the next sign-in, whose answer
    // could otherwise come after the server's refusal of the token that sign-in replaced.
    QTRY_VERIFY(!own->save()->isBusy());
    QCOMPARE(changed.count(), 2);

    // Signed in again over a usable session ("Server settings…"): a new token, announced too.
    QVERIFY(!alice->login(Demo::alice(), Demo::alicePassword()).isNull());
    session->renewed();
    QCOMPARE(changed.count(), 3);
    QCOMPARE(session->token(), alice->users()->userToken());

    session->end();
    QCOMPARE(changed.count(), 4);
    QVERIFY(session->token().isEmpty());
}

// A staff tab's account actions are the opened profile's, as the profile is the Session's: a view
// (the tab) going loses neither; closing the user in the session closes both. (Before, the actions
// were the editor widget's children, gone with the tab while their call was still on its way.)
void TestSession::accountActionsBelongToTheProfile()
{
    auto staff = m_env->session(Demo::support(), Demo::supportPassword());
    auto alice = m_env->session(Demo::alice(), Demo::alicePassword());
    const QString aliceId = alice->users()->currentUser().objectId();
    AccountService accounts(staff->client(), staff->users());
    Session session({staff->users(), staff->data(), m_drafts.get(), m_journal.get(), &accounts}, m_env->config(),
                    Demo::support());
    ProfileEdit *edit = session.openUser(aliceId, staff->describeUserClass());
    const QPointer<StaffAccountActions> actions = edit->accountActions();
    QVERIFY(actions);
    QCOMPARE(actions->parent(), edit);
    QVERIFY(!session.openOwnProfile(alice->describeUserClass())->accountActions()); // not on one's own

    // Without an AccountService there are no actions to show.
    auto plain = makeSession(staff.get(), Demo::support());
    QVERIFY(!plain->openUser(aliceId, staff->describeUserClass())->accountActions());

    session.closeUser(aliceId);
    QTRY_VERIFY(!actions);
}

// Issue 24: the session's Real-Time connection (rtURL from GET /info) carries another device's
// change into the open profile: an untouched field takes it at once and says so.
void TestSession::liveChangesReachTheOpenProfile()
{
    auto alice = m_env->session(Demo::alice(), Demo::alicePassword());
    // Elsewhere: support staff through the Data API (a second sign-in of alice would end her
    // session: the server allows one per account by default).
    auto other = m_env->session(Demo::support(), Demo::supportPassword());
    auto session = makeLiveSession(alice.get(), Demo::alice());
    QVERIFY(session->realtime());
    ProfileEdit *own = session->openOwnProfile(alice->describeUserClass());
    QTRY_VERIFY_WITH_TIMEOUT(session->realtime()->isConnected(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(own->live()->isLive(), 10000);

    // Values of this run only: the demo database may hold an earlier run's.
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString phone = QStringLiteral("+49 30 ") + stamp;
    QSignalSpy changed(own->live(), &LiveChanges::changedElsewhere);
    QSignalSpy conflicts(own->live(), &LiveChanges::conflictsFound);
    const QString id = alice->users()->currentUser().objectId();
    Error error;
    other->updateData(id, {{QStringLiteral("phone"), phone}}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.displayText()));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000); // it may come while the update waits
    QCOMPARE(changed.constFirst().constFirst().toStringList(), QStringList{QStringLiteral("phone")});
    QCOMPARE(own->fields()->value(QStringLiteral("phone")).toString(), phone);
    QVERIFY(!own->fields()->isDirty()); // taken as the loaded value, not as an edit
    QCOMPARE(conflicts.count(), 0);

    // The form's own save comes back as an event too: no "changed elsewhere" for it.
    QVERIFY(own->fields()->setValue(QStringLiteral("bio"), QString(QStringLiteral("Mine ") + stamp)));
    QSignalSpy saved(own->save(), &ProfileSave::saved);
    QVERIFY(own->save()->submit());
    QVERIFY(saved.wait(15000));
    QTest::qWait(500);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(alice->get(id).value(QStringLiteral("bio")).toString(), QStringLiteral("Mine ") + stamp);
}

// A change elsewhere to a field the person edited is a conflict at once: nothing in the form
// changes and nothing is sent; the save's re-read then asks, and the choice is what the server holds.
void TestSession::liveConflictWaitsForThePerson()
{
    auto alice = m_env->session(Demo::alice(), Demo::alicePassword());
    auto other = m_env->session(Demo::support(), Demo::supportPassword());
    auto session = makeLiveSession(alice.get(), Demo::alice());
    ProfileEdit *own = session->openOwnProfile(alice->describeUserClass());
    QTRY_VERIFY_WITH_TIMEOUT(own->live()->isLive(), 10000);
    const QString id = alice->users()->currentUser().objectId();
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString mine = QStringLiteral("1 Mine Street ") + stamp;
    const QString theirs = QStringLiteral("2 Their Street ") + stamp;

    QVERIFY(own->fields()->setValue(QStringLiteral("address"), mine));
    QSignalSpy liveConflicts(own->live(), &LiveChanges::conflictsFound);
    other->updateData(id, {{QStringLiteral("address"), theirs}});
    QTRY_COMPARE_WITH_TIMEOUT(liveConflicts.count(), 1, 5000);
    const auto found = liveConflicts.constFirst().constFirst().value<QList<Conflict>>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().name, QStringLiteral("address"));
    QCOMPARE(found.constFirst().serverValue.toString(), theirs);
    QCOMPARE(own->fields()->value(QStringLiteral("address")).toString(), mine);
    QVERIFY(!own->save()->isBusy());

    QSignalSpy saveConflicts(own->save(), &ProfileSave::conflictsFound);
    QSignalSpy saved(own->save(), &ProfileSave::saved);
    QVERIFY(own->save()->submit());
    QVERIFY(saveConflicts.wait(15000));
    own->save()->resolveConflicts({{QStringLiteral("address"), ConflictChoice::KeepMine}});
    QVERIFY(saved.wait(15000));
    QCOMPARE(alice->get(id).value(QStringLiteral("address")).toString(), mine);
}

// A server without GET /info (nothing listens there): Real-Time stays off without a word, and
// the profile opens as before.
void TestSession::realtimeOffWithoutRtUrl()
{
    const Config nowhere =
        Config::fromServer(QUrl(QStringLiteral("http://127.0.0.1:1/")), QStringLiteral("x"), QStringLiteral("y"));
    ClientSession client(nowhere, m_env->nam());
    Session session({client.users(), client.data(), m_drafts.get(), m_journal.get()}, nowhere, Demo::alice());
    QSignalSpy connected(session.realtime(), &RealtimeClient::connectedChanged);
    QSignalSpy refused(session.realtime(), &RealtimeClient::refused);
    QTest::qWait(500);
    QVERIFY(!session.realtime()->isEnabled());
    QCOMPARE(connected.count(), 0);
    QCOMPARE(refused.count(), 0);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
