#include "config.h"

#include <QTest>

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseUrlForms_data();
    void baseUrlForms();
    void backendlessRegions();
    void backendlessNeedsIdAndKey();
    void endpointAppendsEncodedPath();
    void defaultIsInvalid();
};

void TestConfig::baseUrlForms_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QString>("serverKey");

    QTest::newRow("US classic") << "https://api.backendless.com/APP-1/KEY-1" << false << true << "APP-1"
                                << "https://api.backendless.com/APP-1";
    QTest::newRow("EU classic, trailing slash") << "https://eu-api.backendless.com/APP-2/KEY-2/" << false << true
                                                << "APP-2" << "https://eu-api.backendless.com/APP-2";
    QTest::newRow("subdomain") << "https://cool-app.backendless.app/api" << false << true << ""
                               << "https://cool-app.backendless.app/api";
    QTest::newRow("custom domain") << "https://profiles.example.com/api" << false << true << ""
                                   << "https://profiles.example.com/api";
    QTest::newRow("host name is case-insensitive") << "https://Profiles.Example.COM/api" << false << true << ""
                                                   << "https://profiles.example.com/api";
    QTest::newRow("Pro over http on loopback") << "http://127.0.0.1:8080/api" << false << true << ""
                                               << "http://127.0.0.1:8080/api";
    QTest::newRow("localhost") << "http://localhost:8080/api" << false << true << ""
                               << "http://localhost:8080/api";
    QTest::newRow("IPv6 loopback") << "http://[::1]:8080/api" << false << true << "" << "http://[::1]:8080/api";
    QTest::newRow("local classic form") << "http://127.0.0.1:5000/demo-app-id/demo-rest-key" << false << true
                                        << "demo-app-id" << "http://127.0.0.1:5000/demo-app-id";
    QTest::newRow("Pro over http, remote: refused") << "http://pro.example.com:8080/api" << false << false << ""
                                                    << "";
    QTest::newRow("Pro over http, remote, explicitly allowed") << "http://pro.example.com:8080/api" << true << true
                                                               << "" << "http://pro.example.com:8080/api";
    QTest::newRow("LAN address is not loopback") << "http://192.168.1.5:8080/api" << false << false << "" << "";
    QTest::newRow("cloud over http: refused even when allowed") << "http://api.backendless.com/A/K" << true
                                                                << false << "" << "";
    QTest::newRow("cloud without key") << "https://api.backendless.com/APP-1" << false << false << "" << "";
    QTest::newRow("ftp") << "ftp://example.com/api" << false << false << "" << "";
    QTest::newRow("no host") << "https:///api" << false << false << "" << "";
    QTest::newRow("query") << "https://example.com/api?x=1" << false << false << "" << "";
    QTest::newRow("user info") << "https://me:pw@example.com/api" << false << false << "" << "";
    QTest::newRow("garbage") << "not a url" << false << false << "" << "";
}

void TestConfig::baseUrlForms()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, valid);
    QFETCH(QString, appId);
    QFETCH(QString, serverKey);

    const Config config = Config::fromBaseUrl(QUrl(url), allowInsecure);
    QCOMPARE(config.isValid(), valid);
    QCOMPARE(config.errorString().isEmpty(), valid);
    if (!valid)
        return;
    QCOMPARE(config.appId(), appId);
    QCOMPARE(config.serverKey(), serverKey);
    QVERIFY2(!config.serverKey().contains(QLatin1String("KEY")), "the REST API key must not be part of the server key");
    QVERIFY(config.endpoint(QStringLiteral("users/login")).toString().endsWith(QLatin1String("/users/login")));
}

void TestConfig::backendlessRegions()
{
    const Config us = Config::backendless(Config::Region::US, QStringLiteral("APP"), QStringLiteral("KEY"));
    QVERIFY(us.isValid());
    QCOMPARE(us.endpoint(QStringLiteral("users/login")),
             QUrl(QStringLiteral("https://api.backendless.com/APP/KEY/users/login")));
    const Config eu = Config::backendless(Config::Region::EU, QStringLiteral("APP"), QStringLiteral("KEY"));
    QCOMPARE(eu.endpoint(QStringLiteral("info")), QUrl(QStringLiteral("https://eu-api.backendless.com/APP/KEY/info")));
    QCOMPARE(eu.appId(), QStringLiteral("APP"));
    QVERIFY(us.serverKey() != eu.serverKey());
}

void TestConfig::backendlessNeedsIdAndKey()
{
    const Config config = Config::backendless(Config::Region::US, QStringLiteral("APP"), QStringLiteral("  "));
    QVERIFY(!config.isValid());
    QVERIFY(config.errorString().contains(QLatin1String("REST API key")));
}

void TestConfig::endpointAppendsEncodedPath()
{
    const Config config = Config::local(8080);
    QCOMPARE(config.endpoint(QStringLiteral("users/restorepassword/") + Config::encodeSegment(QStringLiteral("a b@x/y"))),
             QUrl(QStringLiteral("http://127.0.0.1:8080/api/users/restorepassword/a%20b%40x%2Fy")));
    QCOMPARE(config.endpoint(QStringLiteral("/info")), QUrl(QStringLiteral("http://127.0.0.1:8080/api/info")));
}

void TestConfig::defaultIsInvalid()
{
    const Config config;
    QVERIFY(!config.isValid());
    QVERIFY(!config.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
