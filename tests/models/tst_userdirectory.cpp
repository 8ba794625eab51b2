// UserDirectoryModel against the in-process server: paging, count, server-side sort, search
// (prefix / contains, quoted), debounce and cancel, permission errors.

#include "core/realtimeclient.h"
#include "models/displaytext.h"
#include "models/session/session.h"
#include "models/staff/directoryliverows.h"
#include "models/staff/directorypager.h"
#include "models/staff/userdirectorymodel.h"
#include "modeltestenv.h"

#include <QAbstractItemModelTester>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>

namespace {

constexpr int GeneratedUsers = 250; // user0001 .. user0250
constexpr int AllUsers = GeneratedUsers + 3; // + alice, bob, support

// Sees every request the client sends (the seam is the shared QNAM the app injects anyway).
class CountingNam : public QNetworkAccessManager
{
public:
    int finds = 0;
    int counts = 0;
    QList<QPointer<QNetworkReply>> findReplies;
    QList<QNetworkReply::NetworkError> findOutcomes;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        const QString path = request.url().path();
        if (path.endsWith(QLatin1String("/data/Users/find"))) {
            ++finds;
            findReplies << reply;
            connect(reply, &QNetworkReply::finished, this, [this, reply] { findOutcomes << reply->error(); });
        } else if (path.endsWith(QLatin1String("/data/Users/count"))) {
            ++counts;
        }
        return reply;
    }
};

bool settled(UserDirectoryModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 15000);
}

QStringList column(const UserDirectoryModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(UserDirectoryModel::SortValueRole).toString();
    return values;
}

} // namespace

class TestUserDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstPageAndCount();
    void lastSignInSaysNever();
    void pagesUntilTheEnd();
    void sortIsServerSide_data();
    void sortIsServerSide();
    void search_data();
    void search();
    void hostileSearchText_data();
    void hostileSearchText();
    void typingIsDebounced();
    void newSearchCancelsTheRequestInFlight();
    void withoutFindPermission();
    void schemaWithoutName();
    void modelContract();
    void lookAlikeIdentitiesAreMarked();
    void queryWaitsWhileTheSessionNeedsCredentials();
    void rowsInViewFollowChangesElsewhere();

private:
    std::unique_ptr<UserDirectoryModel> staffModel();

    std::unique_ptr<ModelTestEnv> m_env;
    CountingNam m_nam;
    std::unique_ptr<ClientSession> m_staff;
    UserSchema m_schema;
};

