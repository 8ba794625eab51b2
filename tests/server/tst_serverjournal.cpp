// The team journal's table, /data/ProfileDeskJournal: staff create and find entries; nobody updates
// or removes one (1012 / 1014, as Backendless answers a denied permission); bad entries are refused
// and nothing is written; a server without the table answers 1009.

#include "demoaccounts.h"
#include "host/serverhost.h"
#include "httptestclient.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace TestSupport;

namespace {
const QString Table = QStringLiteral("data/ProfileDeskJournal");

QJsonObject entry(const QString &entryId, const QString &reason = QStringLiteral("asked by phone"))
{
    return QJsonObject{
        {QStringLiteral("entryId"), entryId},
        {QStringLiteral("at"), 1764750000000.0},
        {QStringLiteral("staff"), Demo::support()},
        {QStringLiteral("userId"), QStringLiteral("B0B")},
        {QStringLiteral("userIdentity"), Demo::bob()},
        {QStringLiteral("changes"),
         QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("name")},
                                {QStringLiteral("old"), QStringLiteral("Bob")},
                                {QStringLiteral("new"), QStringLiteral("Robert")}}}},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("result"), QStringLiteral("saved")},
        {QStringLiteral("finished"), 1764750001000.0},
    };
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestServerJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void permissions_data();
    void permissions();
    void createdEntryComesBackWithServerColumns();
    void findFiltersSortsAndPages();
    void entriesCannotBeChangedOrRemoved();
    void badEntriesAreRefusedAndNothingWritten_data();
    void badEntriesAreRefusedAndNothingWritten();
    void serverWithoutTheTableAnswers1009();

private:
    qint64 count(const QString &where = QString());

    std::unique_ptr<Server::ServerHost> m_host;
    HttpTestClient m_client;
    QString m_staffToken;
    QString m_staffId;
    QString m_aliceToken;
    QString m_existingId; // an entry's objectId
};

void TestServerJournal::initTestCase()
{
    Server::ServerOptions options;
    options.demoUsers = 0;
    m_host = std::make_unique<Server::ServerHost>(options);
    QString error;
    QVERIFY2(m_host->start(&error), qPrintable(error));
    m_client.setBaseUrl(m_host->baseUrl());
    const QJsonObject staff = m_client.login(Demo::support(), Demo::supportPassword());
    m_staffToken = staff.value(QStringLiteral("user-token")).toString();
    m_staffId = staff.value(QStringLiteral("objectId")).toString();
    m_aliceToken = m_client.login(Demo::alice(), Demo::alicePassword()).value(QStringLiteral("user-token")).toString();
    QVERIFY(!m_staffToken.isEmpty() && !m_aliceToken.isEmpty());
    const HttpResult created = m_client.post(Table, entry(newId()), m_staffToken);
    QCOMPARE(created.status, 200);
    m_existingId = created.object().value(QStringLiteral("objectId")).toString();
    QVERIFY(!m_existingId.isEmpty());
}

qint64 TestServerJournal::count(const QString &where)
{
    QUrlQuery query;
    if (!where.isEmpty())
        query.addQueryItem(QStringLiteral("where"), where);
    const HttpResult result = m_client.get(Table + QStringLiteral("/count"), m_staffToken, query);
    return result.status == 200 ? qint64(result.json().toDouble()) : -1;
}

void TestServerJournal::permissions_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path"); // {id}: an existing entry
    QTest::addColumn<int>("code"); // 0: allowed

    for (const char *who : {"anonymous", "alice", "staff", "dead"}) {
        const QString w = QLatin1String(who);
        const bool staff = w == QLatin1String("staff");
        const bool dead = w == QLatin1String("dead");
        const auto denied = [&](int code) { return dead ? 3064 : staff ? 0 : code; };
        QTest::addRow("%s: create", who) << w << QByteArray("POST") << Table << denied(1011);
        QTest::addRow("%s: GET find", who) << w << QByteArray("GET") << Table << denied(1013);
        QTest::addRow("%s: POST find", who)
            << w << QByteArray("POST") << Table + QStringLiteral("/find") << denied(1013);
        QTest::addRow("%s: count", who) << w << QByteArray("GET") << Table + QStringLiteral("/count") << denied(1013);
        QTest::addRow("%s: get", who) << w << QByteArray("GET") << Table + QStringLiteral("/{id}") << denied(1013);
        // Nobody holds UPDATE or REMOVE, staff included.
        QTest::addRow("%s: update", who) << w << QByteArray("PUT") << Table + QStringLiteral("/{id}")
                                         << (dead ? 3064 : 1012);
        QTest::addRow("%s: update by body", who) << w << QByteArray("PUT") << Table << (dead ? 3064 : 1012);
        QTest::addRow("%s: remove", who) << w << QByteArray("DELETE") << Table + QStringLiteral("/{id}")
                                         << (dead ? 3064 : 1014);
    }
}

