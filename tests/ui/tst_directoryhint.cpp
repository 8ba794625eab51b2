// The staff directory's hint when an unfiltered first page is empty: the SupportStaff role may
// lack FIND on Users (Backendless trims results by permission rather than refusing them).
#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "fakedirectoryserver.h"
#include "models/staff/userdirectorymodel.h"
#include "ui/staff/userdirectory.h"
#include "ui/widgets/messagebanner.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTest>

namespace {

// The directory widget, shown, with its first query sent to a fake server holding `users` users.
struct Directory
{
    explicit Directory(int users)
        : server(users)
        , listening(server.listen())
        , rest(Config::fromBaseUrl(server.baseUrl()), &nam)
        , session(&rest)
        , data(&rest, &session)
        , widget(&data)
    {
        widget.show();
        widget.refresh();
    }
    MessageBanner *banner() const { return widget.findChild<MessageBanner *>(QStringLiteral("messageBanner")); }

    FakeDirectoryServer server;
    bool listening;
    QNetworkAccessManager nam; // before the client that uses it
    RestClient rest;
    UserService session;
    DataService data;
    UserDirectory widget;
};

} // namespace

class TestDirectoryHint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyDirectoryNamesTheFindPermission();
    void usersShownNoHint();
};

void TestDirectoryHint::emptyDirectoryNamesTheFindPermission()
{
    Directory directory(0);
    QVERIFY(directory.listening);
    MessageBanner *banner = directory.banner();
    QVERIFY(banner);
    QTRY_VERIFY(banner->text().contains(QLatin1String("FIND")));
    QCOMPARE(banner->type(), MessageBanner::Type::Information);
    QVERIFY(banner->text().contains(QLatin1String("SupportStaff")));

    // A search that finds nobody says nothing about permissions.
    directory.widget.model()->setDebounceInterval(0);
    QTest::keyClicks(directory.widget.findChild<QLineEdit *>(QStringLiteral("searchEdit")), QStringLiteral("zz"));
    QTRY_COMPARE(directory.server.sortBys.size(), 2);
    QTRY_VERIFY(!directory.widget.model()->isLoading());
    QCOMPARE(banner->text(), QString());
}

void TestDirectoryHint::usersShownNoHint()
{
    Directory directory(5);
    QVERIFY(directory.listening);
    QTRY_COMPARE(directory.widget.model()->rowCount(), 5);
    QTRY_VERIFY(!directory.widget.model()->isLoading());
    QCOMPARE(directory.banner()->text(), QString());
}

QTEST_MAIN(TestDirectoryHint)
#include "tst_directoryhint.moc"
