#include "awaitcall.h"
#include "core/blockingcall.h"
#include "servertestenv.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

class TestDataService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void findWithPagingSortingAndProps();
    void findWhereLike_data();
    void findWhereLike();
    void count();
    void get();
    void getUnknown();
    void updateOtherUser();
    void updateStripsSystemFields();
    void blockingFormsFromWorker();
    void permissionDeniedForPlainUser();
    void invalidWhereClause();
    void deadTokenEndsSession();
    void whereLikeQuoting_data();
    void whereLikeQuoting();

private:
    QList<User> find(const DataQuery &query, Error *error = nullptr);
    std::unique_ptr<ServerTestEnv> m_env;
};

void TestDataService::initTestCase()
{
    Server::ServerOptions options = ServerTestEnv::defaultOptions();
    options.demoUsers = 30;
    m_env = std::make_unique<ServerTestEnv>(options);
    QString error;
    QVERIFY2(m_env->start(&error), qPrintable(error));
}

void TestDataService::init()
{
    if (!m_env->users().currentUser().value(QStringLiteral("email")).toString().startsWith(QLatin1String("support")))
        QVERIFY(!m_env->login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1")).isError());
}

void TestDataService::cleanupTestCase()
{
    m_env.reset();
}

QList<User> TestDataService::find(const DataQuery &query, Error *error)
{
    QList<User> users;
    awaitCall<UsersCall>(m_env->data().find(query), [&](UsersCall *call) {
        users = call->result();
        if (error)
            *error = call->error();
    });
    return users;
}

void TestDataService::findWithPagingSortingAndProps()
{
    DataQuery query;
    query.where = DataService::whereLike(QStringLiteral("email"), QStringLiteral("user0"));
    query.pageSize = 7;
    query.offset = 3;
    query.sortBy = {QStringLiteral("email desc")};
    query.props = {QStringLiteral("email"), QStringLiteral("name")};
    Error error;
    const QList<User> page = find(query, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(page.size(), 7);
    QCOMPARE(page.first().email(), QStringLiteral("user0027@example.com")); // 30, 29, 28 skipped
    for (qsizetype i = 1; i < page.size(); ++i)
        QVERIFY(page[i - 1].email() > page[i].email());
    QVERIFY(!page.first().contains(QStringLiteral("address")));
    QVERIFY(page.first().contains(QStringLiteral("name")));
}

void TestDataService::findWhereLike_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("match");
    QTest::addColumn<int>("expected");
    QTest::newRow("prefix") << "user001" << int(DataService::Match::Prefix) << 10;
    QTest::newRow("contains") << "0003" << int(DataService::Match::Contains) << 1;
    QTest::newRow("exact") << "alice@example.com" << int(DataService::Match::Exact) << 1;
    QTest::newRow("quote cannot break out") << "x' OR email LIKE '%" << int(DataService::Match::Contains) << 0;
    QTest::newRow("backslash and quote") << "\\' OR 1=1 --" << int(DataService::Match::Prefix) << 0;
}

void TestDataService::findWhereLike()
{
    QFETCH(QString, text);
    QFETCH(int, match);
    QFETCH(int, expected);
    DataQuery query;
    query.where = DataService::whereLike(QStringLiteral("email"), text, DataService::Match(match));
    query.pageSize = 100;
    Error error;
    const QList<User> users = find(query, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message + QLatin1String(" / ") + query.where));
    QCOMPARE(users.size(), expected);
}

void TestDataService::count()
{
    qint64 total = -1;
    awaitCall<CountCall>(
        m_env->data().count(DataService::whereLike(QStringLiteral("email"), QStringLiteral("user000"))),
        [&](CountCall *call) { total = call->result(); });
    QCOMPARE(total, qint64(9));
    awaitCall<CountCall>(m_env->data().count(QString()), [&](CountCall *call) { total = call->result(); });
    QCOMPARE(total, qint64(33)); // alice, bob, support + 30
}

