// Unit tests of the server's pieces that need no HTTP: the where parser, column conversions,
// password hashing, sessions and the login guard.

#include "auth/loginguard.h"
#include "auth/passwordhasher.h"
#include "auth/sessionregistry.h"
#include "storage/column.h"
#include "storage/demoseeder.h"
#include "storage/maillog.h"
#include "storage/schemastore.h"
#include "storage/whereparser.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Server;

class TestServerUnits : public QObject
{
    Q_OBJECT

private slots:
    void mailLogLinesAndCap();
    void whereValid_data();
    void whereValid();
    void whereInvalid_data();
    void whereInvalid();
    void columnToSql_data();
    void columnToSql();
    void columnRoundTrip();
    void inferType_data();
    void inferType();
    void passwordHashIsSaltedAndVerifies();
    void passwordHashRejectsTampering();
    void sessionsReplaceAndExpire();
    void loginGuardLocksAfterMaxFailures();

private:
    static const Column *lookup(const QString &name);
};

const Column *TestServerUnits::lookup(const QString &name)
{
    static const QList<Column> columns = DemoData::demoSchema() + SchemaStore::systemColumns();
    for (const Column &column : columns) {
        if (column.name.compare(name, Qt::CaseInsensitive) == 0)
            return &column;
    }
    return nullptr;
}

// The mail log (issue 21): one JSON line per mail, no secret, an address bounded; a stranger asking
// for resets again and again fills it up to its cap, not the disk (record() fails: 5050).
void TestServerUnits::mailLogLinesAndCap()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mail.jsonl"));
    Server::MailLog log(path, 600);
    QVERIFY(log.record(Server::MailLog::Kind::PasswordReset, QStringLiteral("bob@example.com"), QStringLiteral("B1")));
    QVERIFY(
        log.record(Server::MailLog::Kind::EmailConfirmation, QString(2000, QLatin1Char('x')), QStringLiteral("B2")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("passwordReset"));
    QCOMPARE(first.value(QStringLiteral("to")).toString(), QStringLiteral("bob@example.com"));
    QCOMPARE(first.keys(),
             QStringList({QStringLiteral("kind"), QStringLiteral("objectId"), QStringLiteral("subject"),
                          QStringLiteral("time"), QStringLiteral("to")}));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("to")).toString().size(),
             Server::MailLog::MaxAddressLength);
    file.close();
    // Past the cap: refused, and the file keeps its size.
    const qint64 size = QFileInfo(path).size();
    QVERIFY(!log.record(Server::MailLog::Kind::PasswordReset, QString(300, QLatin1Char('y')), QStringLiteral("B3")));
    QCOMPARE(QFileInfo(path).size(), size);
    QVERIFY(size <= 600);
    // No path: mails go nowhere, and that is no failure.
    QVERIFY(Server::MailLog(QString()).record(Server::MailLog::Kind::PasswordReset, QStringLiteral("a@b"), QString()));
}