void TestUserDirectory::initTestCase()
{
    Server::ServerOptions options = ModelTestEnv::smallServer();
    options.demoUsers = GeneratedUsers;
    m_env = std::make_unique<ModelTestEnv>(options);
    QVERIFY(m_env->start());
    m_staff = std::make_unique<ClientSession>(m_env->config(), &m_nam);
    Error error;
    m_staff->login(Demo::support(), Demo::supportPassword(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    m_schema = m_staff->describeUserClass();
    QVERIFY(!m_schema.isEmpty());
}

std::unique_ptr<UserDirectoryModel> TestUserDirectory::staffModel()
{
    auto model = std::make_unique<UserDirectoryModel>(m_staff->data());
    model->setSchema(m_schema);
    model->setDebounceInterval(50);
    return model;
}

void TestUserDirectory::firstPageAndCount()
{
    auto model = staffModel();
    QVERIFY(!model->canFetchMore(QModelIndex())); // nothing before the first query
    QSignalSpy total(model.get(), &UserDirectoryModel::totalCountChanged);
    model->refresh();
    QVERIFY(model->isLoading());
    QVERIFY(settled(*model));
    QCOMPARE(model->rowCount(), DirectoryPager::PageSize);
    QCOMPARE(model->totalCount(), qint64(AllUsers));
    QCOMPARE(total.last().at(0).toLongLong(), qint64(AllUsers));
    QCOMPARE(model->columnCount(), int(UserDirectoryModel::ColumnCount));
    QVERIFY(model->canFetchMore(QModelIndex()));
    // Default order: email ascending.
    QCOMPARE(model->index(0, UserDirectoryModel::EmailColumn).data().toString(), Demo::alice());
    QCOMPARE(model->index(0, UserDirectoryModel::NameColumn).data().toString(), QStringLiteral("Alice Example"));
    QCOMPARE(model->index(0, UserDirectoryModel::StatusColumn).data(UserDirectoryModel::SortValueRole).toString(),
             QStringLiteral("ENABLED"));
    QVERIFY(model->index(0, UserDirectoryModel::CreatedColumn)
                .data(UserDirectoryModel::SortValueRole)
                .toDateTime()
                .isValid());
    QVERIFY(!model->objectId(0).isEmpty());
    QCOMPARE(model->identity(0), Demo::alice());
}

// A user who never signed in (lastLogin null, as the demo's bob: only a sign-in sets it) reads
// "Never" in the Last sign-in column, as the form's field does; it was an empty cell, which looked
// like a value that failed to load. One who did shows the date.
void TestUserDirectory::lastSignInSaysNever()
{
    auto model = staffModel();
    model->refresh();
    QVERIFY(settled(*model));
    int bob = -1, support = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->identity(row) == Demo::bob())
            bob = row;
        else if (model->identity(row) == Demo::support())
            support = row;
    }
    QVERIFY(bob >= 0 && support >= 0);
    QVERIFY(m_staff->get(model->objectId(bob)).value(QStringLiteral("lastLogin")).isNull()); // on the server
    const QModelIndex never = model->index(bob, UserDirectoryModel::LastLoginColumn);
    QCOMPARE(never.data().toString(), QStringLiteral("Never"));
    QCOMPARE(never.data(Qt::ToolTipRole).toString(), QStringLiteral("Never signed in"));
    QVERIFY(!never.data(UserDirectoryModel::SortValueRole).toDateTime().isValid());
    const QModelIndex signedIn = model->index(support, UserDirectoryModel::LastLoginColumn); // this test's sign-in
    const QDateTime when = signedIn.data(UserDirectoryModel::SortValueRole).toDateTime();
    QVERIFY(when.isValid());
    QCOMPARE(signedIn.data().toString(), DisplayText::dateTime(when));
}

void TestUserDirectory::pagesUntilTheEnd()
{
    auto model = staffModel();
    QSignalSpy pages(model.get(), &UserDirectoryModel::pageLoaded);
    model->refresh();
    QVERIFY(settled(*model));
    int expected = DirectoryPager::PageSize;
    while (model->canFetchMore(QModelIndex())) {
        model->fetchMore(QModelIndex());
        QVERIFY(!model->canFetchMore(QModelIndex())); // one page at a time
        QVERIFY(settled(*model));
        expected = qMin(AllUsers, expected + DirectoryPager::PageSize);
        QCOMPARE(model->rowCount(), expected);
    }
    QCOMPARE(model->rowCount(), AllUsers);
    QCOMPARE(pages.size(), 3); // 100 + 100 + 53
    QCOMPARE(pages.last().at(0).toInt(), 200);
    QCOMPARE(pages.last().at(1).toInt(), AllUsers - 200);
    const QStringList emails = column(*model, UserDirectoryModel::EmailColumn);
    QCOMPARE(QSet<QString>(emails.begin(), emails.end()).size(), AllUsers); // no row twice
    QStringList sorted = emails;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(emails, sorted); // pages continue one order
}

