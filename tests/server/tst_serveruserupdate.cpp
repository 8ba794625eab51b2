// PUT /users/{id} (the main path of ProfileDesk): every error code, the order of the checks,
// what is ignored, dynamic schema, salted hashes on disk, and two clients updating one user at once.

#include "auth/passwordhasher.h"
#include "host/serverhost.h"
#include "httptestclient.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {
const QString UserPassword = QStringLiteral("User-pass-1");
const QString Editor = QStringLiteral("user0010@example.com");

QJsonObject allProblems()
{
    // One body with a problem for every later check: unknown property, empty required property,
    // taken identity, wrong type.
    return QJsonObject{{QStringLiteral("shoeSize"), 44},
                       {QStringLiteral("name"), QString()},
                       {QStringLiteral("email"), QStringLiteral("bob@example.com")},
                       {QStringLiteral("age"), QStringLiteral("x")}};
}
} // namespace

class TestUserUpdate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void updateRefused_data();
    void updateRefused();
    void sdkBodyIgnoresSystemFieldsAndToken();
    void partialBodiesKeepOtherValues();
    void identityChange();
    void dynamicSchemaCreatesTypedColumns_data();
    void dynamicSchemaCreatesTypedColumns();
    void twoClientsUpdateOneUserAtOnce();
    void passwordHashesAreSaltedOnDisk();

private:
    // A user as staff sees it; `staffToken` keeps a staff session alive (a new login ends it).
    QJsonObject fetch(const QString &objectId, QString staffToken = QString());
    QJsonObject fetchWithoutLogin(const QString &objectId);
    QStringList describedNames();

    Server::ServerHost m_host;
    HttpTestClient m_client;
    QString m_editorId;
    QString m_bobId;
};

void TestUserUpdate::initTestCase()
{
    QString error;
    QVERIFY2(m_host.start(&error), qPrintable(error));
    m_client.setBaseUrl(m_host.baseUrl());
    m_editorId = m_client.login(Editor, UserPassword).value(QStringLiteral("objectId")).toString();
    m_bobId = m_client.login(QStringLiteral("bob@example.com"), QStringLiteral("Bob-pass-1"))
                  .value(QStringLiteral("objectId"))
                  .toString();
    QVERIFY(!m_editorId.isEmpty() && !m_bobId.isEmpty());
}

QJsonObject TestUserUpdate::fetch(const QString &objectId, QString staffToken)
{
    if (staffToken.isEmpty())
        staffToken = m_client.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
                         .value(QStringLiteral("user-token"))
                         .toString();
    return m_client.get(QStringLiteral("data/Users/") + objectId, staffToken).object();
}

QJsonObject TestUserUpdate::fetchWithoutLogin(const QString &objectId)
{
    // Logging in to look moves lastLogin; everything else must stay as it was.
    QJsonObject user = fetch(objectId);
    user.remove(QStringLiteral("lastLogin"));
    return user;
}

QStringList TestUserUpdate::describedNames()
{
    QStringList names;
    const QJsonArray properties = m_client.get(QStringLiteral("users/userclassprops")).array();
    for (const QJsonValue &property : properties)
        names << property.toObject().value(QStringLiteral("name")).toString();
    return names;
}