void TestServerUnits::whereValid_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("binds");

    QTest::newRow("empty") << QString() << QString() << QVariantList();
    QTest::newRow("blank") << QStringLiteral("   ") << QString() << QVariantList();
    QTest::newRow("string equals") << QStringLiteral("name = 'Bob'") << QStringLiteral("\"name\" = ?")
                                   << QVariantList{QStringLiteral("Bob")};
    QTest::newRow("double-quoted string is a value, not a column")
        << QStringLiteral("name = \"email\"") << QStringLiteral("\"name\" = ?")
        << QVariantList{QStringLiteral("email")};
    QTest::newRow("doubled quote") << QStringLiteral("name = 'O''Brien'") << QStringLiteral("\"name\" = ?")
                                   << QVariantList{QStringLiteral("O'Brien")};
    QTest::newRow("quote and OR inside a string stay a value")
        << QStringLiteral("email = 'x'' OR 1=1 --'") << QStringLiteral("\"email\" = ?")
        << QVariantList{QStringLiteral("x' OR 1=1 --")};
    QTest::newRow("range with AND") << QStringLiteral("age >= 21 and age < 30")
                                    << QStringLiteral("\"age\" >= ? AND \"age\" < ?") << QVariantList{21, 30};
    QTest::newRow("!= becomes <>") << QStringLiteral("name != 'x'") << QStringLiteral("\"name\" <> ?")
                                   << QVariantList{QStringLiteral("x")};
    QTest::newRow("<> and <=") << QStringLiteral("age <> 3 OR age <= -2.5")
                               << QStringLiteral("\"age\" <> ? OR \"age\" <= ?") << QVariantList{3, -2.5};
    QTest::newRow("boolean literal") << QStringLiteral("newsletter = TRUE") << QStringLiteral("\"newsletter\" = ?")
                                     << QVariantList{1};
    QTest::newRow("LIKE") << QStringLiteral("email LIKE 'u%'") << QStringLiteral("\"email\" LIKE ?")
                          << QVariantList{QStringLiteral("u%")};
    QTest::newRow("NOT LIKE") << QStringLiteral("bio NOT LIKE '%x%'") << QStringLiteral("\"bio\" NOT LIKE ?")
                              << QVariantList{QStringLiteral("%x%")};
    QTest::newRow("IS NULL") << QStringLiteral("address IS NULL") << QStringLiteral("\"address\" IS NULL")
                             << QVariantList();
    QTest::newRow("is not null, lower case")
        << QStringLiteral("address is not null") << QStringLiteral("\"address\" IS NOT NULL") << QVariantList();
    QTest::newRow("NOT and parentheses") << QStringLiteral("NOT (newsletter = false) AND (age > 1 OR name = 'a')")
                                         << QStringLiteral(
                                                "NOT ((\"newsletter\" = ?)) AND (\"age\" > ? OR \"name\" = ?)")
                                         << QVariantList{0, 1, QStringLiteral("a")};
    QTest::newRow("AND binds tighter than OR")
        << QStringLiteral("age = 1 OR age = 2 AND name = 'x'")
        << QStringLiteral("\"age\" = ? OR \"age\" = ? AND \"name\" = ?") << QVariantList{1, 2, QStringLiteral("x")};
    QTest::newRow("column names are case-insensitive")
        << QStringLiteral("EMAIL = 'a@b.c'") << QStringLiteral("\"email\" = ?")
        << QVariantList{QStringLiteral("a@b.c")};
    QTest::newRow("system column") << QStringLiteral("userStatus = 'DISABLED'") << QStringLiteral("\"userStatus\" = ?")
                                   << QVariantList{QStringLiteral("DISABLED")};
    QTest::newRow("date string on a DATETIME column")
        << QStringLiteral("created > '2024-01-01T00:00:00Z'") << QStringLiteral("\"created\" > ?")
        << QVariantList{qint64(1704067200000)};
    QTest::newRow("epoch ms on a DATETIME column")
        << QStringLiteral("created >= 1704067200000") << QStringLiteral("\"created\" >= ?")
        << QVariantList{qint64(1704067200000)};
}

void TestServerUnits::whereValid()
{
    QFETCH(QString, where);
    QFETCH(QString, sql);
    QFETCH(QVariantList, binds);
    const WhereParser parser(&TestServerUnits::lookup);
    SqlFilter filter;
    QString error;
    QVERIFY2(parser.parse(where, &filter, &error), qPrintable(error));
    QCOMPARE(filter.sql, sql);
    QCOMPARE(filter.binds.size(), binds.size());
    for (int i = 0; i < binds.size(); ++i) {
        QCOMPARE(filter.binds.at(i).toString(), binds.at(i).toString());
    }
}

