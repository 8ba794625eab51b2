// The staff directory's hint when an unfiltered first page is empty: the SupportStaff role may
// lack FIND on Users (Backendless trims results by permission rather than refusing them).
#include "dataservice.h"
#include "fakedirectoryserver.h"
#include "messagebanner.h"
#include "restclient.h"
#include "userdirectory.h"
#include "userdirectorymodel.h"
#include "userservice.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTest>

class TestDirectoryHint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyDirectoryNamesTheFindPermission();
    void usersShownNoHint();

private:
    struct Client
    {
        explicit Client(const QUrl &baseUrl)
            : rest(Config::fromBaseUrl(baseUrl), &nam)
            , users(&rest)
            , data(&rest, &users)
        {
        }
        QNetworkAccessManager nam;
        RestClient rest;
        UserService users;
        DataService data;
    };
};

void TestDirectoryHint::emptyDirectoryNamesTheFindPermission()
{
    FakeDirectoryServer server(0);
    QVERIFY(server.listen());
    Client client(server.baseUrl());
    UserDirectory directory(&client.data);
    directory.show();
    directory.refresh();
    auto *banner = directory.findChild<MessageBanner *>(QStringLiteral("messageBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->text().contains(QLatin1String("FIND")));
    QCOMPARE(banner->type(), MessageBanner::Type::Information);
    QVERIFY(banner->text().contains(QLatin1String("SupportStaff")));

    // A search that finds nobody says nothing about permissions.
    directory.model()->setDebounceInterval(0);
    QTest::keyClicks(directory.findChild<QLineEdit *>(QStringLiteral("searchEdit")), QStringLiteral("zz"));
    QTRY_COMPARE(server.sortBys.size(), 2);
    QTRY_VERIFY(!directory.model()->isLoading());
    QCOMPARE(banner->text(), QString());
}

void TestDirectoryHint::usersShownNoHint()
{
    FakeDirectoryServer server(5);
    QVERIFY(server.listen());
    Client client(server.baseUrl());
    UserDirectory directory(&client.data);
    directory.show();
    directory.refresh();
    QTRY_COMPARE(directory.model()->rowCount(), 5);
    QTRY_VERIFY(!directory.model()->isLoading());
    auto *banner = directory.findChild<MessageBanner *>(QStringLiteral("messageBanner"));
    QCOMPARE(banner->text(), QString());
}

QTEST_MAIN(TestDirectoryHint)
#include "tst_directoryhint.moc"
