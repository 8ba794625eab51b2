// The team journal (issue 21): the local journal file is the OUTBOX of entries the server has not
// acknowledged; JournalOutbox sends them to /data/ProfileDeskJournal once, even when an answer was
// lost or the app restarted between sending and marking; TeamJournal reads the team's entries back,
// filtered and paged on the server, with this PC's unsent ones first and marked.
#include "modeltestenv.h"

#include "auth/loginpolicy.h"

#include "models/staff/journal.h"
#include "models/staff/journalmodel.h"
#include "models/staff/journaloutbox.h"
#include "models/staff/teamjournal.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <chrono>

using namespace std::chrono_literals;

namespace {

const QString ServerKey = QStringLiteral("test-server");

JournalEntry entryFor(const QString &user, const QString &reason)
{
    JournalEntry entry;
    entry.staff = Demo::support();
    entry.server = ServerKey;
    entry.userId = QStringLiteral("id-") + user;
    entry.userIdentity = user;
    entry.reason = reason;
    entry.changes << JournalChange{QStringLiteral("name"), QJsonValue(QStringLiteral("Bob")),
                                   QJsonValue(QStringLiteral("Robert")), false};
    return entry;
}

} // namespace

class TestTeamJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void finishedEntriesReachTheServerOnce();
    void unreachableServerKeepsTheEntryUntilBack();
    void lostAnswerIsNotSentTwice();
    void earlierRunsUnsentEntryIsLookedForFirst();
    void secretsAndKeysNeverLeave();
    void teamJournalFiltersAndPagesOnTheServer();
    void unsentEntriesShownFirstAndMarked();
    void pausedWhileTheSessionNeedsCredentials();

private:
    // Entries on the server whose entryId is `id` (read with a session of its own).
    qint64 onServer(const QString &where);
    QString finishedEntry(Journal *journal, const QString &user, const QString &reason);

    std::unique_ptr<ModelTestEnv> m_env;
    std::unique_ptr<ClientSession> m_staff;
    std::unique_ptr<ClientSession> m_reader;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTeamJournal::init()
{
    m_env = std::make_unique<ModelTestEnv>();
    QVERIFY(m_env->start());
    // Two sessions of the staff account: the outbox's, and one that reads what reached the server.
    Server::LoginPolicy policy;
    policy.multipleLogins = true;
    policy.maxLogins = 5;
    m_env->server()->setLoginPolicy(policy);
    m_staff = m_env->session(Demo::support(), Demo::supportPassword());
    m_reader = m_env->session(Demo::support(), Demo::supportPassword());
    QVERIFY(m_staff && m_reader);
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestTeamJournal::cleanup()
{
    m_staff.reset();
    m_reader.reset();
    m_env.reset();
}

qint64 TestTeamJournal::onServer(const QString &where)
{
    qint64 count = -1;
    finish(m_reader->data()->count(TeamJournal::tableName(), where), [&](CountCall *call) {
        if (!call->error().isError())
            count = call->result();
    });
    return count;
}

QString TestTeamJournal::finishedEntry(Journal *journal, const QString &user, const QString &reason)
{
    const QString id = journal->begin(entryFor(user, reason));
    journal->finish(id, JournalEntry::Result::Saved);
    return id;
}

void TestTeamJournal::finishedEntriesReachTheServerOnce()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.jsonl"));
    Journal journal(path);
    JournalOutbox outbox(&journal, m_staff->data(), ServerKey);
    const QString id = journal.begin(entryFor(Demo::bob(), QStringLiteral("ticket 1")));
    // Not sent while its result is still to come: the entry would be incomplete.
    QTest::qWait(100);
    QCOMPARE(onServer(QStringLiteral("entryId = '%1'").arg(id)), 0);
    QCOMPARE(outbox.pendingCount(), 1);
    journal.finish(id, JournalEntry::Result::Saved);
    QTRY_VERIFY(journal.isSent(id));
    QCOMPARE(onServer(QStringLiteral("entryId = '%1'").arg(id)), 1);
    QCOMPARE(outbox.pendingCount(), 0);
    // An entry of another server is not this server's to receive.
    JournalEntry other = entryFor(Demo::alice(), QStringLiteral("elsewhere"));
    other.server = QStringLiteral("another-server");
    journal.finish(journal.begin(other), JournalEntry::Result::Saved);
    QTest::qWait(200);
    QCOMPARE(onServer(QStringLiteral("reason = 'elsewhere'")), 0);
    // The acknowledgement is in the file: a restarted app sends nothing again, and its outbox
    // first drops the acknowledged entry from the file (Journal::compact): the outbox does not
    // only grow. Another server's unsent entry stays.
    Journal reread(path);
    QVERIFY(reread.isSent(id));
    QCOMPARE(reread.unsent(ServerKey, false).size(), 0);
    JournalOutbox again(&reread, m_staff->data(), ServerKey);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray lines = file.readAll();
    QVERIFY2(!lines.contains(id.toUtf8()), lines.constData());
    QVERIFY(lines.contains("elsewhere"));
    QCOMPARE(Journal(path).indexOf(id), -1);
    QCOMPARE(reread.unsent(QStringLiteral("another-server"), false).size(), 1);
    QTest::qWait(200);
    QCOMPARE(onServer(QStringLiteral("entryId = '%1'").arg(id)), 1);
}