void TestServerUnits::whereInvalid_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("injection: statement separator")
        << QStringLiteral("email = 'x' OR 1=1; DROP TABLE Users") << QStringLiteral("';'");
    QTest::newRow("injection: literal on the left")
        << QStringLiteral("email = 'x' OR 1=1") << QStringLiteral("column name");
    QTest::newRow("injection: comment") << QStringLiteral("email = 'x' -- ") << QStringLiteral("'-'");
    QTest::newRow("injection: UNION") << QStringLiteral("email = 'x' UNION SELECT email FROM Users")
                                      << QStringLiteral("UNION");
    QTest::newRow("injection: subquery") << QStringLiteral("email IN (SELECT email FROM Users)")
                                         << QStringLiteral("operator");
    QTest::newRow("the password is not queryable")
        << QStringLiteral("password = 'Alice-pass-1'") << QStringLiteral("unknown column 'password'");
    QTest::newRow("storage column is not queryable")
        << QStringLiteral("_passwordHash LIKE 'p%'") << QStringLiteral("unknown column");
    QTest::newRow("unknown column") << QStringLiteral("nosuch = 1") << QStringLiteral("unknown column 'nosuch'");
    QTest::newRow("missing value") << QStringLiteral("name =") << QStringLiteral("a value");
    QTest::newRow("missing operator") << QStringLiteral("name 'x'") << QStringLiteral("operator");
    QTest::newRow("missing close paren") << QStringLiteral("(name = 'x'") << QStringLiteral("')'");
    QTest::newRow("extra close paren") << QStringLiteral("name = 'x')") << QStringLiteral("unexpected ')'");
    QTest::newRow("unterminated string") << QStringLiteral("name = 'x") << QStringLiteral("unterminated");
    QTest::newRow("= NULL") << QStringLiteral("name = NULL") << QStringLiteral("IS NULL");
    QTest::newRow("LIKE needs a string") << QStringLiteral("name LIKE 5") << QStringLiteral("pattern");
    QTest::newRow("dangling AND") << QStringLiteral("name = 'x' AND") << QStringLiteral("column name");
    QTest::newRow("IS without NULL") << QStringLiteral("name IS 'x'") << QStringLiteral("NULL");
    QTest::newRow("keyword as column") << QStringLiteral("AND = 1") << QStringLiteral("column name");
    QTest::newRow("bad date") << QStringLiteral("created > 'yesterday'") << QStringLiteral("not a date");
    QTest::newRow("nesting too deep") << QString(QStringLiteral("(").repeated(100) + QStringLiteral("age = 1")
                                                 + QStringLiteral(")").repeated(100))
                                      << QStringLiteral("too deeply");
}

void TestServerUnits::whereInvalid()
{
    QFETCH(QString, where);
    QFETCH(QString, messagePart);
    const WhereParser parser(&TestServerUnits::lookup);
    SqlFilter filter;
    QString error;
    QVERIFY(!parser.parse(where, &filter, &error));
    QVERIFY2(error.contains(messagePart, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(filter.sql.isEmpty());
}

void TestServerUnits::columnToSql_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariant>("sql");

    const auto t = [](ColumnType type) { return int(type); };
    QTest::newRow("string") << t(ColumnType::String) << QJsonValue(QStringLiteral("x")) << true
                            << QVariant(QStringLiteral("x"));
    QTest::newRow("string refuses number") << t(ColumnType::String) << QJsonValue(5) << false << QVariant();
    QTest::newRow("string too long") << t(ColumnType::String)
                                     << QJsonValue(QString(MaxStringLength + 1, QLatin1Char('a'))) << false
                                     << QVariant();
    QTest::newRow("text takes long strings") << t(ColumnType::Text) << QJsonValue(QString(2000, QLatin1Char('a')))
                                             << true << QVariant(QString(2000, QLatin1Char('a')));
    QTest::newRow("null for any type") << t(ColumnType::Int) << QJsonValue() << true << QVariant();
    QTest::newRow("int") << t(ColumnType::Int) << QJsonValue(42) << true << QVariant(qint64(42));
    QTest::newRow("int refuses fraction") << t(ColumnType::Int) << QJsonValue(4.5) << false << QVariant();
    QTest::newRow("int refuses string") << t(ColumnType::Int) << QJsonValue(QStringLiteral("42")) << false
                                        << QVariant();
    QTest::newRow("int refuses 2^60") << t(ColumnType::Int) << QJsonValue(1152921504606846976.0) << false << QVariant();
    QTest::newRow("double") << t(ColumnType::Double) << QJsonValue(4.5) << true << QVariant(4.5);
    QTest::newRow("boolean") << t(ColumnType::Boolean) << QJsonValue(true) << true << QVariant(1);
    QTest::newRow("boolean refuses 1") << t(ColumnType::Boolean) << QJsonValue(1) << false << QVariant();
    QTest::newRow("datetime ms") << t(ColumnType::DateTime) << QJsonValue(1704067200000.0) << true
                                 << QVariant(qint64(1704067200000));
    QTest::newRow("datetime ISO") << t(ColumnType::DateTime) << QJsonValue(QStringLiteral("2024-01-01T00:00:00Z"))
                                  << true << QVariant(qint64(1704067200000));
    QTest::newRow("datetime refuses words")
        << t(ColumnType::DateTime) << QJsonValue(QStringLiteral("soon")) << false << QVariant();
    QTest::newRow("json object") << t(ColumnType::Json) << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}) << true
                                 << QVariant(QStringLiteral("{\"a\":1}"));
}

