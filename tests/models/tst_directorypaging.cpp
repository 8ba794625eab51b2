// UserDirectoryModel's paging over a sort key with many ties, against FakeDirectoryServer (a
// database without a tie-breaker), and the empty first page that hints at a missing FIND.

#include "core/blockingcall.h"
#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userschema.h"
#include "core/userservice.h"
#include "fakedirectoryserver.h"
#include "models/staff/directorypager.h"
#include "models/staff/userdirectorymodel.h"

#include <QNetworkAccessManager>
#include <QTest>

namespace {
constexpr int TiedUsers = 250; // every one of them ENABLED
} // namespace

class TestDirectoryPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tiesNeitherRepeatNorSkip();
    void repeatedRowsAreDropped();
    void withoutTieBreakerTheFakeRepeats();
    void emptyWithoutSearch_data();
    void emptyWithoutSearch();
    void queryInDataApiTerms();

private:
    void startServer(int users);
    QStringList loadEverything(UserDirectoryModel &model);

    std::unique_ptr<FakeDirectoryServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<DataService> m_data;
};

void TestDirectoryPaging::init()
{
    startServer(TiedUsers);
}

void TestDirectoryPaging::startServer(int users)
{
    cleanup();
    m_server = std::make_unique<FakeDirectoryServer>(users);
    QVERIFY(m_server->listen());
    m_client = std::make_unique<RestClient>(Config::fromBaseUrl(m_server->baseUrl()), &m_nam);
    m_users = std::make_unique<UserService>(m_client.get());
    m_data = std::make_unique<DataService>(m_client.get(), m_users.get());
}

void TestDirectoryPaging::cleanup()
{
    m_data.reset();
    m_users.reset();
    m_client.reset();
    m_server.reset();
}

// Sorted by status (all tied), every page fetched: the objectIds of all rows, in order.
QStringList TestDirectoryPaging::loadEverything(UserDirectoryModel &model)
{
    model.sort(UserDirectoryModel::StatusColumn, Qt::AscendingOrder); // the first query
    for (int pages = 0; pages < 10; ++pages) {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
            return {QStringLiteral("timeout")};
        if (!model.canFetchMore(QModelIndex()))
            break;
        model.fetchMore(QModelIndex());
    }
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.objectId(row);
    return ids;
}

void TestDirectoryPaging::tiesNeitherRepeatNorSkip()
{
    UserDirectoryModel model(m_data.get());
    const QStringList ids = loadEverything(model);
    QCOMPARE(m_server->sortBys.size(), 3); // 100 + 100 + 50
    for (const QString &sortBy : std::as_const(m_server->sortBys))
        QCOMPARE(sortBy, QStringLiteral("userStatus asc,objectId"));
    QCOMPARE(ids.size(), TiedUsers);
    QStringList expected;
    for (int i = 0; i < TiedUsers; ++i)
        expected << FakeDirectoryServer::objectIdOf(i);
    QCOMPARE(ids, expected); // every user once, in the tie-breaker's order
}

void TestDirectoryPaging::repeatedRowsAreDropped()
{
    m_server->insertAfterFirstPage = true;
    UserDirectoryModel model(m_data.get());
    const QStringList ids = loadEverything(model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // no user twice
    QCOMPARE(ids.size(), TiedUsers);
    QCOMPARE(ids.at(99), QStringLiteral("U0099"));
    QCOMPARE(ids.at(100), QStringLiteral("U0100")); // the repeated U0099 was not appended again
    QCOMPARE(model.data(model.index(100, UserDirectoryModel::EmailColumn)).toString(),
             QStringLiteral("u0100@example.com"));
}

// The control: the same paging by offset without the tie-breaker repeats and skips users on this
// server, so the tests above would see it if the model did not add objectId.
void TestDirectoryPaging::withoutTieBreakerTheFakeRepeats()
{
    QSet<QString> seen;
    int rows = 0;
    for (int offset = 0; offset < TiedUsers; offset += DirectoryPager::PageSize) {
        DataQuery query;
        query.pageSize = DirectoryPager::PageSize;
        query.offset = offset;
        query.sortBy = {QStringLiteral("userStatus asc")};
        Error error;
        const QList<User> page = BlockingCall::wait(
            m_data.get(), [&] { return m_data->find(query); }, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        for (const User &user : page)
            seen.insert(user.objectId());
        rows += int(page.size());
    }
    QCOMPARE(rows, TiedUsers);
    QVERIFY2(seen.size() < TiedUsers, "250 ties shuffled per request never came back complete");
}

// Backendless trims a FIND by permission instead of refusing it: an unfiltered empty list is the
// sign a staff role lacks FIND on Users. A search that finds nobody is not.
void TestDirectoryPaging::emptyWithoutSearch_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("empty");
    QTest::newRow("no user, no search") << 0 << "" << true;
    QTest::newRow("no user, a search") << 0 << "u00" << false;
    QTest::newRow("users, no search") << 3 << "" << false;
}

void TestDirectoryPaging::emptyWithoutSearch()
{
    QFETCH(int, users);
    QFETCH(QString, search);
    QFETCH(bool, empty);
    startServer(users);
    UserDirectoryModel model(m_data.get());
    QVERIFY(!model.pager()->isEmptyWithoutSearch()); // nothing asked yet
    model.setDebounceInterval(0);
    if (search.isEmpty())
        model.refresh();
    else
        model.setSearchText(search);
    QVERIFY(QTest::qWaitFor([&] { return !model.isLoading() && m_server->sortBys.size() == 1; }, 10000));
    QCOMPARE(model.pager()->isEmptyWithoutSearch(), empty);
}

void TestDirectoryPaging::queryInDataApiTerms()
{
    // DirectoryQuery alone: what the pager sends, without a server.
    DirectoryQuery query;
    QVERIFY(query.whereClause().isEmpty()); // every user
    QCOMPARE(query.sortKeys(), QStringList({QStringLiteral("email asc"), QStringLiteral("objectId")}));
    query.setSearch(QStringLiteral("ali"));
    query.setMatch(DataService::Match::Contains);
    QCOMPARE(query.whereClause(), QStringLiteral("email LIKE '%ali%' OR name LIKE '%ali%'"));
    query.setSort(UserDirectoryModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(query.sortBy(), QStringLiteral("name desc"));

    // A server without "name": the identity property takes the first column, the name sort goes.
    UserSchema schema;
    PropertyDef login;
    login.name = QStringLiteral("login");
    login.identity = true;
    schema.properties << login;
    QVERIFY(!query.setSchema(UserSchema())); // an empty schema changes nothing
    QVERIFY(query.setSchema(schema));
    QCOMPARE(query.sortBy(), QStringLiteral("login desc"));
    QCOMPARE(query.whereClause(), QStringLiteral("login LIKE '%ali%'"));
    QCOMPARE(query.requestedProperties(),
             QStringList({QStringLiteral("objectId"), QStringLiteral("login"), QStringLiteral("userStatus"),
                          QStringLiteral("lastLogin"), QStringLiteral("created")}));
}

QTEST_GUILESS_MAIN(TestDirectoryPaging)
#include "tst_directorypaging.moc"