void TestUserUpdate::updateRefused_data()
{
    QTest::addColumn<QString>("token"); // none | garbage | expired | own
    QTest::addColumn<QString>("target"); // own | other | missing
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("dynamicSchema");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");

    const QJsonObject address{{QStringLiteral("address"), QStringLiteral("1 Road")}};
    const auto own = [](const char *key, const QJsonValue &value) { return QJsonObject{{QLatin1String(key), value}}; };
    const QString none;

    QTest::newRow("3028 token missing") << "none"
                                        << "own" << address << true << 3028 << 401 << none;
    QTest::newRow("3028 comes before 3030") << "none"
                                            << "missing" << address << true << 3028 << 401 << none;
    QTest::newRow("3064 unknown token") << "garbage"
                                        << "own" << address << true << 3064 << 401 << QStringLiteral("Relogin");
    QTest::newRow("3064 expired token") << "expired"
                                        << "own" << address << true << 3064 << 401 << none;
    QTest::newRow("3064 comes before 3030") << "garbage"
                                            << "missing" << address << true << 3064 << 401 << none;
    QTest::newRow("3030 no such user") << "own"
                                       << "missing" << address << true << 3030 << 404 << none;
    QTest::newRow("3030 comes before 3029 and body checks")
        << "own"
        << "missing" << allProblems() << false << 3030 << 404 << none;
    QTest::newRow("3029 another user's id") << "own"
                                            << "other" << address << true << 3029 << 403 << none;
    QTest::newRow("3029 comes before body checks") << "own"
                                                   << "other" << allProblems() << false << 3029 << 403 << none;
    QTest::newRow("3031 unknown property, dynamic schema off")
        << "own"
        << "own" << own("shoeSize", 44) << false << 3031 << 400 << QStringLiteral("shoeSize");
    QTest::newRow("3031 comes before 3045, 3018, 3024")
        << "own"
        << "own" << allProblems() << false << 3031 << 400 << QStringLiteral("shoeSize");
    QTest::newRow("3045 required set to null")
        << "own"
        << "own" << own("name", QJsonValue()) << true << 3045 << 400 << QStringLiteral("name");
    QTest::newRow("3045 required set to empty") << "own"
                                                << "own" << own("name", QString()) << true << 3045 << 400 << none;
    QTest::newRow("3045 required set to blanks")
        << "own"
        << "own" << own("name", QStringLiteral("  ")) << true << 3045 << 400 << none;
    QTest::newRow("3045 identity set to empty")
        << "own"
        << "own" << own("email", QString()) << true << 3045 << 400 << QStringLiteral("email");
    QTest::newRow("3045 password set to empty")
        << "own"
        << "own" << own("password", QString()) << true << 3045 << 400 << QStringLiteral("password");
    QJsonObject emptyTakenWrong = allProblems();
    emptyTakenWrong.remove(QStringLiteral("shoeSize"));
    QTest::newRow("3045 comes before 3018 and 3024") << "own"
                                                     << "own" << emptyTakenWrong << true << 3045 << 400 << none;
    QTest::newRow("3018 identity taken") << "own"
                                         << "own" << own("email", QStringLiteral("bob@example.com")) << true << 3018
                                         << 400 << none;
    QTest::newRow("3018 identity taken, other case")
        << "own"
        << "own" << own("email", QStringLiteral("BOB@Example.com")) << true << 3018 << 400 << none;
    QTest::newRow("3018 comes before 3024") << "own"
                                            << "own"
                                            << QJsonObject{{QStringLiteral("email"), QStringLiteral("bob@example.com")},
                                                           {QStringLiteral("age"), QStringLiteral("x")}}
                                            << true << 3018 << 400 << none;
    QTest::newRow("3024 INT gets a string")
        << "own"
        << "own" << own("age", QStringLiteral("x")) << true << 3024 << 400 << QStringLiteral("'age'");
    QTest::newRow("3024 INT gets a fraction")
        << "own"
        << "own" << own("age", 3.5) << true << 3024 << 400 << QStringLiteral("'age'");
    QTest::newRow("3024 customRegex") << "own"
                                      << "own" << own("phone", QStringLiteral("call me")) << true << 3024 << 400
                                      << QStringLiteral("'phone'");
    QTest::newRow("3024 BOOLEAN gets a string")
        << "own"
        << "own" << own("newsletter", QStringLiteral("yes")) << true << 3024 << 400 << QStringLiteral("'newsletter'");
    QTest::newRow("3024 DATETIME gets words")
        << "own"
        << "own" << own("birthday", QStringLiteral("soon")) << true << 3024 << 400 << QStringLiteral("'birthday'");
    QTest::newRow("3024 STRING gets a number")
        << "own"
        << "own" << own("name", 5) << true << 3024 << 400 << QStringLiteral("'name'");
    QTest::newRow("3024 STRING too long") << "own"
                                          << "own" << own("address", QString(501, QLatin1Char('a'))) << true << 3024
                                          << 400 << QStringLiteral("'address'");
    QTest::newRow("3024 not an email") << "own"
                                       << "own" << own("email", QStringLiteral("nope")) << true << 3024 << 400
                                       << QStringLiteral("'email'");
    QTest::newRow("3024 password not a string")
        << "own"
        << "own" << own("password", 5) << true << 3024 << 400 << QStringLiteral("'password'");
    QTest::newRow("3024 new property with a bad name")
        << "own"
        << "own" << own("bad-name", 1) << true << 3024 << 400 << QStringLiteral("'bad-name'");
    QTest::newRow("3024 new property from null")
        << "own"
        << "own" << own("mystery", QJsonValue()) << true << 3024 << 400 << QStringLiteral("'mystery'");
    QTest::newRow("3024 new property differs only in case")
        << "own"
        << "own" << own("Name", QStringLiteral("x")) << true << 3024 << 400 << QStringLiteral("'Name'");
    QJsonObject partlyGood{{QStringLiteral("address"), QStringLiteral("Changed")},
                           {QStringLiteral("brandNew"), 1},
                           {QStringLiteral("age"), QStringLiteral("x")}};
    QTest::newRow("3024 refuses the whole body, new column included")
        << "own"
        << "own" << partlyGood << true << 3024 << 400 << QStringLiteral("'age'");
}

