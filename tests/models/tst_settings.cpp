#include "persistence/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults_data();
    void defaults();
    void roundTripThroughTheFile();
    void unconvertibleValueFallsBackToDefault();
    void serverKindNames_data();
    void serverKindNames();
    void unknownServerKindIsDemo();
    void resetRestoresDefault();
    void insecureOptInIsPerServer();

private:
    QString path() const { return m_dir.filePath(QStringLiteral("profiledesk.ini")); }
    QTemporaryDir m_dir;
};

void TestSettings::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(path());
}

void TestSettings::defaults_data()
{
    QTest::addColumn<Settings::Key>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("server kind") << Settings::Key::ServerKind << QVariant(QStringLiteral("demo"));
    QTest::newRow("server url") << Settings::Key::ServerUrl << QVariant(QString());
    QTest::newRow("app id") << Settings::Key::AppId << QVariant(QString());
    QTest::newRow("api key") << Settings::Key::ApiKey << QVariant(QString());
    QTest::newRow("last identity") << Settings::Key::LastIdentity << QVariant(QString());
    QTest::newRow("stay signed in") << Settings::Key::StaySignedIn << QVariant(false);
    QTest::newRow("geometry") << Settings::Key::WindowGeometry << QVariant(QByteArray());
    QTest::newRow("language") << Settings::Key::Language << QVariant(QString());
    QTest::newRow("insecure servers") << Settings::Key::InsecureServers << QVariant(QStringList());
    QTest::newRow("journal hidden columns") << Settings::Key::JournalHiddenColumns << QVariant(QStringList());
}

void TestSettings::defaults()
{
    QFETCH(Settings::Key, key);
    QFETCH(QVariant, expected);
    Settings settings(path());
    QVERIFY(!settings.contains(key));
    QCOMPARE(settings.value(key), expected);
    QCOMPARE(Settings::defaultValue(key), expected);
}

void TestSettings::roundTripThroughTheFile()
{
    const QByteArray geometry("\x01\x02\x00\xff", 4);
    {
        Settings settings(path());
        settings.setServerKind(Settings::ServerKind::BackendlessEU);
        settings.setServerUrl(QStringLiteral("https://example.backendless.app/api"));
        settings.setAppId(QStringLiteral("APP"));
        settings.setApiKey(QStringLiteral("KEY"));
        settings.setLastIdentity(QStringLiteral("alice@example.com"));
        settings.setStaySignedIn(true);
        settings.setWindowGeometry(geometry);
        settings.setLanguage(QStringLiteral("de"));
        settings.sync();
        QCOMPARE(settings.fileName(), path());
    }
    QVERIFY(QFile::exists(path()));
    Settings settings(path());
    QCOMPARE(settings.serverKind(), Settings::ServerKind::BackendlessEU);
    QCOMPARE(settings.serverUrl(), QStringLiteral("https://example.backendless.app/api"));
    QCOMPARE(settings.appId(), QStringLiteral("APP"));
    QCOMPARE(settings.apiKey(), QStringLiteral("KEY"));
    QCOMPARE(settings.lastIdentity(), QStringLiteral("alice@example.com"));
    QCOMPARE(settings.staySignedIn(), true);
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.language(), QStringLiteral("de"));

    // The file uses the table's key names, so other tools (and people) can read it.
    QSettings raw(path(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("server/kind")).toString(), QStringLiteral("eu"));
    QCOMPARE(raw.value(QStringLiteral("login/lastIdentity")).toString(), QStringLiteral("alice@example.com"));
}

void TestSettings::unconvertibleValueFallsBackToDefault()
{
    {
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("window/geometry"), QVariantList{1, 2}); // not a byte array
    }
    Settings settings(path());
    QVERIFY(settings.contains(Settings::Key::WindowGeometry));
    QCOMPARE(settings.windowGeometry(), QByteArray());
}

void TestSettings::serverKindNames_data()
{
    QTest::addColumn<Settings::ServerKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("demo") << Settings::ServerKind::LocalDemo << QStringLiteral("demo");
    QTest::newRow("us") << Settings::ServerKind::BackendlessUS << QStringLiteral("us");
    QTest::newRow("eu") << Settings::ServerKind::BackendlessEU << QStringLiteral("eu");
    QTest::newRow("custom") << Settings::ServerKind::Custom << QStringLiteral("custom");
}

void TestSettings::serverKindNames()
{
    QFETCH(Settings::ServerKind, kind);
    QFETCH(QString, name);
    QCOMPARE(Settings::serverKindName(kind), name);
    bool ok = false;
    QCOMPARE(Settings::serverKindFromName(name, &ok), kind);
    QVERIFY(ok);
    Settings settings(path());
    settings.setServerKind(kind);
    QCOMPARE(settings.serverKind(), kind);
}

void TestSettings::unknownServerKindIsDemo()
{
    bool ok = true;
    QCOMPARE(Settings::serverKindFromName(QStringLiteral("mars"), &ok), Settings::ServerKind::LocalDemo);
    QVERIFY(!ok);
    Settings settings(path());
    settings.setValue(Settings::Key::ServerKind, QStringLiteral("mars"));
    QCOMPARE(settings.serverKind(), Settings::ServerKind::LocalDemo);
}

void TestSettings::resetRestoresDefault()
{
    Settings settings(path());
    settings.setStaySignedIn(true);
    QVERIFY(settings.contains(Settings::Key::StaySignedIn));
    settings.reset(Settings::Key::StaySignedIn);
    QVERIFY(!settings.contains(Settings::Key::StaySignedIn));
    QCOMPARE(settings.staySignedIn(), false);
}

void TestSettings::insecureOptInIsPerServer()
{
    const QString pro = QStringLiteral("http://pro.example.com:8080/api");
    {
        Settings settings(path());
        QVERIFY(!settings.allowsInsecure(pro));
        settings.setAllowsInsecure(pro, true);
        settings.setAllowsInsecure(QStringLiteral("http://lan-host:9000/api"), true);
        settings.setAllowsInsecure(QStringLiteral("http://lan-host:9000"), false); // the same server
        settings.sync();
    }
    Settings settings(path());
    QVERIFY(settings.allowsInsecure(pro));
    // The same server whatever the path or the case of the host; another port is another server.
    QVERIFY(settings.allowsInsecure(QStringLiteral("http://PRO.example.com:8080/api/APP/KEY")));
    QVERIFY(!settings.allowsInsecure(QStringLiteral("http://pro.example.com:8081/api")));
    QVERIFY(!settings.allowsInsecure(QStringLiteral("http://lan-host:9000/api")));
    QVERIFY(!settings.allowsInsecure(QString()));
    // Kept by origin: neither an app id nor a key reaches the file.
    QCOMPARE(settings.value(Settings::Key::InsecureServers).toStringList(),
             QStringList{QStringLiteral("http://pro.example.com:8080")});
    settings.setAllowsInsecure(pro, false);
    QVERIFY(!settings.allowsInsecure(pro));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