void TestTeamJournal::unreachableServerKeepsTheEntryUntilBack()
{
    Journal journal(m_dir->filePath(QStringLiteral("journal.jsonl")));
    const Config reachable = m_staff->client()->config();
    // A port nothing listens on: connection refused.
    m_staff->client()->setConfig(Config::local(1));
    JournalOutbox outbox(&journal, m_staff->data(), ServerKey);
    QSignalSpy changed(&outbox, &JournalOutbox::changed);
    const QString id = finishedEntry(&journal, Demo::bob(), QStringLiteral("offline edit"));
    QTRY_VERIFY(outbox.lastError().isError());
    QCOMPARE(outbox.lastError().kind, Error::Kind::Network);
    QVERIFY(!journal.isSent(id));
    QCOMPARE(outbox.pendingCount(), 1);
    // It backs off: the next try waits longer.
    QVERIFY(outbox.retryDelayMs() > JournalOutbox::FirstRetryMs);
    // Back: the timer's retry sends it (no other trigger here).
    m_staff->client()->setConfig(reachable);
    QTRY_VERIFY_WITH_TIMEOUT(journal.isSent(id), 15000);
    QCOMPARE(onServer(QStringLiteral("entryId = '%1'").arg(id)), 1);
    QVERIFY(!outbox.lastError().isError());
}

void TestTeamJournal::lostAnswerIsNotSentTwice()
{
    Journal journal(m_dir->filePath(QStringLiteral("journal.jsonl")));
    // The server writes the entry, but its answer comes after the client gave up (a timeout).
    m_staff->client()->setTimeout(300ms);
    m_env->server()->setResponseDelay(800);
    JournalOutbox outbox(&journal, m_staff->data(), ServerKey);
    const QString id = finishedEntry(&journal, Demo::bob(), QStringLiteral("answer lost"));
    QTRY_VERIFY(outbox.lastError().isError());
    QCOMPARE(outbox.lastError().kind, Error::Kind::Timeout);
    m_env->server()->setResponseDelay(0);
    QTRY_COMPARE(onServer(QStringLiteral("entryId = '%1'").arg(id)), 1); // it did arrive
    m_staff->client()->setTimeout(RestClient::DefaultTimeout);
    outbox.flush();
    QTRY_VERIFY(journal.isSent(id));
    QTest::qWait(200);
    // Looked for, found, acknowledged: not written a second time.
    QCOMPARE(onServer(QStringLiteral("entryId = '%1'").arg(id)), 1);
}