void TestUserDirectory::sortIsServerSide_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("sortBy");
    QTest::addColumn<QString>("firstIdentity");

    QTest::newRow("email desc") << int(UserDirectoryModel::EmailColumn) << int(Qt::DescendingOrder)
                                << QStringLiteral("email desc") << QStringLiteral("user0250@example.com");
    QTest::newRow("name asc") << int(UserDirectoryModel::NameColumn) << int(Qt::AscendingOrder)
                              << QStringLiteral("name asc") << Demo::alice();
    QTest::newRow("name desc") << int(UserDirectoryModel::NameColumn) << int(Qt::DescendingOrder)
                               << QStringLiteral("name desc") << QStringLiteral("user0250@example.com");
    // Seeded oldest first: the named users, then user0001 ...
    QTest::newRow("created asc") << int(UserDirectoryModel::CreatedColumn) << int(Qt::AscendingOrder)
                                 << QStringLiteral("created asc") << Demo::alice();
    QTest::newRow("created desc") << int(UserDirectoryModel::CreatedColumn) << int(Qt::DescendingOrder)
                                  << QStringLiteral("created desc") << QStringLiteral("user0250@example.com");
}

void TestUserDirectory::sortIsServerSide()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, sortBy);
    QFETCH(QString, firstIdentity);

    auto model = staffModel();
    model->refresh();
    QVERIFY(settled(*model));
    const int findsBefore = m_nam.finds;
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->sort(column, Qt::SortOrder(order));
    QCOMPARE(model->query().sortBy(), sortBy);
    QCOMPARE(reset.size(), 1);
    QVERIFY(settled(*model));
    QCOMPARE(m_nam.finds, findsBefore + 1); // the server sorted: one new query
    QCOMPARE(model->rowCount(), DirectoryPager::PageSize);
    QCOMPARE(model->identity(0), firstIdentity);
    // The same order again sends nothing.
    model->sort(column, Qt::SortOrder(order));
    QVERIFY(!model->isLoading());
    QCOMPARE(m_nam.finds, findsBefore + 1);
}

void TestUserDirectory::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("contains");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("first");

    QTest::newRow("email prefix") << QStringLiteral("ali") << false << qint64(1) << Demo::alice();
    QTest::newRow("email prefix, other case") << QStringLiteral("ALI") << false << qint64(1) << Demo::alice();
    QTest::newRow("name prefix") << QStringLiteral("Sam") << false << qint64(1) << Demo::support();
    QTest::newRow("many") << QStringLiteral("user01") << false << qint64(100) << QStringLiteral("user0100@example.com");
    QTest::newRow("prefix does not match inside") << QStringLiteral("0042") << false << qint64(0) << QString();
    QTest::newRow("contains matches inside")
        << QStringLiteral("0042") << true << qint64(1) << QStringLiteral("user0042@example.com");
    QTest::newRow("contains in the name") << QStringLiteral("Support") << true << qint64(1) << Demo::support();
    QTest::newRow("spaces around are ignored") << QStringLiteral("  bob  ") << false << qint64(1) << Demo::bob();
    QTest::newRow("nothing") << QStringLiteral("zzz") << true << qint64(0) << QString();
    QTest::newRow("empty = everyone") << QString() << false << qint64(AllUsers) << Demo::alice();
}

void TestUserDirectory::search()
{
    QFETCH(QString, text);
    QFETCH(bool, contains);
    QFETCH(qint64, count);
    QFETCH(QString, first);

    auto model = staffModel();
    model->setMatch(contains ? DataService::Match::Contains : DataService::Match::Prefix);
    QSignalSpy errors(model.get(), &UserDirectoryModel::errorOccurred);
    model->setSearchText(text);
    QVERIFY(model->isLoading());
    QVERIFY(settled(*model));
    QCOMPARE(errors.size(), 0);
    QCOMPARE(model->totalCount(), count);
    QCOMPARE(model->rowCount(), int(qMin<qint64>(count, DirectoryPager::PageSize)));
    QCOMPARE(model->identity(0), first);
}