void TestServerUnits::columnToSql()
{
    QFETCH(int, type);
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    QFETCH(QVariant, sql);
    Column column;
    column.name = QStringLiteral("prop");
    column.type = ColumnType(type);
    QVariant out;
    QString error;
    QCOMPARE(column.toSql(value, &out, &error), accepted);
    if (accepted) {
        QCOMPARE(out.isNull(), sql.isNull());
        QCOMPARE(out.toString(), sql.toString());
    } else {
        QVERIFY2(error.contains(QLatin1String("'prop'")), qPrintable(error)); // the message names the property
    }
}

void TestServerUnits::columnRoundTrip()
{
    Column phone = DemoData::demoSchema().at(3);
    QCOMPARE(phone.name, QStringLiteral("phone"));
    QVariant out;
    QString error;
    QVERIFY(phone.toSql(QJsonValue(QStringLiteral("+49 30-1234")), &out, &error));
    QVERIFY(!phone.toSql(QJsonValue(QStringLiteral("call me")), &out, &error));
    QVERIFY(error.contains(QLatin1String("phone")));

    Column json;
    json.name = QStringLiteral("tags");
    json.type = ColumnType::Json;
    const QJsonValue tags(QJsonArray{QStringLiteral("a"), 2, true});
    QVERIFY(json.toSql(tags, &out, &error));
    QCOMPARE(json.toJson(out), tags);

    Column flag;
    flag.type = ColumnType::Boolean;
    QCOMPARE(flag.toJson(QVariant(1)), QJsonValue(true));
    QCOMPARE(flag.toJson(QVariant()), QJsonValue());
}

void TestServerUnits::inferType_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("type");
    QTest::newRow("whole number") << QJsonValue(7) << QStringLiteral("INT");
    QTest::newRow("fraction") << QJsonValue(7.25) << QStringLiteral("DOUBLE");
    QTest::newRow("bool") << QJsonValue(false) << QStringLiteral("BOOLEAN");
    QTest::newRow("string") << QJsonValue(QStringLiteral("x")) << QStringLiteral("STRING");
    QTest::newRow("long string") << QJsonValue(QString(600, QLatin1Char('x'))) << QStringLiteral("TEXT");
    QTest::newRow("object") << QJsonValue(QJsonObject()) << QStringLiteral("JSON");
    QTest::newRow("array") << QJsonValue(QJsonArray()) << QStringLiteral("JSON");
    QTest::newRow("null") << QJsonValue() << QString();
}

void TestServerUnits::inferType()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, type);
    const auto inferred = Server::inferType(value);
    QCOMPARE(inferred ? typeName(*inferred) : QString(), type);
}

