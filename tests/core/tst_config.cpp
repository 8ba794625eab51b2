#include "core/config.h"
#include "persistence/sessionstore.h"

#include <QTest>

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseUrlForms_data();
    void baseUrlForms();
    void serverForms_data();
    void serverForms();
    void keyNeverInNames_data();
    void keyNeverInNames();
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
    QTest::newRow("EU classic, trailing slash")
        << "https://eu-api.backendless.com/APP-2/KEY-2/" << false << true << "APP-2"
        << "https://eu-api.backendless.com/APP-2";
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
    QTest::newRow("IPv6 loopback") << "http://[::1]:8080/api" << false << true << ""
                                   << "http://[::1]:8080/api";
    QTest::newRow("local classic form") << "http://127.0.0.1:5000/demo-app-id/demo-rest-key" << false << true
                                        << "demo-app-id"
                                        << "http://127.0.0.1:5000/demo-app-id";
    QTest::newRow("Pro form with id and key") << "http://127.0.0.1:5000/api/APP-3/KEY-3" << false << true << "APP-3"
                                              << "http://127.0.0.1:5000/api/APP-3";
    QTest::newRow("bare domain gets /api") << "https://profiles.example.com" << false << true << ""
                                           << "https://profiles.example.com/api";
    QTest::newRow("Pro over http, remote: refused") << "http://pro.example.com:8080/api" << false << false << ""
                                                    << "";
    QTest::newRow("Pro over http, remote, explicitly allowed")
        << "http://pro.example.com:8080/api" << true << true << ""
        << "http://pro.example.com:8080/api";
    QTest::newRow("LAN address is not loopback") << "http://192.168.1.5:8080/api" << false << false << ""
                                                 << "";
    QTest::newRow("cloud over http: refused even when allowed")
        << "http://api.backendless.com/A/K" << true << false << ""
        << "";
    QTest::newRow("cloud without key") << "https://api.backendless.com/APP-1" << false << false << ""
                                       << "";
    QTest::newRow("ftp") << "ftp://example.com/api" << false << false << ""
                         << "";
    QTest::newRow("no host") << "https:///api" << false << false << ""
                             << "";
    QTest::newRow("query") << "https://example.com/api?x=1" << false << false << ""
                           << "";
    QTest::newRow("user info") << "https://me:pw@example.com/api" << false << false << ""
                               << "";
    QTest::newRow("garbage") << "not a url" << false << false << ""
                             << "";
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

// The one addressing model: a server URL as typed, plus the app id and key (empty for domains).
void TestConfig::serverForms_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<QString>("login"); // endpoint("users/login"), or "" when refused
    QTest::addColumn<QString>("serverKey");

    QTest::newRow("US cloud") << "https://api.backendless.com"
                              << "APP"
                              << "KEY" << false << "https://api.backendless.com/APP/KEY/users/login"
                              << "https://api.backendless.com/APP";
    QTest::newRow("EU cloud") << "https://eu-api.backendless.com"
                              << "APP"
                              << "KEY" << false << "https://eu-api.backendless.com/APP/KEY/users/login"
                              << "https://eu-api.backendless.com/APP";
    QTest::newRow("cloud without id/key") << "https://api.backendless.com"
                                          << ""
                                          << "" << false << ""
                                          << "";
    QTest::newRow("subdomain with /api") << "https://cool-app.backendless.app/api"
                                         << ""
                                         << "" << false << "https://cool-app.backendless.app/api/users/login"
                                         << "https://cool-app.backendless.app/api";
    QTest::newRow("subdomain without /api: appended")
        << "https://cool-app.backendless.app/"
        << ""
        << "" << false << "https://cool-app.backendless.app/api/users/login"
        << "https://cool-app.backendless.app/api";
    QTest::newRow("subdomain page path: /api appended")
        << "https://cool-app.backendless.app"
        << "APP"
        << "KEY" << false << "https://cool-app.backendless.app/api/APP/KEY/users/login"
        << "https://cool-app.backendless.app/api/APP";
    QTest::newRow("custom domain without /api: appended")
        << "https://profiles.example.com"
        << ""
        << "" << false << "https://profiles.example.com/api/users/login"
        << "https://profiles.example.com/api";
    QTest::newRow("custom domain with id and key: path kept")
        << "https://profiles.example.com/api"
        << "APP"
        << "KEY" << false << "https://profiles.example.com/api/APP/KEY/users/login"
        << "https://profiles.example.com/api/APP";
    QTest::newRow("Pro: /api kept, id and key appended")
        << "http://pro.example.com:8080/api"
        << "APP"
        << "KEY" << true << "http://pro.example.com:8080/api/APP/KEY/users/login"
        << "http://pro.example.com:8080/api/APP";
    QTest::newRow("Pro over https, trailing slash")
        << "https://pro.example.com/api/"
        << "APP"
        << "KEY" << false << "https://pro.example.com/api/APP/KEY/users/login"
        << "https://pro.example.com/api/APP";
    QTest::newRow("Pro over http without the opt-in: refused") << "http://pro.example.com:8080/api"
                                                               << "APP"
                                                               << "KEY" << false << ""
                                                               << "";
    QTest::newRow("local server, Pro form")
        << "http://127.0.0.1:8080/api"
        << "demo-app-id"
        << "demo-rest-key" << false << "http://127.0.0.1:8080/api/demo-app-id/demo-rest-key/users/login"
        << "http://127.0.0.1:8080/api/demo-app-id";
    QTest::newRow("local server, classic form")
        << "http://127.0.0.1:8080"
        << "demo-app-id"
        << "demo-rest-key" << false << "http://127.0.0.1:8080/demo-app-id/demo-rest-key/users/login"
        << "http://127.0.0.1:8080/demo-app-id";
    QTest::newRow("id and key are encoded") << "https://pro.example.com/api"
                                            << "a/b"
                                            << "k y" << false << "https://pro.example.com/api/a%2Fb/k%20y/users/login"
                                            << "https://pro.example.com/api/a%2Fb";
    QTest::newRow("id without key") << "https://pro.example.com/api"
                                    << "APP"
                                    << "" << false << ""
                                    << "";
    QTest::newRow("key without id") << "https://pro.example.com/api"
                                    << ""
                                    << "KEY" << false << ""
                                    << "";
}