void TestUserUpdate::updateRefused()
{
    QFETCH(QString, token);
    QFETCH(QString, target);
    QFETCH(QJsonObject, body);
    QFETCH(bool, dynamicSchema);
    QFETCH(int, code);
    QFETCH(int, status);
    QFETCH(QString, messagePart);

    const QJsonObject before = fetchWithoutLogin(m_editorId);
    const QStringList namesBefore = describedNames();
    QString userToken;
    if (token != QLatin1String("none"))
        userToken = m_client.login(Editor, UserPassword).value(QStringLiteral("user-token")).toString();
    if (token == QLatin1String("garbage"))
        userToken = QStringLiteral("00000000-0000-0000-0000-000000000000");
    if (token == QLatin1String("expired"))
        m_host.expireAllSessions();
    const QString id = target == QLatin1String("own") ? m_editorId
        : target == QLatin1String("other")            ? m_bobId
                                                      : QStringLiteral("NO-SUCH-ID");

    m_host.setDynamicSchema(dynamicSchema);
    const HttpResult result = m_client.put(QStringLiteral("users/") + id, body, userToken);
    m_host.setDynamicSchema(true);

    QCOMPARE(result.errorCode(), code);
    QCOMPARE(result.status, status);
    QVERIFY2(result.errorMessage().contains(messagePart), qPrintable(result.errorMessage()));
    // Nothing was written: neither values nor columns.
    QCOMPARE(fetchWithoutLogin(m_editorId), before);
    QCOMPARE(fetch(m_bobId).value(QStringLiteral("email")).toString(), QStringLiteral("bob@example.com"));
    QCOMPARE(describedNames(), namesBefore);
}