void TestUserDirectory::hostileSearchText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("contains");
    QTest::addColumn<qint64>("count"); // -1: any count, only no error

    QTest::newRow("quote") << QStringLiteral("'") << false << qint64(0);
    QTest::newRow("quote, contains") << QStringLiteral("'") << true << qint64(0);
    QTest::newRow("always true") << QStringLiteral("' OR '1'='1") << false << qint64(0);
    QTest::newRow("always true, contains") << QStringLiteral("x' OR 1=1 OR email LIKE '") << true << qint64(0);
    QTest::newRow("comment") << QStringLiteral("alice@example.com' --") << false << qint64(0);
    QTest::newRow("statement") << QStringLiteral("'; DROP TABLE Users; --") << true << qint64(0);
    QTest::newRow("double quote") << QStringLiteral("\"alice") << false << qint64(0);
    QTest::newRow("parenthesis") << QStringLiteral("a') OR ('1'='1") << false << qint64(0);
    // A backslash is sent as the one-character wildcard '_' (no SQL dialect can read that as an
    // escape), so it matches any character.
    QTest::newRow("backslash") << QStringLiteral("\\") << true << qint64(AllUsers);
    QTest::newRow("backslash quote") << QStringLiteral("\\'") << false << qint64(0);
    QTest::newRow("backslash at the end") << QStringLiteral("alice\\") << false << qint64(1);
    // LIKE wildcards stay wildcards (documented in DataService::whereLike): no error, and never
    // more than the table.
    QTest::newRow("percent") << QStringLiteral("%") << false << qint64(AllUsers);
    QTest::newRow("percent inside") << QStringLiteral("al%e") << false << qint64(1);
    QTest::newRow("underscore") << QStringLiteral("_ob") << false << qint64(1);
    QTest::newRow("control characters") << QStringLiteral("ali\nce\t") << false << qint64(1);
    QTest::newRow("unicode") << QStringLiteral("Zoë Ω 漢字 🙂") << true << qint64(0);
    QTest::newRow("long") << QString(2000, QLatin1Char('\'')) << true << qint64(0);
}

void TestUserDirectory::hostileSearchText()
{
    QFETCH(QString, text);
    QFETCH(bool, contains);
    QFETCH(qint64, count);

    auto model = staffModel();
    model->setMatch(contains ? DataService::Match::Contains : DataService::Match::Prefix);
    QSignalSpy errors(model.get(), &UserDirectoryModel::errorOccurred);
    model->setSearchText(text);
    QVERIFY(settled(*model));
    // 1017 (invalid where) must be impossible from the search box, whatever is typed.
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().at(0).value<Error>().message));
    QVERIFY(model->totalCount() >= 0);
    if (count >= 0)
        QCOMPARE(model->totalCount(), count);
    QVERIFY(model->totalCount() <= AllUsers);
    // The rows and the count describe the same query.
    QCOMPARE(model->rowCount(), int(qMin<qint64>(model->totalCount(), DirectoryPager::PageSize)));
}

void TestUserDirectory::typingIsDebounced()
{
    auto model = staffModel();
    model->setDebounceInterval(200);
    model->refresh();
    QVERIFY(settled(*model));
    const int findsBefore = m_nam.finds;
    const int countsBefore = m_nam.counts;
    for (const char *typed : {"u", "us", "use", "user", "user0", "user00", "user000"})
        model->setSearchText(QLatin1String(typed));
    QVERIFY(model->isLoading()); // waiting for typing to pause
    QVERIFY(!model->canFetchMore(QModelIndex()));
    QVERIFY(settled(*model));
    QCOMPARE(m_nam.finds, findsBefore + 1); // one query for the whole word
    QCOMPARE(m_nam.counts, countsBefore + 1);
    QCOMPARE(model->totalCount(), qint64(9)); // user0001 .. user0009
    QCOMPARE(model->identity(0), QStringLiteral("user0001@example.com"));
}

