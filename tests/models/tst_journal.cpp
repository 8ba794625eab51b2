// The edit journal: the JSON Lines store, its table + filter, CSV export, and the staff save path
// that asks for a reason and records old -> new (JournalingGateway), with a scripted inner gateway.

#include "models/staff/journal.h"
#include "models/staff/journalcsv.h"
#include "models/staff/journalinggateway.h"
#include "models/staff/journalmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

namespace {

JournalEntry sampleEntry(const QString &user = QStringLiteral("bob@example.com"))
{
    JournalEntry entry;
    entry.staff = QStringLiteral("support@example.com");
    entry.server = QStringLiteral("http://127.0.0.1:8080/api");
    entry.userId = QStringLiteral("B-") + user;
    entry.userIdentity = user;
    entry.reason = QStringLiteral("Ticket 42");
    entry.changes = {
        {QStringLiteral("name"), QJsonValue(QStringLiteral("Bob")), QJsonValue(QStringLiteral("Robert")), false},
        {QStringLiteral("age"), QJsonValue(), QJsonValue(41), false}};
    return entry;
}

// The server side of a staff save, scripted: the test decides when and how each call ends.
class ScriptedGateway final : public ProfileGateway
{
    Q_OBJECT
public:
    using ProfileGateway::ProfileGateway;
    UserCall *fetch(const QString &objectId) override
    {
        fetches << objectId;
        return pending();
    }
    UserCall *save(const QString &objectId, const QVariantMap &changes) override
    {
        savedIds << objectId;
        saves << changes;
        return pending();
    }
    void cancel() override
    {
        ++cancels;
        ProfileGateway::cancel();
    }
    void answerFetch(const User &user) { answer(Error(), user); }
    void answerSave(const User &user) { answer(Error(), user); }
    void answerFailure(const Error &error) { answer(error, User()); }

    QStringList fetches;
    QStringList savedIds;
    QList<QVariantMap> saves;
    int cancels = 0;

private:
    UserCall *pending()
    {
        m_last = new UserCall(this);
        return follow(m_last);
    }
    void answer(const Error &error, const User &user)
    {
        QVERIFY(m_last);
        m_last->setResult(user);
        if (error.isError())
            m_last->failLater(error);
        else
            m_last->succeedLater();
    }
    QPointer<UserCall> m_last;
};

// What one answer said: how often it finished (once, at most), with which error and user.
struct Heard
{
    int finished = 0;
    Error error;
    User user;

    void listen(UserCall *call)
    {
        QVERIFY(call);
        QObject::connect(call, &PendingCall::finished, call, [this, call] {
            ++finished;
            error = call->error();
            user = call->result();
        });
    }
};

// A reason prompt that the test answers (or not).
struct Prompt
{
    int asked = 0;
    ReasonRequest request;
    std::function<void(const QString &)> answer;
    QPointer<QObject> shown;

    // The asker owns what it shows (in the app, a dialog that deletes itself on close).
    ~Prompt() { delete shown; }