void TestUserUpdate::sdkBodyIgnoresSystemFieldsAndToken()
{
    const QJsonObject session = m_client.login(Editor, UserPassword);
    const QString token = session.value(QStringLiteral("user-token")).toString();
    // What the official JS SDK sends back: the whole object, token and system fields included.
    QJsonObject body = session;
    body.insert(QStringLiteral("address"), QStringLiteral("123 Main St"));
    body.insert(QStringLiteral("objectId"), m_bobId);
    body.insert(QStringLiteral("created"), 5);
    body.insert(QStringLiteral("updated"), 7);
    body.insert(QStringLiteral("ownerId"), QStringLiteral("someone"));
    body.insert(QStringLiteral("userStatus"), QStringLiteral("DISABLED"));
    body.insert(QStringLiteral("__meta"), QStringLiteral("{}"));
    const HttpResult result = m_client.put(QStringLiteral("users/") + m_editorId, body, token);
    QCOMPARE(result.status, 200);
    const QJsonObject user = result.object();
    QCOMPARE(user.value(QStringLiteral("address")).toString(), QStringLiteral("123 Main St"));
    QCOMPARE(user.value(QStringLiteral("objectId")).toString(), m_editorId);
    QCOMPARE(user.value(QStringLiteral("ownerId")).toString(), m_editorId);
    QCOMPARE(user.value(QStringLiteral("created")), session.value(QStringLiteral("created")));
    QCOMPARE(user.value(QStringLiteral("userStatus")).toString(), QStringLiteral("ENABLED"));
    QVERIFY(user.value(QStringLiteral("updated")).toDouble() >= session.value(QStringLiteral("lastLogin")).toDouble());
    QVERIFY(!user.contains(QStringLiteral("user-token")));
    QVERIFY(!user.contains(QStringLiteral("password")));
    QCOMPARE(fetch(m_bobId).value(QStringLiteral("address")), QJsonValue()); // bob untouched
    QCOMPARE(fetch(m_editorId), user);
}

void TestUserUpdate::partialBodiesKeepOtherValues()
{
    const QString token = m_client.login(Editor, UserPassword).value(QStringLiteral("user-token")).toString();
    const QString path = QStringLiteral("users/") + m_editorId;
    QCOMPARE(m_client
                 .put(path,
                      QJsonObject{{QStringLiteral("phone"), QStringLiteral("+1 555-0100")},
                                  {QStringLiteral("age"), 41},
                                  {QStringLiteral("newsletter"), true},
                                  {QStringLiteral("birthday"), QStringLiteral("1985-03-01T00:00:00Z")},
                                  {QStringLiteral("bio"), QString(3000, QLatin1Char('b'))}},
                      token)
                 .status,
             200);
    const HttpResult second =
        m_client.put(path, QJsonObject{{QStringLiteral("address"), QStringLiteral("2 Lane")}}, token);
    QCOMPARE(second.status, 200);
    const QJsonObject user = second.object();
    QCOMPARE(user.value(QStringLiteral("phone")).toString(), QStringLiteral("+1 555-0100"));
    QCOMPARE(user.value(QStringLiteral("age")).toInt(), 41);
    QCOMPARE(user.value(QStringLiteral("newsletter")), QJsonValue(true));
    QCOMPARE(qint64(user.value(QStringLiteral("birthday")).toDouble()), qint64(478483200000));
    QCOMPARE(user.value(QStringLiteral("bio")).toString().size(), 3000);
    // null clears an optional property; an empty body still answers the whole user.
    QCOMPARE(m_client.put(path, QJsonObject{{QStringLiteral("phone"), QJsonValue()}}, token)
                 .object()
                 .value(QStringLiteral("phone")),
             QJsonValue());
    const HttpResult empty = m_client.put(path, QJsonObject(), token);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.object().value(QStringLiteral("address")).toString(), QStringLiteral("2 Lane"));
}

void TestUserUpdate::identityChange()
{
    const QJsonObject session = m_client.login(QStringLiteral("user0011@example.com"), UserPassword);
    const QString id = session.value(QStringLiteral("objectId")).toString();
    const HttpResult result = m_client.put(
        QStringLiteral("users/") + id, QJsonObject{{QStringLiteral("email"), QStringLiteral("  renamed@example.com ")}},
        session.value(QStringLiteral("user-token")).toString());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object().value(QStringLiteral("email")).toString(), QStringLiteral("renamed@example.com"));
    QCOMPARE(m_client.login(QStringLiteral("renamed@example.com"), UserPassword)
                 .value(QStringLiteral("objectId"))
                 .toString(),
             id);
    QVERIFY(m_client.login(QStringLiteral("user0011@example.com"), UserPassword).isEmpty());
}

