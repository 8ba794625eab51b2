// Every error code of docs/PROTOCOL.md's "Update own user" row reaches the caller with the server's code,
// message and HTTP status, through the non-blocking and the blocking form of UserService::update.
#include "awaitcall.h"
#include "core/blockingcall.h"
#include "servertestenv.h"

#include <QTest>
#include <QThread>

namespace {

enum class Case {
    WrongKey,
    IdentityTaken,
    BadValue,
    NoToken,
    OtherUser,
    NoSuchUser,
    DynamicSchemaOff,
    RequiredEmpty,
    DeadToken
};

} // namespace
Q_DECLARE_METATYPE(Case)

class TestUpdateErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void updateError_data();
    void updateError();

private:
    std::unique_ptr<ServerTestEnv> m_env;
    QString m_bobId;
};

void TestUpdateErrors::initTestCase()
{
    m_env = std::make_unique<ServerTestEnv>();
    QString error;
    QVERIFY2(m_env->start(&error), qPrintable(error));
    m_bobId = m_env->objectIdOf(QStringLiteral("bob@example.com"));
    QVERIFY(!m_bobId.isEmpty());
}

void TestUpdateErrors::cleanupTestCase()
{
    m_env.reset();
}

void TestUpdateErrors::updateError_data()
{
    QTest::addColumn<Case>("scenario");
    QTest::addColumn<bool>("blocking");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("messagePart");

    const struct
    {
        const char *name;
        Case scenario;
        int code;
        int httpStatus;
        const char *messagePart;
    } rows[] = {
        {"2002 wrong API key", Case::WrongKey, 2002, 401, ""},
        {"3018 identity taken", Case::IdentityTaken, 3018, 400, ""},
        {"3024 value of the wrong type", Case::BadValue, 3024, 400, "age"},
        {"3028 not logged in", Case::NoToken, 3028, 401, ""},
        {"3029 another user", Case::OtherUser, 3029, 403, ""},
        {"3030 no such user", Case::NoSuchUser, 3030, 404, "no-such-id"},
        {"3031 dynamic schema off", Case::DynamicSchemaOff, 3031, 400, "favouriteColour"},
        {"3045 required property empty", Case::RequiredEmpty, 3045, 400, "name"},
        {"3064 dead token", Case::DeadToken, 3064, 401, ""},
    };
    for (const auto &row : rows) {
        for (const bool blocking : {false, true}) {
            QTest::addRow("%s, %s", row.name, blocking ? "blocking" : "non-blocking")
                << row.scenario << blocking << row.code << row.httpStatus << QString::fromLatin1(row.messagePart);
        }
    }
}

void TestUpdateErrors::updateError()
{
    QFETCH(Case, scenario);
    QFETCH(bool, blocking);
    QFETCH(int, code);
    QFETCH(int, httpStatus);
    QFETCH(QString, messagePart);

    m_env->host().setDynamicSchema(scenario != Case::DynamicSchemaOff);
    UserService &session = m_env->users();
    session.clearSession();
    if (scenario != Case::NoToken)
        QVERIFY(!m_env->loginAlice().isError());
    const QString aliceId = session.currentUser().objectId();

    // The service under test: the env's, or one whose base URL carries a wrong API key.
    std::unique_ptr<RestClient> wrongKeyClient;
    std::unique_ptr<UserService> wrongKeyService;
    UserService *users = &session;
    if (scenario == Case::WrongKey) {
        QUrl url = m_env->host().classicBaseUrl();
        url.setPath(url.path().replace(QLatin1String("demo-rest-key"), QLatin1String("wrong-key")));
        wrongKeyClient = std::make_unique<RestClient>(Config::fromBaseUrl(url), &m_env->nam());
        wrongKeyService = std::make_unique<UserService>(wrongKeyClient.get());
        wrongKeyService->restoreSession(session.currentUser(), session.userToken());
        users = wrongKeyService.get();
    }

    User changes;
    changes.setValue(QStringLiteral("address"), QStringLiteral("somewhere"));
    switch (scenario) {
    case Case::IdentityTaken:
        changes.setValue(QStringLiteral("email"), QStringLiteral("bob@example.com"));
        break;
    case Case::BadValue:
        changes.setValue(QStringLiteral("age"), QStringLiteral("forty-two"));
        break;
    case Case::NoToken:
        changes.setObjectId(m_env->objectIdOf(QStringLiteral("alice@example.com")));
        break;
    case Case::OtherUser:
        changes.setObjectId(m_bobId);
        break;
    case Case::NoSuchUser:
        changes.setObjectId(QStringLiteral("no-such-id"));
        break;
    case Case::DynamicSchemaOff:
        changes.setValue(QStringLiteral("favouriteColour"), QStringLiteral("teal"));
        break;
    case Case::RequiredEmpty:
        changes.setValue(QStringLiteral("name"), QString());
        break;
    case Case::DeadToken:
        m_env->host().expireAllSessions();
        break;
    case Case::WrongKey:
        break;
    }

    Error error;
    if (blocking) {
        std::unique_ptr<QThread> worker(QThread::create([&] {
            BlockingCall::wait(
                users, [&] { return users->update(changes); }, &error);
        }));
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 10000);
    } else {
        error = awaitError(users->update(changes));
    }

    QCOMPARE(error.kind, Error::Kind::Server);
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, httpStatus);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QCOMPARE(error.displayText(), error.message); // the server's text is what a person sees
    // The one rule (Error::endsSession): of these codes, 3064 and 3028 end the session.
    QCOMPARE(error.endsSession(), code == ErrorCode::InvalidUserToken || code == ErrorCode::NotLoggedIn);
    if (scenario == Case::DeadToken) {
        QVERIFY(!session.isLoggedIn());
    } else if (scenario != Case::NoToken) {
        QVERIFY(session.isLoggedIn());
        QCOMPARE(session.currentUser().objectId(), aliceId);
    }
}

QTEST_GUILESS_MAIN(TestUpdateErrors)
#include "tst_updateerrors.moc"
