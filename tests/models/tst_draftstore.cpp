#include "core/config.h"
#include "persistence/draftstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writeAndLoad();
    void debouncedWritesCoalesce();
    void emptyEditsRemoveTheDraft();
    void flushWritesPendingNow();
    void destructorFlushes();
    void replaceIsAtomicNoTemporaryLeftOver();
    void writeFailureIsReported();
    void readerOfTheOldDraftSeesItWhole();
    void secretsNeverReachTheFile_data();
    void secretsNeverReachTheFile();
    void keysAreSeparate();
    void foreignFileIsIgnored();
    void restApiKeyNeverInADraft_data();
    void restApiKeyNeverInADraft();

private:
    QStringList filesIn(const QString &dir) const
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    const DraftKey m_alice{QStringLiteral("http://127.0.0.1:1/api"), QStringLiteral("app"), QStringLiteral("A1")};
    const DraftKey m_bob{QStringLiteral("http://127.0.0.1:1/api"), QStringLiteral("app"), QStringLiteral("B2")};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDraftStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDraftStore::writeAndLoad()
{
    DraftStore store(m_dir->path());
    const QVariantMap edits{{QStringLiteral("name"), QStringLiteral("Alice B.")},
                            {QStringLiteral("age"), 42},
                            {QStringLiteral("newsletter"), true},
                            {QStringLiteral("birthday"), qint64(981158400000)}};
    QVERIFY(!store.contains(m_alice));
    QVERIFY(store.write(m_alice, edits));
    QVERIFY(store.contains(m_alice));
    const QVariantMap loaded = store.load(m_alice);
    QCOMPARE(loaded.value(QStringLiteral("name")).toString(), QStringLiteral("Alice B."));
    QCOMPARE(loaded.value(QStringLiteral("age")).toInt(), 42);
    QCOMPARE(loaded.value(QStringLiteral("newsletter")).toBool(), true);
    QCOMPARE(loaded.value(QStringLiteral("birthday")).toLongLong(), qint64(981158400000));
    QVERIFY(store.filePath(m_alice).startsWith(m_dir->path()));
}

void TestDraftStore::debouncedWritesCoalesce()
{
    DraftStore store(m_dir->path());
    store.setDebounceInterval(500);
    QSignalSpy written(&store, &DraftStore::written);
    QElapsedTimer sinceLastEdit;
    for (int i = 1; i <= 5; ++i) {
        store.schedule(m_alice, {{QStringLiteral("name"), QStringLiteral("typing %1").arg(i)}});
        sinceLastEdit.start();
        QTest::qWait(20); // keystrokes closer together than the interval
        QVERIFY(!QFile::exists(store.filePath(m_alice)));
    }
    QVERIFY(store.hasPending());
    QVERIFY(written.wait(2000));
    // The interval counts from the last edit (coarse timers may fire up to 5 % early).
    QVERIFY2(sinceLastEdit.elapsed() >= 475, qPrintable(QString::number(sinceLastEdit.elapsed())));
    QCOMPARE(written.count(), 1); // five edits, one write
    QCOMPARE(store.load(m_alice).value(QStringLiteral("name")).toString(), QStringLiteral("typing 5"));
    QVERIFY(!store.hasPending());
}

void TestDraftStore::emptyEditsRemoveTheDraft()
{
    DraftStore store(m_dir->path());
    store.setDebounceInterval(10);
    QVERIFY(store.write(m_alice, {{QStringLiteral("name"), QStringLiteral("x")}}));
    store.schedule(m_alice, {});
    QTRY_VERIFY(!QFile::exists(store.filePath(m_alice)));
}

void TestDraftStore::flushWritesPendingNow()
{
    DraftStore store(m_dir->path());
    store.setDebounceInterval(60 * 1000);
    store.schedule(m_alice, {{QStringLiteral("name"), QStringLiteral("now")}});
    QVERIFY(!QFile::exists(store.filePath(m_alice)));
    store.flush();
    QCOMPARE(store.load(m_alice).value(QStringLiteral("name")).toString(), QStringLiteral("now"));
}

void TestDraftStore::destructorFlushes()
{
    QString path;
    {
        DraftStore store(m_dir->path());
        store.setDebounceInterval(60 * 1000);
        store.schedule(m_alice, {{QStringLiteral("bio"), QStringLiteral("last words")}});
        path = store.filePath(m_alice);
    }
    QVERIFY(QFile::exists(path));
    DraftStore reopened(m_dir->path());
    QCOMPARE(reopened.load(m_alice).value(QStringLiteral("bio")).toString(), QStringLiteral("last words"));
}

void TestDraftStore::replaceIsAtomicNoTemporaryLeftOver()
{
    DraftStore store(m_dir->path());
    QVERIFY(store.write(m_alice, {{QStringLiteral("name"), QStringLiteral("one")}}));
    QVERIFY(store.write(m_alice, {{QStringLiteral("name"), QStringLiteral("two")}}));
    // QSaveFile renames a complete temporary over the draft: exactly one file remains.
    QCOMPARE(filesIn(m_dir->path()), QStringList{QFileInfo(store.filePath(m_alice)).fileName()});
    QCOMPARE(store.load(m_alice).value(QStringLiteral("name")).toString(), QStringLiteral("two"));
}

