#include "awaitcall.h"
#include "core/config.h"
#include "persistence/sessionstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <type_traits>

class TestSessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyForCombinesServerAppAndUser();
    void packAndUnpack();
    void unpackRejectsGarbage_data();
    void unpackRejectsGarbage();
    void memoryStoreRoundTrip();
    void eachRequestHearsItsOwnAnswer();
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

namespace {

// Waits for a store's answer: its error (Local when the keychain could not), and for a load the
// secret. False when it never came.
template<typename CallType>
bool answered(CallType *call, Error *error, QString *secret = nullptr, int timeout = 15000)
{
    if (!call)
        return false;
    bool done = false;
    QObject::connect(call, &PendingCall::finished, call, [&] {
        *error = call->error();
        if constexpr (std::is_same_v<CallType, SecretCall>) {
            if (secret)
                *secret = call->result();
        }
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, timeout);
}

} // namespace

void TestSessionStore::memoryStoreRoundTrip()
{
    MemorySessionStore store;
    Error error;
    QString secret;

    PendingCall *stored = store.store(QStringLiteral("k"), QStringLiteral("secret"));
    QVERIFY(stored && !stored->isFinished()); // asynchronous, like a real keychain
    QVERIFY(answered(stored, &error));
    QVERIFY(!error.isError());

    QVERIFY(answered(store.load(QStringLiteral("k")), &error, &secret));
    QCOMPARE(secret, QStringLiteral("secret"));

    QVERIFY(answered(store.remove(QStringLiteral("k")), &error));
    QVERIFY(!error.isError());
    QVERIFY(answered(store.load(QStringLiteral("k")), &error, &secret));
    QCOMPARE(secret, QString()); // unknown key: success, nothing stored
    QVERIFY(!error.isError());
}

// Each request hears its own answer: two loads of two keys in flight at once each get their own
// secret, whichever the store answers first. (With one `loaded` signal for every request, an asker
// took whichever answer came first unless it filtered by key; the CLI did not.)
void TestSessionStore::eachRequestHearsItsOwnAnswer()
{
    MemorySessionStore store;
    Error error;
    QVERIFY(answered(store.store(QStringLiteral("a"), QStringLiteral("secret-a")), &error));
    QVERIFY(answered(store.store(QStringLiteral("b"), QStringLiteral("secret-b")), &error));
    SecretCall *a = store.load(QStringLiteral("a"));
    SecretCall *b = store.load(QStringLiteral("b"));
    QString secretA;
    QString secretB;
    int heard = 0;
    for (auto [call, secret] : {std::pair{a, &secretA}, std::pair{b, &secretB}}) {
        QObject::connect(call, &PendingCall::finished, call, [call = call, secret = secret, &heard] {
            *secret = call->result();
            ++heard;
        });
    }
    QTRY_COMPARE(heard, 2);
    QCOMPARE(secretA, QStringLiteral("secret-a"));
    QCOMPARE(secretB, QStringLiteral("secret-b"));
}

void TestSessionStore::memoryStoreUnavailable()
{
    MemorySessionStore store;
    QSignalSpy availability(&store, &SessionStore::availabilityChanged);
    store.setAvailable(false);
    QCOMPARE(availability.size(), 1);
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.unavailableReason().isEmpty());
    Error error;
    QVERIFY(answered(store.store(QStringLiteral("k"), QStringLiteral("secret")), &error));
    QCOMPARE(error.kind, Error::Kind::Local);
    QCOMPARE(error.message, store.unavailableReason());
    QVERIFY(store.contents().isEmpty());
}

// Whatever keychain this machine has (none, on a CI box), a token either lands in it or the store
// says it cannot keep one; it never lands in a file under HOME (QtKeychain's insecure fallback).
void TestSessionStore::keychainNeverFallsBackToAFile()
{
    KeychainSessionStore store;
    const QString key = QStringLiteral("tst_sessionstore#probe");
    const QString secret = QStringLiteral("probe-token-%1").arg(QDateTime::currentMSecsSinceEpoch());
    Error storeError;
    QVERIFY(answered(store.store(key, secret), &storeError, nullptr, 30000));
    if (!storeError.isError()) {
        Error error;
        QString loaded;
        QVERIFY(answered(store.load(key), &error, &loaded, 30000));
        QCOMPARE(loaded, secret);
        QVERIFY(answered(store.remove(key), &error, nullptr, 30000));
    } else {
        QCOMPARE(storeError.kind, Error::Kind::Local);
        QVERIFY(!store.isAvailable());
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
