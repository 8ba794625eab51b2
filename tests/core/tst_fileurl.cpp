// FileUrl: the REST key of a Files API URL never reaches what ProfileDesk stores (docs/PROTOCOL.md,
// "Files API", "The key in picture URLs"), and comes back only to fetch the file.
#include "core/fileurl.h"

#include <QTest>

class TestFileUrl : public QObject
{
    Q_OBJECT

private slots:
    void redactAndRestore_data();
    void redactAndRestore();
    void carriesKey();
};

void TestFileUrl::redactAndRestore_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("stored");
    QTest::newRow("cloud")
        << QStringLiteral("https://backendlessappcontent.com/APP/9F1E-KEY/files/users/A1/avatar-1.jpg")
        << QStringLiteral("https://backendlessappcontent.com/APP/REST-API-KEY/files/users/A1/avatar-1.jpg");
    QTest::newRow("eu") << QStringLiteral("https://eu.backendlessappcontent.com/APP/9F1E-KEY/files/users/A1/a.png")
                        << QStringLiteral("https://eu.backendlessappcontent.com/APP/REST-API-KEY/files/users/A1/a.png");
    QTest::newRow("local server") << QStringLiteral("http://127.0.0.1:8080/APP/9F1E-KEY/files/users/A1/a.png")
                                  << QStringLiteral("http://127.0.0.1:8080/APP/REST-API-KEY/files/users/A1/a.png");
    QTest::newRow("a folder called files further down")
        << QStringLiteral("https://h/APP/9F1E-KEY/files/users/A1/files/a.png")
        << QStringLiteral("https://h/APP/REST-API-KEY/files/users/A1/files/a.png");
    QTest::newRow("custom domain, no key") << QStringLiteral("https://pics.example.com/api/files/users/A1/a.png")
                                           << QStringLiteral("https://pics.example.com/api/files/users/A1/a.png");
    QTest::newRow("another key is left alone")
        << QStringLiteral("https://h/APP/OTHER/files/a.png") << QStringLiteral("https://h/APP/OTHER/files/a.png");
    QTest::newRow("not a files URL") << QStringLiteral("https://h/APP/9F1E-KEY/data/Users")
                                     << QStringLiteral("https://h/APP/9F1E-KEY/data/Users");
}

void TestFileUrl::redactAndRestore()
{
    QFETCH(QString, url);
    QFETCH(QString, stored);
    const QString key = QStringLiteral("9F1E-KEY");
    QCOMPARE(FileUrl::redact(url, key), stored);
    if (url.contains(QLatin1String("/files/")) && !url.contains(QLatin1String("OTHER")))
        QCOMPARE(FileUrl::restore(stored, key), url);
    QCOMPARE(FileUrl::redact(url, QString()), url); // no key configured: nothing to hide, nothing changed
}

void TestFileUrl::carriesKey()
{
    QVERIFY(FileUrl::carriesKey(QStringLiteral("https://h/APP/9F1E-KEY/files/a.png"), QStringLiteral("9F1E-KEY")));
    QVERIFY(!FileUrl::carriesKey(QStringLiteral("https://h/APP/REST-API-KEY/files/a.png"), QStringLiteral("9F1E-KEY")));
    QVERIFY(!FileUrl::carriesKey(QStringLiteral("anything"), QString()));
}

QTEST_GUILESS_MAIN(TestFileUrl)
#include "tst_fileurl.moc"