void TestTeamJournal::earlierRunsUnsentEntryIsLookedForFirst()
{
    const QString path = m_dir->filePath(QStringLiteral("journal.jsonl"));
    QString arrived;
    QString notArrived;
    {
        // An earlier run: one entry reached the server but the app ended before its "sent" line;
        // the other never left.
        Journal journal(path);
        arrived = finishedEntry(&journal, Demo::bob(), QStringLiteral("arrived before the crash"));
        notArrived = finishedEntry(&journal, Demo::alice(), QStringLiteral("never left"));
        bool created = false;
        QVERIFY(finish(m_staff->data()->create(TeamJournal::tableName(), journal.entries().constFirst().toServerJson()),
                       [&](ObjectCall *call) { created = !call->error().isError(); }));
        QVERIFY(created);
    }
    Journal journal(path);
    QCOMPARE(journal.unsent(ServerKey, true).size(), 2);
    JournalOutbox outbox(&journal, m_staff->data(), ServerKey);
    QTRY_VERIFY(journal.isSent(arrived) && journal.isSent(notArrived));
    QCOMPARE(onServer(QStringLiteral("entryId = '%1'").arg(arrived)), 1);
    QCOMPARE(onServer(QStringLiteral("entryId = '%1'").arg(notArrived)), 1);
}

void TestTeamJournal::secretsAndKeysNeverLeave()
{
    Journal journal(m_dir->filePath(QStringLiteral("journal.jsonl")));
    JournalOutbox outbox(&journal, m_staff->data(), ServerKey);
    JournalEntry entry = entryFor(Demo::bob(), QStringLiteral("secrets"));
    entry.changes << JournalChange{QStringLiteral("password"), QJsonValue(QStringLiteral("old-Secret-1")),
                                   QJsonValue(QStringLiteral("new-Secret-2")), false};
    entry.changes << JournalChange{
        QStringLiteral("picture"), QJsonValue(),
        QJsonValue(QStringLiteral("https://api.backendless.com/APP-ID-1234/REST-KEY-5678/files/users/b/a.jpg")), false};
    const QString id = journal.begin(entry);
    journal.finish(id, JournalEntry::Result::Saved);
    QTRY_VERIFY(journal.isSent(id));
    DataQuery query;
    query.where = QStringLiteral("entryId = '%1'").arg(id);
    QJsonArray found;
    QVERIFY(finish(m_reader->data()->find(TeamJournal::tableName(), query),
                   [&](ObjectsCall *call) { found = call->result(); }));
    QCOMPARE(found.size(), 1);
    const QByteArray row = QJsonDocument(found.first().toObject()).toJson();
    QVERIFY(!row.contains("Secret-1"));
    QVERIFY(!row.contains("Secret-2"));
    QVERIFY(!row.contains("REST-KEY-5678"));
    QVERIFY(row.contains("/APP-ID-1234/REDACTED/files/users/b/a.jpg"));
    QFile file(journal.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray local = file.readAll();
    QVERIFY(!local.contains("Secret-1") && !local.contains("REST-KEY-5678"));
}

void TestTeamJournal::teamJournalFiltersAndPagesOnTheServer()
{
    Journal journal(m_dir->filePath(QStringLiteral("journal.jsonl")));
    JournalOutbox outbox(&journal, m_staff->data(), ServerKey);
    // Another staff PC's entries (written straight to the table) and this PC's.
    for (int i = 0; i < TeamJournal::PageSize + 5; ++i) {
        JournalEntry other = entryFor(QStringLiteral("user%1@example.com").arg(i), QStringLiteral("bulk import fix"));
        other.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        other.when = QDateTime::currentDateTimeUtc();
        other.result = JournalEntry::Result::Saved;
        QVERIFY(finish(m_reader->data()->create(TeamJournal::tableName(), other.toServerJson()), [](ObjectCall *) {}));
    }
    const QString mine = finishedEntry(&journal, Demo::bob(), QStringLiteral("Address correction"));
    const QString failed = journal.begin(entryFor(Demo::alice(), QStringLiteral("typo")));
    journal.finish(failed, JournalEntry::Result::Failed, Error::server(1012, QStringLiteral("no permission"), 403));
    QTRY_VERIFY(journal.isSent(mine) && journal.isSent(failed));

    TeamJournal team(&journal, m_staff->data(), ServerKey);
    JournalModel model(&team);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&team, &TeamJournal::pageLoaded);
    team.refresh();
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), TeamJournal::PageSize);
    QVERIFY(team.hasNextPage());
    // Newest first: this PC's two were written last.
    QCOMPARE(model.entry(0).id, failed);
    QCOMPARE(model.entry(1).id, mine);
    QCOMPARE(model.index(0, JournalModel::ResultColumn).data().toString(),
             QStringLiteral("Failed: no permission (code 1012)"));
    team.nextPage();
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(!team.hasNextPage());

    // Every word must match, in any searched column, case-insensitively: on the server.
    team.setFilter(QStringLiteral("ADDRESS"), -1);
    QTRY_COMPARE(loaded.size(), 3);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).id, mine);
    team.setFilter(QStringLiteral("robert alice"), -1); // "Robert" is in the changes
    QTRY_COMPARE(loaded.size(), 4);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).id, failed);
    team.setFilter(QString(), int(JournalEntry::Result::Failed));
    QTRY_COMPARE(loaded.size(), 5);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).id, failed);
    // A quote typed in the filter stays text.
    team.setFilter(QStringLiteral("o'brien' OR '1'='1"), -1);
    QTRY_COMPARE(loaded.size(), 6);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!team.lastError().isError());
    QCOMPARE(TeamJournal::whereClause({QStringLiteral("bo")}, int(JournalEntry::Result::Saved)),
             QStringLiteral("(userIdentity LIKE '%bo%' OR staff LIKE '%bo%' OR reason LIKE '%bo%' OR changes LIKE "
                            "'%bo%') AND result = 'saved'"));
}