    ReasonAsker asker()
    {
        return [this](const ReasonRequest &r, std::function<void(const QString &)> a) -> QObject * {
            ++asked;
            request = r;
            answer = std::move(a);
            delete shown;
            shown = new QObject;
            return shown;
        };
    }
};

User bobOnServer()
{
    return User(QVariantMap{{QStringLiteral("objectId"), QStringLiteral("B2")},
                            {QStringLiteral("email"), QStringLiteral("bob@example.com")},
                            {QStringLiteral("name"), QStringLiteral("Bob")},
                            {QStringLiteral("birthday"), 946684800000.0}, // 2000-01-01T00:00:00Z
                            {QStringLiteral("age"), QVariant()}});
}

UserSchema schema()
{
    UserSchema s;
    for (const auto &[name, type] :
         {std::pair{"email", PropertyDef::Type::String}, std::pair{"name", PropertyDef::Type::String},
          std::pair{"age", PropertyDef::Type::Int}, std::pair{"birthday", PropertyDef::Type::DateTime}}) {
        PropertyDef def;
        def.name = QLatin1String(name);
        def.type = type;
        def.identity = def.name == QLatin1String("email");
        s.properties << def;
    }
    return s;
}

// A JournalingGateway over a scripted inner gateway, journalling into `path`, asking `prompt`.
struct StaffSave
{
    explicit StaffSave(const QString &path)
        : journal(path)
        , inner(new ScriptedGateway)
        , gateway(inner, &journal, {QStringLiteral("support@example.com"), QStringLiteral("srv")})
    {
        gateway.setSchema(schema());
        gateway.setReasonAsker(prompt.asker());
    }
    Journal journal;
    ScriptedGateway *inner; // owned by the gateway
    JournalingGateway gateway;
    Prompt prompt;
};

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void attemptThenResult();
    void readsBackWhatWasWritten();
    void passwordsNeverReachTheFile();
    void tornAndForeignLinesAreSkipped();
    void unwritableFile();
    void csvField_data();
    void csvField();
    void csvExport();
    void outboxMarks();
    void compactionDropsOnlyAcknowledged();
    void crashMidCompactionLosesNothing();
    void gatewayAsksForAReasonAndRecords();
    void gatewayWithoutReasonDoesNotSave();
    void gatewayRecordsFailure();
    void gatewayCancel();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal.jsonl")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJournal::attemptThenResult()
{
    Journal journal(path());
    QCOMPARE(journal.entries().size(), 0);
    QSignalSpy added(&journal, &Journal::entryAdded);
    QSignalSpy changed(&journal, &Journal::entryChanged);
    const QString id = journal.begin(sampleEntry());
    QVERIFY(!id.isEmpty());
    QCOMPARE(added.size(), 1);
    QCOMPARE(journal.entries().constFirst().result, JournalEntry::Result::Pending);
    QVERIFY(journal.entries().constFirst().when.isValid());

    // The attempt is on disk before any answer: a crash here still leaves a trace.
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    QCOMPARE(lines.size(), 1);
    file.close();

    QVERIFY(journal.finish(id, JournalEntry::Result::Failed, Error::server(3018, QStringLiteral("taken"), 400)));
    QCOMPARE(changed.size(), 1);
    const JournalEntry entry = journal.entries().constFirst();
    QCOMPARE(entry.result, JournalEntry::Result::Failed);
    QCOMPARE(entry.errorCode, 3018);
    QCOMPARE(entry.errorText, QStringLiteral("taken"));
    QVERIFY(entry.finished >= entry.when);
    QVERIFY(file.open(QIODevice::ReadOnly));
    lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    QCOMPARE(lines.size(), 2); // appended, the first line untouched
    QVERIFY(!journal.finish(QStringLiteral("no-such-id"), JournalEntry::Result::Saved));
}

void TestJournal::readsBackWhatWasWritten()
{
    QList<JournalEntry> written;
    {
        Journal journal(path());
        const QString first = journal.begin(sampleEntry());
        const QString second = journal.begin(sampleEntry(QStringLiteral("alice@example.com")));
        journal.begin(sampleEntry(QStringLiteral("carol@example.com"))); // never answered
        journal.finish(second, JournalEntry::Result::Saved);
        journal.finish(first, JournalEntry::Result::Cancelled);
        written = journal.entries();
    }
    Journal reread(path());
    QCOMPARE(reread.skippedLines(), 0);
    QCOMPARE(reread.entries().size(), 3);
    QCOMPARE(reread.entries(), written);
    QCOMPARE(reread.entries().at(0).result, JournalEntry::Result::Cancelled);
    QCOMPARE(reread.entries().at(1).result, JournalEntry::Result::Saved);
    QCOMPARE(reread.entries().at(2).result, JournalEntry::Result::Pending);
    QCOMPARE(reread.entries().at(0).changes.at(0).oldValue, QJsonValue(QStringLiteral("Bob")));
    QCOMPARE(reread.entries().at(0).changes.at(1).newValue, QJsonValue(41));
    QVERIFY(reread.entries().at(0).changes.at(1).oldValue.isNull());
}

void TestJournal::passwordsNeverReachTheFile()
{
    const QString secret = QStringLiteral("S3cret-pass-Value");
    JournalEntry entry = sampleEntry();
    // A careless caller passes the value: the journal still keeps only "changed".
    entry.changes << JournalChange{QStringLiteral("password"), QJsonValue(QStringLiteral("old-") + secret),
                                   QJsonValue(secret), false};
    Journal journal(path());
    const QString id = journal.begin(entry);
    journal.finish(id, JournalEntry::Result::Saved);
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(bytes.contains("\"password\""));
    const JournalChange password = Journal(path()).entries().constFirst().changes.constLast();
    QVERIFY(password.secret);
    QVERIFY(password.newValue.isUndefined());
    QVERIFY(!JournalCsv::toCsv(journal.entries()).contains(secret.toUtf8()));
    QVERIFY(journal.entries().constFirst().changesText().contains(QStringLiteral("Password: changed")));
}

void TestJournal::tornAndForeignLinesAreSkipped()
{
    {
        Journal journal(path());
        journal.finish(journal.begin(sampleEntry()), JournalEntry::Result::Saved);
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::Append));
    file.write("not json at all\n");
    file.write("{\"type\":\"result\",\"id\":\"unknown\",\"result\":\"saved\"}\n");
    file.write("{\"type\":\"attempt\",\"id\":\"x\"}\n"); // misses when/userId
    file.write("{\"type\":\"attempt\",\"id\":\"torn\",\"when\":17"); // the app died mid-write
    file.close();
    Journal journal(path());
    QCOMPARE(journal.entries().size(), 1);
    QCOMPARE(journal.entries().constFirst().result, JournalEntry::Result::Saved);
    QCOMPARE(journal.skippedLines(), 4);
    // Appending after a torn line starts a line of its own: the new entry is not lost with it.
    QVERIFY(!journal.begin(sampleEntry(QStringLiteral("dave@example.com"))).isEmpty());
    Journal reread(path());
    QCOMPARE(reread.entries().size(), 2);
    QCOMPARE(reread.entries().constLast().userIdentity, QStringLiteral("dave@example.com"));
    QCOMPARE(reread.skippedLines(), 4);
}

