// Backendless's login policies (issue 11), one test per policy, against an in-process server:
// by default a new login ends the account's previous session; with multiple logins a maximum
// (3044); refusing the second login (3002); the opt-in account lock (3036) and its default
// (no number of failures locks). Plus the Pro URL form and the silent drop of unknown properties.

#include "host/serverhost.h"
#include "httptestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace TestSupport;

namespace {

const QString Bob = QStringLiteral("bob@example.com");
const QString BobPassword = QStringLiteral("Bob-pass-1");

} // namespace

class TestLoginPolicy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultSecondLoginEndsFirst();
    void multipleLoginsUpToMaximum();
    void refuseSecondLogin();
    void failedLoginsLock();
    void noLockByDefault();
    void completedResetLiftsLock();
    void throttleSlowsOnlyTheFailingAddress();
    void proUrlForm();
    void dropUnknownProperties();

private:
    QString token(const HttpResult &result) const
    {
        return result.object().value(QStringLiteral("user-token")).toString();
    }
    HttpResult login(const QString &password = BobPassword);
    bool isValid(const QString &token);

    std::unique_ptr<Server::ServerHost> m_host;
    HttpTestClient m_client;
};

void TestLoginPolicy::init()
{
    m_host = std::make_unique<Server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(&error), qPrintable(error));
    m_client.setBaseUrl(m_host->baseUrl());
}

void TestLoginPolicy::cleanup()
{
    m_host.reset();
}

HttpResult TestLoginPolicy::login(const QString &password)
{
    return m_client.post(QStringLiteral("users/login"),
                         {{QStringLiteral("login"), Bob}, {QStringLiteral("password"), password}});
}

bool TestLoginPolicy::isValid(const QString &token)
{
    return m_client.get(QStringLiteral("users/isvalidusertoken/") + token).json().toBool();
}

void TestLoginPolicy::defaultSecondLoginEndsFirst()
{
    const QString first = token(login());
    const QString second = token(login());
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QVERIFY(!isValid(first));
    QVERIFY(isValid(second));
}

void TestLoginPolicy::multipleLoginsUpToMaximum()
{
    Server::LoginPolicy policy;
    policy.multipleLogins = true;
    policy.maxLogins = 2;
    m_host->setLoginPolicy(policy);
    const QString first = token(login());
    const QString second = token(login());
    const HttpResult third = login();
    QCOMPARE(third.errorCode(), 3044);
    QCOMPARE(third.status, 400);
    QVERIFY(isValid(first));
    QVERIFY(isValid(second));
    // A logout frees a place.
    QCOMPARE(m_client.get(QStringLiteral("users/logout"), first).status, 200);
    QVERIFY(!token(login()).isEmpty());
}

void TestLoginPolicy::refuseSecondLogin()
{
    Server::LoginPolicy policy;
    policy.refuseSecondLogin = true;
    m_host->setLoginPolicy(policy);
    const QString first = token(login());
    QCOMPARE(login().errorCode(), 3002);
    QVERIFY(isValid(first));
    QCOMPARE(m_client.get(QStringLiteral("users/logout"), first).status, 200);
    QVERIFY(!token(login()).isEmpty());
}