void TestUserDirectory::newSearchCancelsTheRequestInFlight()
{
    auto model = staffModel();
    model->setDebounceInterval(0);
    m_env->server()->setResponseDelay(600);
    const qsizetype repliesBefore = m_nam.findReplies.size();
    model->refresh();
    QCOMPARE(m_nam.findReplies.size(), repliesBefore + 1); // sent at once
    const qsizetype outcomesBefore = m_nam.findOutcomes.size();
    QSignalSpy pages(model.get(), &UserDirectoryModel::pageLoaded);
    QSignalSpy errors(model.get(), &UserDirectoryModel::errorOccurred);
    model->setSearchText(QStringLiteral("bob"));
    // The old request is aborted at once, not left to finish.
    QTRY_VERIFY(m_nam.findOutcomes.size() > outcomesBefore);
    QCOMPARE(m_nam.findOutcomes.at(outcomesBefore), QNetworkReply::OperationCanceledError);
    QVERIFY(settled(*model));
    m_env->server()->setResponseDelay(0);
    QCOMPARE(errors.size(), 0); // a cancelled request is not an error for the user
    QCOMPARE(pages.size(), 1); // only the new query's page arrived
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->identity(0), Demo::bob());
    QCOMPARE(model->totalCount(), qint64(1));
}

void TestUserDirectory::withoutFindPermission()
{
    auto alice = m_env->session(Demo::alice(), Demo::alicePassword());
    UserDirectoryModel model(alice->data());
    model.setSchema(m_schema);
    QSignalSpy errors(&model, &UserDirectoryModel::errorOccurred);
    model.refresh();
    QVERIFY(settled(model));
    QCOMPARE(errors.size(), 1); // find and count both fail; the person hears it once
    const Error error = errors.first().at(0).value<Error>();
    QCOMPARE(error.code, ErrorCode::NoFindPermission);
    QCOMPARE(model.pager()->lastError().code, ErrorCode::NoFindPermission);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex())); // no retry loop from the view
}