void TestServerJournal::permissions()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, code);
    path.replace(QStringLiteral("{id}"), m_existingId);
    QString token;
    if (who == QLatin1String("staff"))
        token = m_staffToken;
    else if (who == QLatin1String("alice"))
        token = m_aliceToken;
    else if (who == QLatin1String("dead"))
        token = QStringLiteral("dead-token");
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!token.isEmpty())
        headers.append({"user-token", token.toUtf8()});
    QJsonObject body = verb == "GET" || verb == "DELETE" ? QJsonObject() : entry(newId());
    if (verb == "PUT")
        body = QJsonObject{{QStringLiteral("objectId"), m_existingId}, {QStringLiteral("reason"), QStringLiteral("x")}};
    const qint64 before = count();
    const HttpResult result =
        m_client.send(verb, path, body.isEmpty() ? QByteArray() : HttpTestClient::toJson(body), headers);
    QCOMPARE(result.errorCode(), code);
    if (code == 0) {
        QCOMPARE(result.status, 200);
    } else {
        QCOMPARE(result.status, code == 3064 ? 401 : 403);
        QCOMPARE(count(), before); // nothing written
    }
    // The existing entry is as written, whatever was tried.
    const HttpResult kept = m_client.get(Table + QLatin1Char('/') + m_existingId, m_staffToken);
    QCOMPARE(kept.object().value(QStringLiteral("reason")).toString(), QStringLiteral("asked by phone"));
}

void TestServerJournal::createdEntryComesBackWithServerColumns()
{
    const QString id = newId();
    QJsonObject sent = entry(id);
    // The server sets the system columns, whatever the client sends for them.
    sent.insert(QStringLiteral("objectId"), QStringLiteral("chosen-by-client"));
    sent.insert(QStringLiteral("ownerId"), QStringLiteral("someone-else"));
    sent.insert(QStringLiteral("created"), 1.0);
    const HttpResult result = m_client.post(Table, sent, m_staffToken);
    QCOMPARE(result.status, 200);
    const QJsonObject row = result.object();
    QVERIFY(!row.value(QStringLiteral("objectId")).toString().isEmpty());
    QVERIFY(row.value(QStringLiteral("objectId")).toString() != QLatin1String("chosen-by-client"));
    QCOMPARE(row.value(QStringLiteral("ownerId")).toString(), m_staffId);
    QVERIFY(row.value(QStringLiteral("created")).toDouble() > 1764000000000.0);
    QCOMPARE(row.value(QStringLiteral("___class")).toString(), QStringLiteral("ProfileDeskJournal"));
    QCOMPARE(row.value(QStringLiteral("entryId")).toString(), id);
    QCOMPARE(row.value(QStringLiteral("changes")).toArray(), entry(id).value(QStringLiteral("changes")).toArray());
    QCOMPARE(row.value(QStringLiteral("at")).toDouble(), 1764750000000.0);
    QCOMPARE(row.value(QStringLiteral("result")).toString(), QStringLiteral("saved"));
    QCOMPARE(count(QStringLiteral("entryId = '%1'").arg(id)), 1);
}

void TestServerJournal::findFiltersSortsAndPages()
{
    const QString tag = newId().left(8);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << newId();
        const HttpResult result =
            m_client.post(Table, entry(ids.last(), QStringLiteral("batch %1 #%2").arg(tag).arg(i)), m_staffToken);
        QCOMPARE(result.status, 200);
        QTest::qWait(2); // distinct creation times
    }
    const QString where = QStringLiteral("reason LIKE '%batch %1%'").arg(tag);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("where"), where);
    query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("created desc"));
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("2"));
    QStringList seen;
    for (int offset = 0; offset < 6; offset += 2) {
        QUrlQuery page = query;
        page.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        const HttpResult result = m_client.get(Table, m_staffToken, page);
        QCOMPARE(result.status, 200);
        QVERIFY(result.array().size() <= 2);
        for (const QJsonValue &row : result.array())
            seen << row.toObject().value(QStringLiteral("entryId")).toString();
    }
    QStringList newestFirst = ids;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(seen, newestFirst);
    QCOMPARE(count(where), 5);

    QUrlQuery bad;
    bad.addQueryItem(QStringLiteral("where"), QStringLiteral("reason = "));
    QCOMPARE(m_client.get(Table, m_staffToken, bad).errorCode(), 1017);
    QUrlQuery unknown;
    unknown.addQueryItem(QStringLiteral("where"), QStringLiteral("password = 'x'"));
    QCOMPARE(m_client.get(Table, m_staffToken, unknown).errorCode(), 1017);
    QUrlQuery tooBig;
    tooBig.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("0"));
    QCOMPARE(m_client.get(Table, m_staffToken, tooBig).errorCode(), 1005);
}

