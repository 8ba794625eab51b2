// StaffAccountActions against the in-process server (issue 21): each action reaches the server,
// is journaled with its reason (attempt, then result), and a server without the ProfileDeskStaff
// service turns the status and role actions off after the first call while the mails still work.

#include "core/accountservice.h"
#include "models/staff/journal.h"
#include "models/staff/staffaccountactions.h"
#include "modeltestenv.h"

#include <QSignalSpy>
#include <QTemporaryDir>

class TestStaffAccountActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void disableEnableJournaled();
    void rolesAddRemove();
    void refusedAndNoReason();
    void serviceMissing();

private:
    struct Fixture
    {
        std::unique_ptr<ClientSession> staff;
        std::unique_ptr<AccountService> accounts;
        std::unique_ptr<Journal> journal;
        std::unique_ptr<StaffAccountActions> actions;
    };
    bool open(ModelTestEnv &env, const QString &identity, Fixture *fixture);
    static bool settle(StaffAccountActions &actions, Error *error = nullptr);

    QTemporaryDir m_dir;
    int m_journals = 0;
};

bool TestStaffAccountActions::open(ModelTestEnv &env, const QString &identity, Fixture *fixture)
{
    fixture->staff = env.session(Demo::support(), Demo::supportPassword());
    if (!fixture->staff->users()->isLoggedIn())
        return false;
    fixture->accounts = std::make_unique<AccountService>(fixture->staff->client(), fixture->staff->users());
    fixture->journal = std::make_unique<Journal>(m_dir.filePath(QStringLiteral("journal%1.jsonl").arg(++m_journals)));
    fixture->actions = std::make_unique<StaffAccountActions>(
        fixture->accounts.get(), fixture->journal.get(),
        JournalingGateway::Context{Demo::support(), QStringLiteral("test-server")});
    DataQuery query;
    query.where = DataService::whereLike(QStringLiteral("email"), identity, DataService::Match::Exact);
    QList<User> found;
    DataService *data = fixture->staff->data();
    if (!finish(data->find(query), [&](UsersCall *call) { found = call->result(); }) || found.size() != 1)
        return false;
    fixture->actions->setUser(found.first(), identity);
    return true;
}

bool TestStaffAccountActions::settle(StaffAccountActions &actions, Error *error)
{
    QSignalSpy finished(&actions, &StaffAccountActions::finished);
    if (!finished.wait(15000))
        return false;
    if (error)
        *error = finished.first().at(1).value<Error>();
    return true;
}

void TestStaffAccountActions::disableEnableJournaled()
{
    ModelTestEnv env;
    QVERIFY(env.start());
    Fixture f;
    QVERIFY(open(env, QStringLiteral("bob@example.com"), &f));
    QCOMPARE(f.actions->status(), StaffAccountActions::Status::Enabled);
    QVERIFY(f.actions->canDo(StaffAccountActions::Action::Disable));
    QVERIFY(!f.actions->canDo(StaffAccountActions::Action::Enable));
    QVERIFY(!f.actions->canDo(StaffAccountActions::Action::ResendConfirmation));

    // bob is signed in meanwhile: his session ends with the disable.
    std::unique_ptr<ClientSession> bob = env.session(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1"));
    QVERIFY(bob->users()->isLoggedIn());
    QVERIFY(f.actions->disable(QStringLiteral("Ticket 1: abuse")));
    QVERIFY(f.actions->busy());
    QVERIFY(!f.actions->disable(QStringLiteral("twice"))); // one call at a time
    Error error;
    QVERIFY(settle(*f.actions, &error));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(f.actions->status(), StaffAccountActions::Status::Disabled);
    Error bobError;
    bob->get(bob->users()->currentUser().objectId(), &bobError);
    // The session was ended at once: the token is gone (3064), or the account refused (3090).
    QVERIFY2(bobError.code == ErrorCode::InvalidUserToken || bobError.code == ErrorCode::UserDisabled,
             qPrintable(bobError.message));

    QVERIFY(f.actions->enable(QStringLiteral("Ticket 1: resolved")));
    QVERIFY(settle(*f.actions, &error));
    QVERIFY(!error.isError());
    QCOMPARE(f.actions->status(), StaffAccountActions::Status::Enabled);
    QVERIFY(env.session(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1"))->users()->isLoggedIn());

    const QList<JournalEntry> entries = f.journal->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).reason, QStringLiteral("Ticket 1: abuse"));
    QCOMPARE(entries.at(0).userIdentity, QStringLiteral("bob@example.com"));
    QCOMPARE(entries.at(0).changes.size(), 1);
    QCOMPARE(entries.at(0).changes.first().field, QStringLiteral("userStatus"));
    QCOMPARE(entries.at(0).changes.first().oldValue.toString(), QStringLiteral("ENABLED"));
    QCOMPARE(entries.at(0).changes.first().newValue.toString(), QStringLiteral("DISABLED"));
    QCOMPARE(entries.at(0).result, JournalEntry::Result::Saved);
    QCOMPARE(entries.at(1).changes.first().newValue.toString(), QStringLiteral("ENABLED"));
    QCOMPARE(entries.at(1).result, JournalEntry::Result::Saved);
}

void TestStaffAccountActions::rolesAddRemove()
{
    ModelTestEnv env;
    QVERIFY(env.start());
    Fixture f;
    QVERIFY(open(env, QStringLiteral("alice@example.com"), &f));
    QVERIFY(!f.actions->rolesKnown());
    QVERIFY(f.actions->loadRoles());
    QVERIFY(settle(*f.actions));
    QVERIFY(f.actions->rolesKnown());
    QCOMPARE(f.actions->roles(), QStringList{QStringLiteral("AuthenticatedUser")});
    QVERIFY(f.actions->addRole(QStringLiteral("Beta"), QStringLiteral("Ticket 2: beta")));
    QVERIFY(settle(*f.actions));
    QCOMPARE(f.actions->roles(), QStringList({QStringLiteral("AuthenticatedUser"), QStringLiteral("Beta")}));
    QVERIFY(f.actions->removeRole(QStringLiteral("Beta"), QStringLiteral("Ticket 2: done")));
    QVERIFY(settle(*f.actions));
    QCOMPARE(f.actions->roles(), QStringList{QStringLiteral("AuthenticatedUser")});
    // Loading is no change: only the two role changes are in the journal.
    const QList<JournalEntry> entries = f.journal->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).changes.first().field, QStringLiteral("roles"));
    QCOMPARE(entries.at(0).changes.first().newValue.toArray().last().toString(), QStringLiteral("Beta"));
    QCOMPARE(entries.at(1).reason, QStringLiteral("Ticket 2: done"));
}