void TestDraftStore::writeFailureIsReported()
{
    // The drafts folder cannot be created where a file is in the way (works as root too).
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    DraftStore store(blocker + QLatin1String("/drafts"));
    QSignalSpy failed(&store, &DraftStore::writeFailed);
    QVERIFY(!store.write(m_alice, {{QStringLiteral("name"), QStringLiteral("x")}}));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), store.filePath(m_alice));
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
}

void TestDraftStore::readerOfTheOldDraftSeesItWhole()
{
    DraftStore store(m_dir->path());
    QVERIFY(store.write(m_alice, {{QStringLiteral("name"), QStringLiteral("kept")}}));
    const QString path = store.filePath(m_alice);
    // A reader holding the old file sees it whole, whatever the writer does afterwards.
    QFile reader(path);
    QVERIFY(reader.open(QIODevice::ReadOnly));
    QVERIFY(store.write(m_alice, {{QStringLiteral("name"), QStringLiteral("new")}}));
    const QJsonObject old = QJsonDocument::fromJson(reader.readAll()).object();
    QCOMPARE(old.value(QStringLiteral("edits")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("kept"));
    QCOMPARE(store.load(m_alice).value(QStringLiteral("name")).toString(), QStringLiteral("new"));
}

void TestDraftStore::secretsNeverReachTheFile_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("password") << QStringLiteral("password");
    QTest::newRow("Password") << QStringLiteral("Password");
    QTest::newRow("user-token") << QStringLiteral("user-token");
    QTest::newRow("userToken") << QStringLiteral("userToken");
}

void TestDraftStore::secretsNeverReachTheFile()
{
    QFETCH(QString, key);
    DraftStore store(m_dir->path());
    store.setDebounceInterval(10);
    const QString secret = QStringLiteral("S3cret-never-on-disk");
    store.schedule(m_alice, {{key, secret}, {QStringLiteral("name"), QStringLiteral("n")}});
    store.flush();
    QVERIFY(store.write(m_bob, {{key, secret}, {QStringLiteral("name"), QStringLiteral("n")}}));
    for (const DraftKey &k : {m_alice, m_bob}) {
        QFile file(store.filePath(k));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\"name\""));
        QVERIFY2(!bytes.contains(secret.toUtf8()), bytes.constData());
        QVERIFY(!store.load(k).contains(key));
    }
}

void TestDraftStore::keysAreSeparate()
{
    DraftStore store(m_dir->path());
    QVERIFY(store.write(m_alice, {{QStringLiteral("name"), QStringLiteral("a")}}));
    QVERIFY(store.write(m_bob, {{QStringLiteral("name"), QStringLiteral("b")}}));
    QVERIFY(store.filePath(m_alice) != store.filePath(m_bob));
    DraftKey otherApp = m_alice;
    otherApp.appId = QStringLiteral("other");
    QVERIFY(!store.contains(otherApp));
    store.remove(m_alice);
    QVERIFY(!store.contains(m_alice));
    QCOMPARE(store.load(m_bob).value(QStringLiteral("name")).toString(), QStringLiteral("b"));
}

void TestDraftStore::foreignFileIsIgnored()
{
    DraftStore store(m_dir->path());
    QVERIFY(store.write(m_alice, {{QStringLiteral("name"), QStringLiteral("a")}}));
    // Bob's draft copied over Alice's file name must not fill Alice's form.
    QVERIFY(store.write(m_bob, {{QStringLiteral("name"), QStringLiteral("b")}}));
    QFile::remove(store.filePath(m_alice));
    QVERIFY(QFile::copy(store.filePath(m_bob), store.filePath(m_alice)));
    QVERIFY(store.load(m_alice).isEmpty());
    // Garbage is ignored too.
    QFile garbage(store.filePath(m_alice));
    QVERIFY(garbage.open(QIODevice::WriteOnly | QIODevice::Truncate));
    garbage.write("{not json");
    garbage.close();
    QVERIFY(store.load(m_alice).isEmpty());
}

// Drafts are keyed as the app keys them (Config::serverKey + appId): the REST API key is in no file
// name and no file, whichever form named the server.
void TestDraftStore::restApiKeyNeverInADraft_data()
{
    QTest::addColumn<Config>("config");
    const QString key = QStringLiteral("SECRET-REST-KEY");
    QTest::newRow("Pro, server + id + key")
        << Config::fromServer(QUrl(QStringLiteral("http://127.0.0.1:8080/api")), QStringLiteral("demo-app-id"), key);
    QTest::newRow("Pro, one base URL") << Config::fromBaseUrl(
        QUrl(QStringLiteral("http://127.0.0.1:8080/api/demo-app-id/") + key));
    QTest::newRow("classic") << Config::fromBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/demo-app-id/") + key));
    QTest::newRow("cloud") << Config::backendless(Config::Region::EU, QStringLiteral("APP"), key);
}

void TestDraftStore::restApiKeyNeverInADraft()
{
    QFETCH(Config, config);
    QVERIFY2(config.isValid(), qPrintable(config.errorString()));
    DraftStore store(m_dir->path());
    const DraftKey key{config.serverKey(), config.appId(), QStringLiteral("A1")};
    QVERIFY(store.write(key, {{QStringLiteral("address"), QStringLiteral("123 Main St")}}));
    QCOMPARE(store.load(key).value(QStringLiteral("address")).toString(), QStringLiteral("123 Main St"));
    QVERIFY(!store.filePath(key).contains(QLatin1String("SECRET")));
    QFile file(store.filePath(key));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("demo-app-id") || content.contains("APP")); // the app is named...
    QVERIFY(!content.contains("SECRET-REST-KEY")); // ...its key is not
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