void TestUserDirectory::schemaWithoutName()
{
    UserSchema schema;
    PropertyDef email;
    email.name = QStringLiteral("email");
    email.identity = true;
    schema.properties << email;
    auto model = staffModel();
    model->setSchema(schema);
    model->setSearchText(QStringLiteral("ali"));
    QCOMPARE(model->query().whereClause(), QStringLiteral("email LIKE 'ali%'"));
    QVERIFY(!model->query().requestedProperties().contains(QStringLiteral("name")));
    model->sort(UserDirectoryModel::NameColumn, Qt::AscendingOrder); // no such column: ignored
    QCOMPARE(model->query().sortBy(), QStringLiteral("email asc"));
    QVERIFY(settled(*model));
    QCOMPARE(model->totalCount(), qint64(1));
    QVERIFY(model->index(0, UserDirectoryModel::NameColumn).data().toString().isEmpty());

    model->setSchema(m_schema);
    QCOMPARE(model->query().whereClause(), QStringLiteral("email LIKE 'ali%' OR name LIKE 'ali%'"));
    QCOMPARE(model->query().requestedProperties(),
             QStringList({QStringLiteral("objectId"), QStringLiteral("email"), QStringLiteral("name"),
                          QStringLiteral("userStatus"), QStringLiteral("lastLogin"), QStringLiteral("created"),
                          QStringLiteral("avatar")}));
    // The picture column (the schema's FILE_REF) is asked for, for the thumbnails, but not sorted on.
    QCOMPARE(model->query().pictureProperty(), QStringLiteral("avatar"));
    model->sort(UserDirectoryModel::PictureColumn, Qt::AscendingOrder);
    QCOMPARE(model->query().sortBy(), QStringLiteral("email asc"));
    QVERIFY(model->headerData(UserDirectoryModel::PictureColumn, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(model->headerData(UserDirectoryModel::PictureColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Picture"));
}

void TestUserDirectory::modelContract()
{
    auto model = staffModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->refresh();
    QVERIFY(settled(*model));
    model->fetchMore(QModelIndex());
    QVERIFY(settled(*model));
    model->sort(UserDirectoryModel::CreatedColumn, Qt::DescendingOrder);
    QVERIFY(settled(*model));
    model->setSearchText(QStringLiteral("user02"));
    QVERIFY(settled(*model));
    QCOMPARE(model->rowCount(), 51); // user0200 .. user0250
}

void TestUserDirectory::lookAlikeIdentitiesAreMarked()
{
    // Issue 25: Cyrillic and Greek "bob@example.com" accounts showed staff three identical
    // identities. Two generated users are renamed to them (and back at the end).
    const QString cyrillic = QStringLiteral("b\u043Eb@example.com"); // о
    const QString greek = QStringLiteral("b\u03BFb@example.com"); // ο
    const QString looksAlike = QStringLiteral("bob@example.com"); // what all three look like
    const QString spelledCyrillic = QStringLiteral("b[U+043E CYRILLIC SMALL LETTER O]b@example.com");
    const QString spelledGreek = QStringLiteral("b[U+03BF GREEK SMALL LETTER OMICRON]b@example.com");
    QCOMPARE(Demo::bob(), looksAlike);
    auto model = staffModel();
    QStringList renamed;
    for (const QString &number : {QStringLiteral("0249"), QStringLiteral("0250")}) {
        model->setSearchText(QStringLiteral("user") + number);
        QVERIFY(settled(*model));
        QCOMPARE(model->rowCount(), 1);
        renamed << model->objectId(0);
    }
    Error error;
    m_staff->updateData(renamed.at(0), {{QStringLiteral("email"), cyrillic}}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    m_staff->updateData(renamed.at(1), {{QStringLiteral("email"), greek}}, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const auto renameBack = qScopeGuard([&] {
        m_staff->updateData(renamed.at(0), {{QStringLiteral("email"), QStringLiteral("user0249@example.com")}});
        m_staff->updateData(renamed.at(1), {{QStringLiteral("email"), QStringLiteral("user0250@example.com")}});
    });

    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    model->setSearchText(QStringLiteral("b"));
    QVERIFY(settled(*model));
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const QString identity = model->identity(row);
        QStringList others{Demo::bob(), cyrillic, greek};
        others.removeAll(identity);
        others.sort();
        QCOMPARE(model->lookAlikes().of(identity), others);
        const QModelIndex cell = model->index(row, UserDirectoryModel::EmailColumn);
        QCOMPARE(cell.data(UserDirectoryModel::LookAlikesRole).toStringList(), others);
        // Staff tell them apart by the characters spelled out.
        QStringList spelled;
        for (const QString &other : std::as_const(others))
            spelled << (other == cyrillic ? spelledCyrillic : other == greek ? spelledGreek : other);
        const QString warning = QStringLiteral("Looks like another account: ") + spelled.join(QStringLiteral(", "));
        QCOMPARE(cell.data(Qt::AccessibleDescriptionRole).toString(), warning);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), identity + QLatin1Char('\n') + warning);
        QCOMPARE(cell.data(Qt::DisplayRole).toString(), identity); // the identity itself is shown as stored
    }
    QVERIFY(!changed.isEmpty()); // rows marked once their look-alikes arrived

    // An identity alone with its skeleton is not marked.
    model->setSearchText(QStringLiteral("alice"));
    QVERIFY(settled(*model));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->lookAlikes().of(Demo::alice()).isEmpty());
    QVERIFY(model->index(0, UserDirectoryModel::EmailColumn).data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    QCOMPARE(model->index(0, UserDirectoryModel::EmailColumn).data(Qt::ToolTipRole).toString(), Demo::alice());
}

// The session ended (a 3064 elsewhere): the directory's query is not sent while the session needs
// credentials; it fails at once with the answer that ended the session, parks, and runs after the
// sign-in. (Before, it went out without a session and came back refused.)
void TestUserDirectory::queryWaitsWhileTheSessionNeedsCredentials()
{
    ClientSession staff(m_env->config(), &m_nam);
    Error error;
    staff.login(Demo::support(), Demo::supportPassword(), &error);
    QVERIFY(!error.isError());
    Session session({staff.users(), staff.data(), nullptr, nullptr}, m_env->config(), Demo::support());
    UserDirectoryModel model(staff.data());
    model.setSchema(m_schema);
    model.pager()->setSession(&session);
    // As the Directory's owner wires it: an answer that ended the session parks the query.
    connect(&model, &UserDirectoryModel::errorOccurred, &session, [&](const Error &answer) {
        session.takeAnswer(
            answer, &model,
            [&model]() -> PendingCall * {
                model.refresh();
                return nullptr;
            },
            false);
    });

    const Error ended = Error::server(ErrorCode::InvalidUserToken, QStringLiteral("Session expired"), 401);
    staff.users()->clearSession();
    QVERIFY(session.takeAnswer(
        ended, &session, [] { return nullptr; }, false));
    QCOMPARE(session.state(), Session::State::NeedsCredentials);

    QSignalSpy errors(&model, &UserDirectoryModel::errorOccurred);
    const int findsBefore = m_nam.finds;
    const int countsBefore = m_nam.counts;
    model.refresh();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<Error>().code, int(ErrorCode::InvalidUserToken));
    QTest::qWait(100);
    QCOMPARE(m_nam.finds, findsBefore); // nothing went out
    QCOMPARE(m_nam.counts, countsBefore);
    QVERIFY(!model.isLoading());

    staff.login(Demo::support(), Demo::supportPassword(), &error);
    QVERIFY(!error.isError());
    session.renewed();
    QTRY_COMPARE(m_nam.finds, findsBefore + 1);
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), DirectoryPager::PageSize);
}

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_userdirectory.moc"