void TestStaffAccountActions::refusedAndNoReason()
{
    ModelTestEnv env;
    QVERIFY(env.start());
    Fixture f;
    QVERIFY(open(env, QStringLiteral("bob@example.com"), &f));
    QVERIFY(!f.actions->disable(QStringLiteral("   "))); // a reason is required
    QVERIFY(!f.actions->busy());
    QVERIFY(f.actions->addRole(QStringLiteral("NoSuchRole"), QStringLiteral("Ticket 3")));
    Error error;
    QVERIFY(settle(*f.actions, &error));
    QCOMPARE(error.code, ErrorCode::NoSuchRole);
    // The refusal is journaled as failed, with the code.
    QCOMPARE(f.journal->entries().size(), 1);
    QCOMPARE(f.journal->entries().first().result, JournalEntry::Result::Failed);
    QCOMPARE(f.journal->entries().first().errorCode, ErrorCode::NoSuchRole);
    QVERIFY(!f.actions->serviceMissing());
}

void TestStaffAccountActions::serviceMissing()
{
    Server::ServerOptions options = ModelTestEnv::smallServer();
    options.staffService = false;
    ModelTestEnv env(options);
    QVERIFY(env.start());
    Fixture f;
    QVERIFY(open(env, QStringLiteral("bob@example.com"), &f));
    QVERIFY(f.actions->canDo(StaffAccountActions::Action::Disable)); // not known yet
    QVERIFY(f.actions->disable(QStringLiteral("Ticket 4")));
    Error error;
    QVERIFY(settle(*f.actions, &error));
    QVERIFY(AccountService::meansServiceMissing(error));
    QVERIFY(f.actions->serviceMissing());
    QVERIFY(!f.actions->canDo(StaffAccountActions::Action::Disable));
    QVERIFY(!f.actions->canDo(StaffAccountActions::Action::LoadRoles));
    QCOMPARE(f.actions->status(), StaffAccountActions::Status::Enabled);
    // The mail needs no service.
    QVERIFY(f.actions->canDo(StaffAccountActions::Action::SendReset));
    QVERIFY(f.actions->sendPasswordReset(QStringLiteral("Ticket 5")));
    QVERIFY(settle(*f.actions, &error));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    // A later service call is refused without a request, with the same meaning.
    Call<QString> *again = f.accounts->setUserStatus(QStringLiteral("x"), false);
    QVERIFY(finish(again, [&](Call<QString> *call) { error = call->error(); }));
    QCOMPARE(error.kind, Error::Kind::Local);
    QCOMPARE(error.code, ErrorCode::StaffServiceMissing);
}

QTEST_GUILESS_MAIN(TestStaffAccountActions)
#include "tst_staffaccountactions.moc"