void TestJournal::unwritableFile()
{
    // A directory where the file should be: nothing can be appended.
    QVERIFY(QDir().mkpath(path()));
    Journal journal(path());
    QSignalSpy failed(&journal, &Journal::writeFailed);
    QVERIFY(journal.begin(sampleEntry()).isEmpty());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(journal.entries().size(), 0);
}

void TestJournal::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("csv");

    QTest::newRow("plain") << QStringLiteral("Bob") << QStringLiteral("Bob");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Smith, Bob") << QStringLiteral("\"Smith, Bob\"");
    QTest::newRow("quote") << QStringLiteral("Bob \"the\" Builder") << QStringLiteral("\"Bob \"\"the\"\" Builder\"");
    QTest::newRow("newline") << QStringLiteral("line 1\nline 2") << QStringLiteral("\"line 1\nline 2\"");
    QTest::newRow("carriage return") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("semicolon stays") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")")
                             << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("plus text") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
    QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("-5");
    QTest::newRow("phone number") << QStringLiteral("+49 30 1234") << QStringLiteral("'+49 30 1234");
    QTest::newRow("unicode") << QStringLiteral("Zoë → 漢字") << QStringLiteral("Zoë → 漢字");
}

void TestJournal::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, csv);
    QCOMPARE(JournalCsv::field(text), csv);
}