// Issue 24: the rows in view follow their users over Real-Time; a change elsewhere is read again
// (GET /data/Users/{id}) into its row. At most MaxFollowed rows are followed.
void TestUserDirectory::rowsInViewFollowChangesElsewhere()
{
    // A sign-in of its own: an earlier case's support sign-in ended m_staff's (one session per account).
    auto staff = m_env->session(Demo::support(), Demo::supportPassword());
    auto model = std::make_unique<UserDirectoryModel>(staff->data());
    model->setSchema(m_schema);
    model->refresh();
    QVERIFY(settled(*model));
    QCOMPARE(model->objectId(0).isEmpty(), false);
    QCOMPARE(model->index(0, UserDirectoryModel::EmailColumn).data().toString(), Demo::alice());
    const QString aliceId = model->objectId(0);

    RealtimeClient client;
    const Config classic = Config::fromBaseUrl(m_env->server()->classicBaseUrl()); // the app id and key
    QUrl rtUrl = classic.baseUrl();
    rtUrl.setPath(QString());
    client.start(rtUrl, classic.appId(), classic.apiKey(), staff->users()->userToken());
    QTRY_VERIFY_WITH_TIMEOUT(client.isConnected(), 10000);
    DirectoryLiveRows live(model.get(), staff->data(), &client);
    QStringList many;
    for (int row = 0; row < model->rowCount(); ++row)
        many << model->objectId(row);
    for (int extra = 0; extra < 50; ++extra)
        many << QStringLiteral("nobody-%1").arg(extra);
    QVERIFY(many.size() > DirectoryLiveRows::MaxFollowed);
    live.follow(many);
    QCOMPARE(live.followed().size(), DirectoryLiveRows::MaxFollowed);
    live.follow({aliceId, model->objectId(1)});
    QCOMPARE(live.followed().size(), 2);

    // Another device renames alice; the subscription may still be on its way: tried a few times.
    auto alice = m_env->session(Demo::alice(), Demo::alicePassword());
    const auto restore = qScopeGuard([&] {
        alice->updateSelf({{QStringLiteral("name"), QStringLiteral("Alice Example")}});
    });
    bool shown = false;
    for (int attempt = 0; attempt < 10 && !shown; ++attempt) {
        const QString name = QStringLiteral("Alice Live %1").arg(attempt);
        alice->updateSelf({{QStringLiteral("name"), name}});
        shown = QTest::qWaitFor(
            [&] { return model->index(0, UserDirectoryModel::NameColumn).data().toString() == name; }, 1000);
    }
    QVERIFY(shown);
}