void TestServerJournal::entriesCannotBeChangedOrRemoved()
{
    const QString id = newId();
    const QString objectId =
        m_client.post(Table, entry(id), m_staffToken).object().value(QStringLiteral("objectId")).toString();
    QVERIFY(!objectId.isEmpty());
    const HttpResult put =
        m_client.put(Table + QLatin1Char('/') + objectId,
                     QJsonObject{{QStringLiteral("reason"), QStringLiteral("rewritten")}}, m_staffToken);
    QCOMPARE(put.errorCode(), 1012);
    QCOMPARE(put.status, 403);
    const HttpResult removed = m_client.send("DELETE", Table + QLatin1Char('/') + objectId, QByteArray(),
                                             {{"user-token", m_staffToken.toUtf8()}});
    QCOMPARE(removed.errorCode(), 1014);
    QCOMPARE(removed.status, 403);
    const HttpResult kept = m_client.get(Table + QLatin1Char('/') + objectId, m_staffToken);
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.object().value(QStringLiteral("reason")).toString(), QStringLiteral("asked by phone"));
    QCOMPARE(count(QStringLiteral("entryId = '%1'").arg(id)), 1);
}

void TestServerJournal::badEntriesAreRefusedAndNothingWritten_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown column") << QStringLiteral("password") << QJsonValue(QStringLiteral("x")) << 8002;
    QTest::newRow("wrong type") << QStringLiteral("errorCode") << QJsonValue(QStringLiteral("many")) << 1007;
    QTest::newRow("string too long") << QStringLiteral("staff") << QJsonValue(QString(501, QLatin1Char('s'))) << 8002;
    QTest::newRow("text too long") << QStringLiteral("reason") << QJsonValue(QString(3001, QLatin1Char('r'))) << 8002;
    QJsonValue deep = QJsonArray();
    for (int i = 0; i < 120; ++i)
        deep = QJsonArray{deep};
    QTest::newRow("changes nested too deep") << QStringLiteral("changes") << deep << 8002;
}

void TestServerJournal::badEntriesAreRefusedAndNothingWritten()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(int, code);
    const QString id = newId();
    QJsonObject sent = entry(id);
    sent.insert(key, value);
    const HttpResult result = m_client.post(Table, sent, m_staffToken);
    QCOMPARE(result.errorCode(), code);
    QCOMPARE(result.status, 400);
    QVERIFY(!result.errorMessage().isEmpty());
    QCOMPARE(count(QStringLiteral("entryId = '%1'").arg(id)), 0);
}

void TestServerJournal::serverWithoutTheTableAnswers1009()
{
    Server::ServerOptions options;
    options.demo = false;
    Server::ServerHost bare(options);
    QString error;
    QVERIFY2(bare.start(&error), qPrintable(error));
    HttpTestClient client(bare.baseUrl());
    const HttpResult registered =
        client.post(QStringLiteral("users/register"),
                    QJsonObject{{QStringLiteral("email"), QStringLiteral("x@example.com")},
                                {QStringLiteral("password"), QStringLiteral("X-pass-12345")}});
    QCOMPARE(registered.status, 200);
    const QString token = client.login(QStringLiteral("x@example.com"), QStringLiteral("X-pass-12345"))
                              .value(QStringLiteral("user-token"))
                              .toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(client.post(Table, entry(newId()), token).errorCode(), 1009);
    QCOMPARE(client.get(Table, token).errorCode(), 1009);
    QCOMPARE(client.get(Table, token).status, 404);
}

QTEST_GUILESS_MAIN(TestServerJournal)
#include "tst_serverjournal.moc"