void TestJournal::csvExport()
{
    JournalEntry entry = sampleEntry();
    entry.id = QStringLiteral("E1");
    entry.when = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
    entry.reason = QStringLiteral("Ticket 42, \"urgent\"");
    entry.changes << JournalChange{QStringLiteral("password"), {}, {}, true};
    entry.result = JournalEntry::Result::Failed;
    entry.errorCode = 3018;
    entry.errorText = QStringLiteral("taken");

    const QString csv = QString::fromUtf8(JournalCsv::toCsv({entry}));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 5); // header + 3 changes + the empty rest after the last CRLF
    QCOMPARE(lines.at(0),
             QStringLiteral("when,staff,server,user_id,user_email,field,old,new,reason,result,error_code,error"));
    const QString common = QStringLiteral("2026-11-26T09:30:00.000Z,support@example.com,http://127.0.0.1:8080/api,"
                                          "B-bob@example.com,bob@example.com,");
    const QString tail = QStringLiteral(",\"Ticket 42, \"\"urgent\"\"\",failed,3018,taken");
    QCOMPARE(lines.at(1), common + QStringLiteral("name,Bob,Robert") + tail);
    QCOMPARE(lines.at(2), common + QStringLiteral("age,,41") + tail);
    QCOMPARE(lines.at(3), common + QStringLiteral("password,,changed") + tail);
    QVERIFY(lines.at(4).isEmpty());

    const QString file = m_dir->filePath(QStringLiteral("export.csv"));
    QString error;
    QVERIFY(JournalCsv::write(file, {entry}, &error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), csv);
    QVERIFY(!JournalCsv::write(m_dir->filePath(QStringLiteral("no/such/dir/x.csv")), {entry}, &error));
    QVERIFY(!error.isEmpty());
}

void TestJournal::outboxMarks()
{
    // The file is the outbox: an entry is unsent until a "sent" line says the server has it.
    Journal journal(path());
    JournalEntry mine = sampleEntry();
    mine.server = QStringLiteral("server-a");
    JournalEntry other = sampleEntry(QStringLiteral("alice@example.com"));
    other.server = QStringLiteral("server-b");
    const QString a = journal.begin(mine);
    const QString b = journal.begin(other);
    // Still open (no result yet): waiting, but not ready to send.
    QCOMPARE(journal.unsent(QStringLiteral("server-a"), false).size(), 1);
    QCOMPARE(journal.unsent(QStringLiteral("server-a"), true).size(), 0);
    journal.finish(a, JournalEntry::Result::Saved);
    QCOMPARE(journal.unsent(QStringLiteral("server-a"), true).constFirst().id, a);
    QSignalSpy sent(&journal, &Journal::entrySent);
    QVERIFY(journal.markSent(a));
    QCOMPARE(sent.size(), 1);
    QVERIFY(!journal.markSent(a)); // once
    QVERIFY(journal.unsent(QStringLiteral("server-a"), false).isEmpty());
    // Another run reads the marks back; an entry an earlier run left open is ready to send (its
    // result will never come).
    Journal reread(path());
    QVERIFY(reread.isSent(a));
    QVERIFY(!reread.isSent(b));
    QCOMPARE(reread.unsent(QStringLiteral("server-b"), true).constFirst().id, b);
    QCOMPARE(reread.skippedLines(), 0);
    // A "sent" line for an entry the file does not have is skipped.
    QFile file(path());
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"type\":\"sent\",\"id\":\"nobody\"}\n");
    file.close();
    QCOMPARE(Journal(path()).skippedLines(), 1);
}