void TestTeamJournal::unsentEntriesShownFirstAndMarked()
{
    Journal journal(m_dir->filePath(QStringLiteral("journal.jsonl")));
    const QString sent = finishedEntry(&journal, Demo::alice(), QStringLiteral("on the server"));
    {
        JournalOutbox outbox(&journal, m_staff->data(), ServerKey);
        QTRY_VERIFY(journal.isSent(sent));
    }
    // Then the server cannot be reached: a new entry waits in the outbox.
    const Config reachable = m_staff->client()->config();
    TeamJournal team(&journal, m_staff->data(), ServerKey);
    JournalModel model(&team);
    QSignalSpy loaded(&team, &TeamJournal::pageLoaded);
    team.refresh();
    QTRY_COMPARE(loaded.size(), 1);
    m_staff->client()->setConfig(Config::local(1));
    JournalOutbox outbox(&journal, m_staff->data(), ServerKey);
    const QString waiting = finishedEntry(&journal, Demo::bob(), QStringLiteral("waiting"));
    QTRY_VERIFY(outbox.lastError().isError());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.entry(0).id, waiting);
    QVERIFY(model.index(0, 0).data(JournalModel::UnsentRole).toBool());
    QVERIFY(model.index(0, JournalModel::ResultColumn).data().toString().contains(QStringLiteral("not sent")));
    QCOMPARE(model.entry(1).id, sent);
    QVERIFY(!model.index(1, 0).data(JournalModel::UnsentRole).toBool());
    // The filter applies to the unsent ones too.
    team.setFilter(QStringLiteral("server"), -1);
    QCOMPARE(team.unsentCount(), 0);
    team.setFilter(QString(), -1);
    QCOMPARE(team.unsentCount(), 1);
    // Once sent it comes back from the server, shown once.
    m_staff->client()->setConfig(reachable);
    outbox.flush();
    QTRY_VERIFY(journal.isSent(waiting));
    QTRY_COMPARE(team.serverCount(), 2);
    QCOMPARE(team.unsentCount(), 0);
    QCOMPARE(model.rowCount(), 2);
}

void TestTeamJournal::pausedWhileTheSessionNeedsCredentials()
{
    Journal journal(m_dir->filePath(QStringLiteral("journal.jsonl")));
    JournalOutbox outbox(&journal, m_staff->data(), ServerKey);
    outbox.setPaused(true);
    const QString id = finishedEntry(&journal, Demo::bob(), QStringLiteral("paused"));
    QTest::qWait(200);
    QCOMPARE(onServer(QStringLiteral("entryId = '%1'").arg(id)), 0);
    outbox.setPaused(false);
    QTRY_VERIFY(journal.isSent(id));
    QCOMPARE(onServer(QStringLiteral("entryId = '%1'").arg(id)), 1);
}

QTEST_MAIN(TestTeamJournal)
#include "tst_teamjournal.moc"