void TestDataService::get()
{
    const QString bobId = m_env->objectIdOf(QStringLiteral("bob@example.com"));
    QVERIFY(!m_env->login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1")).isError());
    User bob;
    awaitCall<UserCall>(m_env->data().get(bobId), [&](UserCall *call) { bob = call->result(); });
    QCOMPARE(bob.objectId(), bobId);
    QCOMPARE(bob.email(), QStringLiteral("bob@example.com"));
    QVERIFY(!bob.contains(QStringLiteral("password")));
}

void TestDataService::getUnknown()
{
    const Error error = awaitError(m_env->data().get(QStringLiteral("no-such-id")));
    QCOMPARE(error.code, ErrorCode::ObjectNotFound);
    QCOMPARE(error.httpStatus, 404);
}

void TestDataService::updateOtherUser()
{
    const QString bobId = m_env->objectIdOf(QStringLiteral("bob@example.com"));
    QVERIFY(!m_env->login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1")).isError());
    User updated;
    awaitCall<UserCall>(m_env->data().update(bobId, {{QStringLiteral("address"), QStringLiteral("Staff Street 1")}}),
                        [&](UserCall *call) {
                            QVERIFY(!call->error().isError());
                            updated = call->result();
                        });
    QCOMPARE(updated.value(QStringLiteral("address")).toString(), QStringLiteral("Staff Street 1"));
    // The identity rule holds for staff edits too.
    const Error taken =
        awaitError(m_env->data().update(bobId, {{QStringLiteral("email"), QStringLiteral("alice@example.com")}}));
    QCOMPARE(taken.code, ErrorCode::IdentityTaken);
}

void TestDataService::updateStripsSystemFields()
{
    const QString bobId = m_env->objectIdOf(QStringLiteral("bob@example.com"));
    QVERIFY(!m_env->login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1")).isError());
    User before;
    awaitCall<UserCall>(m_env->data().get(bobId), [&](UserCall *call) { before = call->result(); });
    QVariantMap changes = before.properties(); // what an SDK sends: the whole object
    changes.insert(QStringLiteral("created"), 0);
    changes.insert(QStringLiteral("ownerId"), QStringLiteral("someone-else"));
    changes.insert(QStringLiteral("bio"), QStringLiteral("edited by staff"));
    User after;
    awaitCall<UserCall>(m_env->data().update(bobId, changes), [&](UserCall *call) {
        QVERIFY2(!call->error().isError(), qPrintable(call->error().message));
        after = call->result();
    });
    QCOMPARE(after.value(QStringLiteral("bio")).toString(), QStringLiteral("edited by staff"));
    QCOMPARE(after.created(), before.created());
    QCOMPARE(after.ownerId(), before.ownerId());
}

void TestDataService::blockingFormsFromWorker()
{
    DataService &data = m_env->data();
    QList<User> found;
    qint64 total = 0;
    User fetched;
    User updated;
    Error errors[4];
    std::unique_ptr<QThread> worker(QThread::create([&] {
        DataQuery query;
        query.where = DataService::whereLike(QStringLiteral("email"), QStringLiteral("bob@"));
        found = BlockingCall::wait(
            &data, [&] { return data.find(query); }, &errors[0]);
        total = BlockingCall::wait(
            &data, [&] { return data.count(query.where); }, &errors[1]);
        if (found.size() != 1)
            return;
        fetched = BlockingCall::wait(
            &data, [&] { return data.get(found.first().objectId()); }, &errors[2]);
        updated = BlockingCall::wait(
            &data,
            [&] {
                return data.update(found.first().objectId(), {{QStringLiteral("age"), 51}});
            },
            &errors[3]);
    }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 10000);
    for (const Error &error : errors)
        QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(found.size(), 1);
    QCOMPARE(total, qint64(1));
    QCOMPARE(fetched.email(), QStringLiteral("bob@example.com"));
    QCOMPARE(updated.value(QStringLiteral("age")).toInt(), 51);
}

void TestDataService::permissionDeniedForPlainUser()
{
    QVERIFY(!m_env->loginAlice().isError());
    Error error;
    find(DataQuery(), &error);
    QCOMPARE(error.kind, Error::Kind::Server);
    QCOMPARE(error.code, ErrorCode::NoFindPermission);
    QCOMPARE(error.httpStatus, 403);
    QVERIFY(m_env->users().isLoggedIn()); // a permission error does not end the session
}

void TestDataService::invalidWhereClause()
{
    DataQuery query;
    query.where = QStringLiteral("email LIKE");
    Error error;
    find(query, &error);
    QCOMPARE(error.code, ErrorCode::InvalidWhereClause);
    QCOMPARE(error.httpStatus, 400);
}

void TestDataService::deadTokenEndsSession()
{
    QSignalSpy ended(&m_env->users(), &UserService::sessionEnded);
    m_env->host().expireAllSessions();
    Error error;
    find(DataQuery(), &error);
    QCOMPARE(error.code, ErrorCode::InvalidUserToken);
    QCOMPARE(ended.size(), 1);
    QVERIFY(!m_env->users().isLoggedIn());
}

void TestDataService::whereLikeQuoting_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("expected");
    QTest::newRow("prefix") << "email"
                            << "ali" << int(DataService::Match::Prefix) << "email LIKE 'ali%'";
    QTest::newRow("contains") << "name"
                              << "Smith" << int(DataService::Match::Contains) << "name LIKE '%Smith%'";
    QTest::newRow("exact") << "email"
                           << "a@x" << int(DataService::Match::Exact) << "email = 'a@x'";
    QTest::newRow("quote doubled") << "name"
                                   << "O'Brien" << int(DataService::Match::Prefix) << "name LIKE 'O''Brien%'";
    QTest::newRow("backslash becomes a one-character wildcard")
        << "name"
        << "a\\'b" << int(DataService::Match::Exact) << "name LIKE 'a_''b'";
    QTest::newRow("control characters dropped") << "name"
                                                << "a\nb" << int(DataService::Match::Prefix) << "name LIKE 'ab%'";
    QTest::newRow("column must be an identifier") << "email; DROP"
                                                  << "x" << int(DataService::Match::Prefix) << "";
}

void TestDataService::whereLikeQuoting()
{
    QFETCH(QString, column);
    QFETCH(QString, text);
    QFETCH(int, match);
    QFETCH(QString, expected);
    QCOMPARE(DataService::whereLike(column, text, DataService::Match(match)), expected);
}

QTEST_GUILESS_MAIN(TestDataService)
#include "tst_dataservice.moc"