void TestConfig::serverForms()
{
    QFETCH(QString, server);
    QFETCH(QString, appId);
    QFETCH(QString, apiKey);
    QFETCH(bool, allowInsecure);
    QFETCH(QString, login);
    QFETCH(QString, serverKey);

    const Config config = Config::fromServer(QUrl(server), appId, apiKey, allowInsecure);
    QCOMPARE(config.isValid(), !login.isEmpty());
    QCOMPARE(config.errorString().isEmpty(), config.isValid());
    if (!config.isValid())
        return;
    QCOMPARE(config.endpoint(QStringLiteral("users/login")).toString(QUrl::FullyEncoded), login);
    QCOMPARE(config.serverKey(), serverKey);
    QCOMPARE(config.appId(), appId);
    // The same server given as one base URL (the CLI's --url) is the same Config.
    const Config again = Config::fromBaseUrl(config.baseUrl(), allowInsecure);
    QCOMPARE(again.serverKey(), config.serverKey());
    QCOMPARE(again.appId(), config.appId());
    QCOMPARE(again.endpoint(QStringLiteral("users/login")), config.endpoint(QStringLiteral("users/login")));
}

// No key ever reaches a keychain key name or a draft file name, whichever way the server is given.
void TestConfig::keyNeverInNames_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("appId");
    const QString key = QStringLiteral("SECRET-REST-KEY");
    QTest::newRow("--url Pro form") << "http://127.0.0.1:8080/api/demo-app-id/" + key << ""
                                    << "";
    QTest::newRow("--url classic form") << "http://127.0.0.1:8080/demo-app-id/" + key << ""
                                        << "";
    QTest::newRow("--url cloud") << "https://api.backendless.com/APP/" + key << ""
                                 << "";
    QTest::newRow("--server Pro + id + key") << ""
                                             << "http://127.0.0.1:8080/api"
                                             << "demo-app-id";
    QTest::newRow("--server custom domain + id + key") << ""
                                                       << "https://profiles.example.com/api"
                                                       << "APP";
    QTest::newRow("--server cloud + id + key") << ""
                                               << "https://eu-api.backendless.com"
                                               << "APP";
}

void TestConfig::keyNeverInNames()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, server);
    QFETCH(QString, appId);
    const QString key = QStringLiteral("SECRET-REST-KEY");
    const Config config =
        baseUrl.isEmpty() ? Config::fromServer(QUrl(server), appId, key) : Config::fromBaseUrl(QUrl(baseUrl));
    QVERIFY2(config.isValid(), qPrintable(config.errorString()));
    QVERIFY(config.endpoint(QStringLiteral("info")).toString().contains(key)); // it is used...
    QVERIFY(!config.serverKey().contains(key)); // ...and named nowhere
    QVERIFY(!config.appId().isEmpty());
    QVERIFY(!config.appId().contains(key));
    const QString sessionKey = SessionStore::keyFor(config, QStringLiteral("alice@example.com"));
    QVERIFY(!sessionKey.contains(key));
    QVERIFY(sessionKey.startsWith(config.serverKey()));
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
    QCOMPARE(
        config.endpoint(QStringLiteral("users/restorepassword/") + Config::encodeSegment(QStringLiteral("a b@x/y"))),
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
