#include "awaitcall.h"
#include "core/config.h"
#include "persistence/sessionstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestSessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyForCombinesServerAppAndUser();
    void packAndUnpack();
    void unpackRejectsGarbage_data();
    void unpackRejectsGarbage();
    void memoryStoreRoundTrip();
    void memoryStoreUnavailable();
    void keychainNeverFallsBackToAFile();
};

void TestSessionStore::keyForCombinesServerAppAndUser()
{
    const Config us = Config::backendless(Config::Region::US, QStringLiteral("APP"), QStringLiteral("SECRETKEY"));
    const QString key = SessionStore::keyFor(us, QStringLiteral("alice@example.com"));
    QCOMPARE(key, QStringLiteral("https://api.backendless.com/APP#alice@example.com"));
    QVERIFY(!key.contains(QLatin1String("SECRETKEY")));
    QVERIFY(key != SessionStore::keyFor(Config::local(8080), QStringLiteral("alice@example.com")));
    QVERIFY(key != SessionStore::keyFor(us, QStringLiteral("bob@example.com")));
}

void TestSessionStore::packAndUnpack()
{
    User user;
    user.setObjectId(QStringLiteral("A1"));
    user.setValue(QStringLiteral("email"), QStringLiteral("alice@example.com"));
    user.setValue(QStringLiteral("address"), QStringLiteral("not needed to restore"));
    const QString secret = SessionStore::packSession(user, QStringLiteral("T-1"));
    User restored;
    QString token;
    QVERIFY(SessionStore::unpackSession(secret, &restored, &token));
    QCOMPARE(token, QStringLiteral("T-1"));
    QCOMPARE(restored.objectId(), QStringLiteral("A1"));
    QCOMPARE(restored.email(), QStringLiteral("alice@example.com"));
    QVERIFY(!restored.contains(QStringLiteral("address")));
}

void TestSessionStore::unpackRejectsGarbage_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("empty") << QString();
    QTest::newRow("not json") << QStringLiteral("T-1");
    QTest::newRow("no token") << QStringLiteral(R"({"objectId":"A1"})");
    QTest::newRow("no id") << QStringLiteral(R"({"user-token":"T-1"})");
}

void TestSessionStore::unpackRejectsGarbage()
{
    QFETCH(QString, secret);
    User user;
    QString token = QStringLiteral("untouched");
    QVERIFY(!SessionStore::unpackSession(secret, &user, &token));
    QCOMPARE(token, QStringLiteral("untouched"));
}

void TestSessionStore::memoryStoreRoundTrip()
{
    MemorySessionStore store;
    QSignalSpy stored(&store, &SessionStore::stored);
    QSignalSpy loaded(&store, &SessionStore::loaded);
    QSignalSpy removed(&store, &SessionStore::removed);

    store.store(QStringLiteral("k"), QStringLiteral("secret"));
    QCOMPARE(stored.size(), 0); // asynchronous, like a real keychain
    QVERIFY(stored.wait());
    QCOMPARE(stored.first().at(1).toString(), QString());

    store.load(QStringLiteral("k"));
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.last().at(1).toString(), QStringLiteral("secret"));

    store.remove(QStringLiteral("k"));
    QVERIFY(removed.wait());
    store.load(QStringLiteral("k"));
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.last().at(1).toString(), QString()); // unknown key: success, nothing stored
    QCOMPARE(loaded.last().at(2).toString(), QString());
}

void TestSessionStore::memoryStoreUnavailable()
{
    MemorySessionStore store;
    QSignalSpy availability(&store, &SessionStore::availabilityChanged);
    QSignalSpy stored(&store, &SessionStore::stored);
    store.setAvailable(false);
    QCOMPARE(availability.size(), 1);
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.unavailableReason().isEmpty());
    store.store(QStringLiteral("k"), QStringLiteral("secret"));
    QVERIFY(stored.wait());
    QVERIFY(!stored.first().at(1).toString().isEmpty());
    QVERIFY(store.contents().isEmpty());
}

// Whatever keychain this machine has (none, on a CI box), a token either lands in it or the store
// says it cannot keep one; it never lands in a file under HOME (QtKeychain's insecure fallback).
void TestSessionStore::keychainNeverFallsBackToAFile()
{
    KeychainSessionStore store;
    const QString key = QStringLiteral("tst_sessionstore#probe");
    const QString secret = QStringLiteral("probe-token-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QSignalSpy stored(&store, &SessionStore::stored);
    store.store(key, secret);
    QVERIFY(stored.wait(30000));
    const QString storeError = stored.first().at(1).toString();
    if (storeError.isEmpty()) {
        QSignalSpy loaded(&store, &SessionStore::loaded);
        store.load(key);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(1).toString(), secret);
        QSignalSpy removed(&store, &SessionStore::removed);
        store.remove(key);
        QVERIFY(removed.wait(30000));
    } else {
        QVERIFY(!store.isAvailable() || !storeError.isEmpty());
    }

    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