void TestServerUnits::passwordHashIsSaltedAndVerifies()
{
    const QString first = PasswordHasher::hash(QStringLiteral("Secret-1"), 1000);
    const QString second = PasswordHasher::hash(QStringLiteral("Secret-1"), 1000);
    QVERIFY(first.startsWith(QLatin1String("pbkdf2-sha256$1000$")));
    QVERIFY(!first.contains(QLatin1String("Secret-1")));
    QVERIFY(first != second); // a fresh salt each time
    QCOMPARE(first.split(QLatin1Char('$')).at(2) == second.split(QLatin1Char('$')).at(2), false);
    QVERIFY(PasswordHasher::verify(QStringLiteral("Secret-1"), first));
    QVERIFY(PasswordHasher::verify(QStringLiteral("Secret-1"), second));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("Secret-2"), first));
    QVERIFY(!PasswordHasher::verify(QString(), first));
}

void TestServerUnits::passwordHashRejectsTampering()
{
    const QString stored = PasswordHasher::hash(QStringLiteral("pw"), 500);
    QStringList parts = stored.split(QLatin1Char('$'));
    parts[1] = QStringLiteral("501");
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), parts.join(QLatin1Char('$'))));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), QStringLiteral("pw")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), QStringLiteral("md5$1$a$b")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), QStringLiteral("pbkdf2-sha256$0$a$b")));
}

void TestServerUnits::sessionsReplaceAndExpire()
{
    std::atomic<int> timeout{3600};
    SessionRegistry sessions(timeout);
    const QString first = sessions.open(QStringLiteral("U1"));
    const QString other = sessions.open(QStringLiteral("U2"));
    QCOMPARE(first.size(), 36);
    QCOMPARE(sessions.touch(first), QStringLiteral("U1"));
    // A new login of the same account ends the previous session.
    const QString second = sessions.open(QStringLiteral("U1"));
    QVERIFY(second != first);
    QVERIFY(sessions.touch(first).isEmpty());
    QCOMPARE(sessions.touch(second), QStringLiteral("U1"));
    QCOMPARE(sessions.touch(other), QStringLiteral("U2"));
    QVERIFY(sessions.close(other));
    QVERIFY(!sessions.close(other));
    // A timeout of zero seconds: every session is already past it.
    timeout = 0;
    QVERIFY(sessions.touch(second).isEmpty());
    timeout = 3600;
    QVERIFY(sessions.touch(second).isEmpty()); // expired sessions do not come back
    const QString third = sessions.open(QStringLiteral("U3"));
    sessions.closeAll();
    QVERIFY(sessions.touch(third).isEmpty());
}

void TestServerUnits::loginGuardLocksAfterMaxFailures()
{
    std::atomic<int> maxFailures{3};
    std::atomic<int> lockoutSeconds{900};
    LoginGuard guard(maxFailures, lockoutSeconds);
    for (int i = 0; i < 2; ++i)
        guard.recordFailure(QStringLiteral("a@x.com"));
    QVERIFY(!guard.isLocked(QStringLiteral("a@x.com")));
    guard.recordSuccess(QStringLiteral("a@x.com")); // success resets the count
    for (int i = 0; i < 2; ++i)
        guard.recordFailure(QStringLiteral("a@x.com"));
    QVERIFY(!guard.isLocked(QStringLiteral("a@x.com")));
    guard.recordFailure(QStringLiteral("A@X.com ")); // same identity, other spelling
    QVERIFY(guard.isLocked(QStringLiteral("a@x.com")));
    QVERIFY(!guard.isLocked(QStringLiteral("b@x.com")));
    guard.clear();
    QVERIFY(!guard.isLocked(QStringLiteral("a@x.com")));

    lockoutSeconds = 0; // a lock of zero seconds runs out at once
    for (int i = 0; i < 3; ++i)
        guard.recordFailure(QStringLiteral("c@x.com"));
    QVERIFY(!guard.isLocked(QStringLiteral("c@x.com")));
}

QTEST_GUILESS_MAIN(TestServerUnits)
#include "tst_serverunits.moc"