void TestUserUpdate::dynamicSchemaCreatesTypedColumns_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonValue>("wrongValue");
    QTest::newRow("INT") << QStringLiteral("shoeSize") << QJsonValue(44) << QStringLiteral("INT")
                         << QJsonValue(QStringLiteral("big"));
    QTest::newRow("DOUBLE") << QStringLiteral("height") << QJsonValue(1.82) << QStringLiteral("DOUBLE")
                            << QJsonValue(true);
    QTest::newRow("BOOLEAN") << QStringLiteral("vip") << QJsonValue(true) << QStringLiteral("BOOLEAN") << QJsonValue(1);
    QTest::newRow("STRING") << QStringLiteral("nickname") << QJsonValue(QStringLiteral("Tenny"))
                            << QStringLiteral("STRING") << QJsonValue(3);
    QTest::newRow("JSON") << QStringLiteral("prefs")
                          << QJsonValue(QJsonObject{{QStringLiteral("theme"), QStringLiteral("dark")}})
                          << QStringLiteral("JSON") << QJsonValue();
}

void TestUserUpdate::dynamicSchemaCreatesTypedColumns()
{
    QFETCH(QString, property);
    QFETCH(QJsonValue, value);
    QFETCH(QString, type);
    QFETCH(QJsonValue, wrongValue);
    const QString token = m_client.login(Editor, UserPassword).value(QStringLiteral("user-token")).toString();
    const QString path = QStringLiteral("users/") + m_editorId;
    const HttpResult created = m_client.put(path, QJsonObject{{property, value}}, token);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object().value(property), value);

    QString describedType;
    const QJsonArray properties = m_client.get(QStringLiteral("users/userclassprops")).array();
    for (const QJsonValue &described : properties) {
        if (described.toObject().value(QStringLiteral("name")).toString() == property)
            describedType = described.toObject().value(QStringLiteral("type")).toString();
    }
    QCOMPARE(describedType, type);
    // Other users have the new column too, empty.
    QCOMPARE(fetch(m_bobId).value(property), QJsonValue());
    QVERIFY(fetch(m_bobId).contains(property));
    if (!wrongValue.isNull()) {
        const HttpResult refused = m_client.put(path, QJsonObject{{property, wrongValue}}, token);
        QCOMPARE(refused.errorCode(), 3024);
        QVERIFY(refused.errorMessage().contains(property));
    }
}

void TestUserUpdate::twoClientsUpdateOneUserAtOnce()
{
    // The user edits their own profile while a staff member edits it through the Data API.
    HttpTestClient self(m_host.baseUrl());
    HttpTestClient staff(m_host.baseUrl());
    const QString selfToken = self.login(Editor, UserPassword).value(QStringLiteral("user-token")).toString();
    const QString staffToken = staff.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
                                   .value(QStringLiteral("user-token"))
                                   .toString();
    m_host.setResponseDelay(150); // both requests are in flight together
    for (int round = 0; round < 5; ++round) {
        const QString mine = QStringLiteral("self %1").arg(round);
        const QString theirs = QStringLiteral("staff %1").arg(round);
        QNetworkReply *first =
            self.start(QByteArrayLiteral("PUT"), self.url(QStringLiteral("users/") + m_editorId),
                       HttpTestClient::toJson({{QStringLiteral("address"), mine}, {QStringLiteral("bio"), mine}}),
                       {{QByteArrayLiteral("user-token"), selfToken.toUtf8()}});
        QNetworkReply *second =
            staff.start(QByteArrayLiteral("PUT"), staff.url(QStringLiteral("data/Users/") + m_editorId),
                        HttpTestClient::toJson({{QStringLiteral("phone"), QStringLiteral("+1 %1").arg(round)},
                                                {QStringLiteral("bio"), theirs}}),
                        {{QByteArrayLiteral("user-token"), staffToken.toUtf8()}});
        const HttpResult a = HttpTestClient::wait(first);
        const HttpResult b = HttpTestClient::wait(second);
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        m_host.setResponseDelay(0);
        const QJsonObject final = fetch(m_editorId, staffToken);
        m_host.setResponseDelay(150);
        // Both writes landed; the property both wrote holds one of the two values, whole.
        QCOMPARE(final.value(QStringLiteral("address")).toString(), mine);
        QCOMPARE(final.value(QStringLiteral("phone")).toString(), QStringLiteral("+1 %1").arg(round));
        const QString bio = final.value(QStringLiteral("bio")).toString();
        QVERIFY2(bio == mine || bio == theirs, qPrintable(bio));
        // Each reply is a consistent whole user: it carries its own write.
        QCOMPARE(a.object().value(QStringLiteral("address")).toString(), mine);
        QCOMPARE(b.object().value(QStringLiteral("phone")).toString(), QStringLiteral("+1 %1").arg(round));
    }
    m_host.setResponseDelay(0);
}