void TestLoginPolicy::failedLoginsLock()
{
    Server::LoginPolicy policy;
    policy.failedLoginsLock = 2;
    m_host->setLoginPolicy(policy);
    QCOMPARE(login(QStringLiteral("wrong")).errorCode(), 3003);
    QVERIFY(!token(login()).isEmpty()); // a success in between resets the count
    QCOMPARE(login(QStringLiteral("wrong")).errorCode(), 3003);
    QCOMPARE(login(QStringLiteral("wrong")).errorCode(), 3003);
    QCOMPARE(login().errorCode(), 3036);
    // Another account is not affected.
    QVERIFY(!m_client.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1")).isEmpty());
}

void TestLoginPolicy::noLockByDefault()
{
    m_host->setLoginThrottle(false); // the throttle would space these out; it is tested below
    for (int i = 0; i < 20; ++i)
        QCOMPARE(login(QStringLiteral("wrong")).errorCode(), 3003);
    QVERIFY(!token(login()).isEmpty());
}

void TestLoginPolicy::completedResetLiftsLock()
{
    m_host->setLockout(1, 900);
    QCOMPARE(login(QStringLiteral("wrong")).errorCode(), 3003);
    QCOMPARE(login().errorCode(), 3036);
    // Asking for a reset lifts nothing: anyone may ask (issue 25, item 5).
    QCOMPARE(m_client.get(QStringLiteral("users/restorepassword/") + Bob).status, 200);
    QCOMPARE(login().errorCode(), 3036);

    // Completing one does: staff setting a new password.
    const QJsonObject staff = m_client.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"));
    const QJsonArray found =
        m_client
            .get(QStringLiteral("data/Users"), staff.value(QStringLiteral("user-token")).toString(),
                 QUrlQuery{{QStringLiteral("where"), QStringLiteral("email = 'bob@example.com'")}})
            .array();
    QCOMPARE(found.size(), 1);
    const QString bobId = found.first().toObject().value(QStringLiteral("objectId")).toString();
    QCOMPARE(m_client
                 .put(QStringLiteral("data/Users/") + bobId,
                      {{QStringLiteral("password"), QStringLiteral("Bob-pass-2")}},
                      staff.value(QStringLiteral("user-token")).toString())
                 .status,
             200);
    QVERIFY(!token(login(QStringLiteral("Bob-pass-2"))).isEmpty());
}

void TestLoginPolicy::throttleSlowsOnlyTheFailingAddress()
{
    // Five failures are free; the sixth attempt from the same address waits its turn.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(login(QStringLiteral("wrong")).errorCode(), 3003);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(login(QStringLiteral("wrong")).errorCode(), 3003);
    QVERIFY2(timer.elapsed() >= 200, qPrintable(QString::number(timer.elapsed())));
    // Only the address is slowed; the account is neither locked nor refused.
    QVERIFY(!token(login()).isEmpty());
}

void TestLoginPolicy::proUrlForm()
{
    HttpTestClient pro(QUrl(QStringLiteral("http://127.0.0.1:%1/api/demo-app-id/demo-rest-key").arg(m_host->port())));
    QVERIFY(!pro.login(Bob, BobPassword).isEmpty());
    QCOMPARE(pro.get(QStringLiteral("users/userroles")).status, 200);
    HttpTestClient wrong(QUrl(QStringLiteral("http://127.0.0.1:%1/api/demo-app-id/wrong-key").arg(m_host->port())));
    QCOMPARE(wrong.get(QStringLiteral("info")).errorCode(), 2002);
    HttpTestClient wrongId(QUrl(QStringLiteral("http://127.0.0.1:%1/api/other-app/demo-rest-key").arg(m_host->port())));
    QCOMPARE(wrongId.post(QStringLiteral("users/login"), {}).errorCode(), 2002);
}

void TestLoginPolicy::dropUnknownProperties()
{
    m_host->setDynamicSchema(false);
    m_host->setDropUnknownProperties(true);
    const QJsonObject bob = m_client.login(Bob, BobPassword);
    const QString id = bob.value(QStringLiteral("objectId")).toString();
    const HttpResult result =
        m_client.put(QStringLiteral("users/") + id,
                     {{QStringLiteral("address"), QStringLiteral("1 Main St")}, {QStringLiteral("shoeSize"), 44}},
                     bob.value(QStringLiteral("user-token")).toString());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object().value(QStringLiteral("address")).toString(), QStringLiteral("1 Main St"));
    QVERIFY(!result.object().contains(QStringLiteral("shoeSize")));
    const QByteArray described = m_client.get(QStringLiteral("users/userclassprops")).body;
    QVERIFY(!described.contains("shoeSize"));
    // The system columns real Backendless has are there, read-only.
    QVERIFY(described.contains("\"accountType\""));
    QVERIFY(described.contains("\"oAuthIdentities\""));
    QCOMPARE(bob.value(QStringLiteral("accountType")).toString(), QStringLiteral("BACKENDLESS"));
    QVERIFY(bob.contains(QStringLiteral("oAuthIdentities")));
}

QTEST_GUILESS_MAIN(TestLoginPolicy)
#include "tst_serverloginpolicy.moc"