void TestJournal::compactionDropsOnlyAcknowledged()
{
    Journal journal(path());
    const QString sent = journal.begin(sampleEntry());
    journal.finish(sent, JournalEntry::Result::Saved);
    const QString waiting = journal.begin(sampleEntry(QStringLiteral("alice@example.com")));
    journal.finish(waiting, JournalEntry::Result::Failed, Error::local(QStringLiteral("offline")));
    const QString open = journal.begin(sampleEntry(QStringLiteral("carol@example.com")));
    QVERIFY(journal.markSent(sent));
    // A line another process appended after this one read the file is kept too.
    Journal other(path());
    const QString theirs = other.begin(sampleEntry(QStringLiteral("dave@example.com")));
    QFile file(path());
    QVERIFY(file.open(QIODevice::Append));
    file.write("{torn\n");
    file.close();
    QSignalSpy reloaded(&journal, &Journal::reloaded);
    QVERIFY(journal.compact());
    QCOMPARE(reloaded.size(), 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray lines = file.readAll();
    file.close();
    QVERIFY(!lines.contains(sent.toUtf8()));
    QVERIFY(!lines.contains("{torn"));
    QCOMPARE(lines.count('\n'), 4); // waiting's attempt and result, open's and theirs' attempts
    QCOMPARE(journal.indexOf(sent), -1);
    QVERIFY(journal.isSent(sent)); // acknowledged, for this process, though gone from the file
    QCOMPARE(journal.sentCount(), 0);
    QCOMPARE(journal.skippedLines(), 0);
    const QList<JournalEntry> unsent = journal.unsent(sampleEntry().server, false);
    QCOMPARE(unsent.size(), 3);
    QCOMPARE(unsent.at(0).id, waiting);
    QCOMPARE(unsent.at(0).result, JournalEntry::Result::Failed);
    QCOMPARE(unsent.at(0).errorText, QStringLiteral("offline"));
    QCOMPARE(unsent.at(2).id, theirs);
    // The entry still open in this process stays open, and gets its result after the compaction.
    QVERIFY(journal.isOpen(open));
    QVERIFY(journal.finish(open, JournalEntry::Result::Saved));
    QCOMPARE(Journal(path()).entries().at(1).result, JournalEntry::Result::Saved);
    // Nothing to drop: the file is not rewritten.
    const QDateTime modified = QFileInfo(path()).lastModified();
    QTest::qWait(20);
    QVERIFY(journal.compact());
    QCOMPARE(QFileInfo(path()).lastModified(), modified);
}

void TestJournal::crashMidCompactionLosesNothing()
{
    {
        Journal journal(path());
        for (int i = 0; i < 3; ++i) {
            const QString id = journal.begin(sampleEntry(QStringLiteral("user%1@example.com").arg(i)));
            journal.finish(id, JournalEntry::Result::Saved);
            if (i != 1)
                journal.markSent(id);
        }
        journal.begin(sampleEntry(QStringLiteral("open@example.com"))); // no result: ended mid-save
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    // A process killed (SIGKILL) once the new file is written, before it replaces the old one,
    // holding the lock.
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        Journal journal(path());
        journal.setBeforeReplaceHook([] { raise(SIGKILL); });
        journal.compact();
        _exit(0); // not reached
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    // The old file is whole; the dead process's lock is stale and taken over.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    QVERIFY(QFile::exists(path() + QStringLiteral(".lock")));
    Journal journal(path());
    QCOMPARE(journal.unsent(sampleEntry().server, false).size(), 2);
    QCOMPARE(journal.sentCount(), 2);
    QVERIFY(journal.compact());
    Journal after(path());
    const QList<JournalEntry> unsent = after.unsent(sampleEntry().server, false);
    QCOMPARE(unsent.size(), 2);
    QCOMPARE(unsent.at(0).userIdentity, QStringLiteral("user1@example.com"));
    QCOMPARE(unsent.at(0).result, JournalEntry::Result::Saved);
    QCOMPARE(unsent.at(1).userIdentity, QStringLiteral("open@example.com"));
    QCOMPARE(after.entries().size(), 2);
    // Later appends go on as before.
    QVERIFY(!after.begin(sampleEntry()).isEmpty());
    QCOMPARE(Journal(path()).entries().size(), 3);
}

void TestJournal::gatewayAsksForAReasonAndRecords()
{
    StaffSave fixture(path());
    auto &[journal, inner, gateway, prompt] = fixture;
    Heard fetched;
    fetched.listen(gateway.fetch(QStringLiteral("B2")));
    QCOMPARE(inner->fetches, QStringList{QStringLiteral("B2")});
    inner->answerFetch(bobOnServer());
    QTRY_COMPARE(fetched.finished, 1);
    QCOMPARE(fetched.user.objectId(), QStringLiteral("B2"));

    const QVariantMap changes{{QStringLiteral("name"), QStringLiteral("Robert")},
                              {QStringLiteral("birthday"), 978307200000.0}, // 2001-01-01
                              {QStringLiteral("password"), QStringLiteral("New-pass-1")}};
    Heard saved;
    saved.listen(gateway.save(QStringLiteral("B2"), changes));
    QCOMPARE(prompt.asked, 1);
    QCOMPARE(prompt.request.userIdentity, QStringLiteral("bob@example.com"));
    QCOMPARE(prompt.request.fields,
             QStringList({QStringLiteral("birthday"), QStringLiteral("name"), QStringLiteral("password")}));
    QVERIFY(inner->saves.isEmpty()); // nothing leaves before the reason
    QCOMPARE(journal.entries().size(), 0);

    prompt.answer(QStringLiteral("  Ticket 7: name change  "));
    QCOMPARE(inner->saves, QList<QVariantMap>{changes}); // the same changes, password included
    QCOMPARE(journal.entries().size(), 1);
    JournalEntry entry = journal.entries().constFirst();
    QCOMPARE(entry.result, JournalEntry::Result::Pending);
    QCOMPARE(entry.reason, QStringLiteral("Ticket 7: name change"));
    QCOMPARE(entry.staff, QStringLiteral("support@example.com"));
    QCOMPARE(entry.server, QStringLiteral("srv"));
    QCOMPARE(entry.userId, QStringLiteral("B2"));
    QCOMPARE(entry.userIdentity, QStringLiteral("bob@example.com"));
    QCOMPARE(entry.changes.size(), 3);
    QCOMPARE(entry.changes.at(0),
             (JournalChange{QStringLiteral("birthday"), QJsonValue(QStringLiteral("2000-01-01T00:00:00.000Z")),
                            QJsonValue(QStringLiteral("2001-01-01T00:00:00.000Z")), false}));
    QCOMPARE(entry.changes.at(1),
             (JournalChange{QStringLiteral("name"), QJsonValue(QStringLiteral("Bob")),
                            QJsonValue(QStringLiteral("Robert")), false}));
    QVERIFY(entry.changes.at(2).secret);

    User after = bobOnServer();
    after.setValue(QStringLiteral("name"), QStringLiteral("Robert"));
    inner->answerSave(after);
    QTRY_COMPARE(saved.finished, 1);
    QVERIFY(!saved.error.isError());
    QCOMPARE(saved.user.value(QStringLiteral("name")).toString(), QStringLiteral("Robert"));
    QCOMPARE(journal.entries().constFirst().result, JournalEntry::Result::Saved);
    QCOMPARE(gateway.lastReason(), QStringLiteral("Ticket 7: name change"));

    // The next save's "old" is what the last one saved, and the reason is offered again.
    Heard next;
    next.listen(gateway.save(QStringLiteral("B2"), {{QStringLiteral("name"), QStringLiteral("Rob")}}));
    QCOMPARE(prompt.request.previousReason, QStringLiteral("Ticket 7: name change"));
    prompt.answer(QStringLiteral("Ticket 8"));
    QCOMPARE(journal.entries().constLast().changes.constFirst().oldValue, QJsonValue(QStringLiteral("Robert")));
}

void TestJournal::gatewayWithoutReasonDoesNotSave()
{
    StaffSave fixture(path());
    auto &[journal, inner, gateway, prompt] = fixture;
    Heard failed;
    failed.listen(gateway.save(QStringLiteral("B2"), {{QStringLiteral("name"), QStringLiteral("X")}}));
    prompt.answer(QStringLiteral("   ")); // spaces are no reason
    QCOMPARE(failed.finished, 0); // never before the caller's method returned
    QTRY_COMPARE(failed.finished, 1);
    const Error error = failed.error;
    QCOMPARE(error.kind, Error::Kind::Local);
    QVERIFY(error.message.contains(QStringLiteral("reason")));
    QVERIFY(inner->saves.isEmpty());
    QCOMPARE(journal.entries().size(), 0);

    // No asker at all: refused too, never sent unrecorded.
    JournalingGateway unasked(new ScriptedGateway, &journal, {});
    Heard refused;
    refused.listen(unasked.save(QStringLiteral("B2"), {{QStringLiteral("name"), QStringLiteral("X")}}));
    QTRY_COMPARE(refused.finished, 1);
    QCOMPARE(refused.error.kind, Error::Kind::Local);
    QCOMPARE(journal.entries().size(), 0);
}

void TestJournal::gatewayRecordsFailure()
{
    StaffSave fixture(path());
    auto &[journal, inner, gateway, prompt] = fixture;
    gateway.setReasonAsker([](const ReasonRequest &, std::function<void(const QString &)> answer) -> QObject * {
        answer(QStringLiteral("at once"));
        return nullptr;
    });
    Heard failed;
    failed.listen(gateway.save(QStringLiteral("B2"), {{QStringLiteral("email"), QStringLiteral("alice@example.com")}}));
    QCOMPARE(inner->saves.size(), 1);
    // Never read: the old value is unknown, and the user is named by the identity being set.
    QVERIFY(journal.entries().constFirst().changes.constFirst().oldValue.isUndefined());
    QCOMPARE(journal.entries().constFirst().userIdentity, QStringLiteral("alice@example.com"));
    inner->answerFailure(Error::server(3018, QStringLiteral("taken"), 400));
    QTRY_COMPARE(failed.finished, 1);
    QCOMPARE(failed.error.code, 3018); // passed on unchanged
    const JournalEntry entry = Journal(path()).entries().constFirst();
    QCOMPARE(entry.result, JournalEntry::Result::Failed);
    QCOMPARE(entry.errorCode, 3018);
    QVERIFY(entry.changesText().startsWith(QStringLiteral("Email: “?” → ")));
}

void TestJournal::gatewayCancel()
{
    StaffSave fixture(path());
    auto &[journal, inner, gateway, prompt] = fixture;
    // Cancelled while the question is open: the question goes, a late answer does nothing, and
    // the save's answer says Cancelled (once).
    Heard asking;
    asking.listen(gateway.save(QStringLiteral("B2"), {{QStringLiteral("name"), QStringLiteral("X")}}));
    QVERIFY(prompt.shown);
    gateway.cancel();
    QTRY_VERIFY(!prompt.shown);
    QCOMPARE(asking.finished, 1);
    QCOMPARE(asking.error.kind, Error::Kind::Cancelled);
    prompt.answer(QStringLiteral("too late"));
    QVERIFY(inner->saves.isEmpty());
    QCOMPARE(journal.entries().size(), 0);

    // Cancelled in flight: recorded as such, because the server may have applied it.
    Heard failed;
    failed.listen(gateway.save(QStringLiteral("B2"), {{QStringLiteral("name"), QStringLiteral("Y")}}));
    prompt.answer(QStringLiteral("Ticket 9"));
    QCOMPARE(inner->saves.size(), 1);
    const int cancelsBefore = inner->cancels;
    gateway.cancel();
    QVERIFY(inner->cancels > cancelsBefore);
    QCOMPARE(journal.entries().constFirst().result, JournalEntry::Result::Cancelled);
    QTest::qWait(20);
    QCOMPARE(failed.finished, 1); // the answer says Cancelled, once
    QCOMPARE(failed.error.kind, Error::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