void TestUserUpdate::passwordHashesAreSaltedOnDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Server::ServerOptions options;
    options.databasePath = dir.filePath(QStringLiteral("users.db"));
    options.demoUsers = 3;
    {
        Server::ServerHost host(options);
        QString error;
        QVERIFY2(host.start(&error), qPrintable(error));
        HttpTestClient client(host.baseUrl());
        const QJsonObject alice = client.login(QStringLiteral("alice@example.com"), QStringLiteral("Alice-pass-1"));
        QCOMPARE(client
                     .put(QStringLiteral("users/") + alice.value(QStringLiteral("objectId")).toString(),
                          QJsonObject{{QStringLiteral("password"), QStringLiteral("Fresh-pass-9")}},
                          alice.value(QStringLiteral("user-token")).toString())
                     .status,
                 200);
    }

    QHash<QString, QString> hashes;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(options.databasePath);
        QVERIFY(db.open());
        QSqlQuery query(QStringLiteral("SELECT email, _passwordHash FROM Users"), db);
        while (query.next())
            hashes.insert(query.value(0).toString(), query.value(1).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));

    QCOMPARE(hashes.size(), 6);
    QSet<QString> salts;
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it) {
        QVERIFY2(it.value().startsWith(QLatin1String("pbkdf2-sha256$")), qPrintable(it.key()));
        QVERIFY(!it.value().contains(QLatin1String("pass")));
        salts.insert(it.value().split(QLatin1Char('$')).value(2));
    }
    QCOMPARE(salts.size(), hashes.size()); // every user has a salt of their own
    QVERIFY(hashes.value(QStringLiteral("user0001@example.com"))
            != hashes.value(QStringLiteral("user0002@example.com")));
    QVERIFY(Server::PasswordHasher::verify(QStringLiteral("User-pass-1"),
                                           hashes.value(QStringLiteral("user0002@example.com"))));
    QVERIFY(Server::PasswordHasher::verify(QStringLiteral("Fresh-pass-9"),
                                           hashes.value(QStringLiteral("alice@example.com"))));
    QVERIFY(!Server::PasswordHasher::verify(QStringLiteral("Alice-pass-1"),
                                            hashes.value(QStringLiteral("alice@example.com"))));
    QVERIFY(
        Server::PasswordHasher::verify(QStringLiteral("Bob-pass-1"), hashes.value(QStringLiteral("bob@example.com"))));

    // The data survives a restart, and is not seeded twice.
    Server::ServerHost again(options);
    QVERIFY(again.start());
    HttpTestClient client(again.baseUrl());
    QVERIFY(!client.login(QStringLiteral("alice@example.com"), QStringLiteral("Fresh-pass-9")).isEmpty());
    const QString staff = client.login(QStringLiteral("support@example.com"), QStringLiteral("Support-pass-1"))
                              .value(QStringLiteral("user-token"))
                              .toString();
    QCOMPARE(client.get(QStringLiteral("data/Users/count"), staff).json(), QJsonValue(6));
}

QTEST_GUILESS_MAIN(TestUserUpdate)
#include "tst_serveruserupdate.moc"
