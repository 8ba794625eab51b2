// In a QGuiApplication the blocking calls refuse to run on the GUI thread (a nested event loop there
// would re-enter the GUI), and still work from a worker thread.
#include "awaitcall.h"
#include "core/blockingcall.h"
#include "servertestenv.h"

#include <QGuiApplication>
#include <QTest>
#include <QThread>

class TestBlockingOnGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedOnGuiThread();
    void allowedFromWorker();
};

void TestBlockingOnGui::refusedOnGuiThread()
{
    QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    ServerTestEnv env;
    QString startError;
    QVERIFY2(env.start(&startError), qPrintable(startError));
    QVERIFY(!env.loginAlice().isError());
    const User before = env.users().currentUser();

    User changes;
    changes.setValue(QStringLiteral("address"), QStringLiteral("refused"));
    Error error;
    UserService &users = env.users();
    const User result = BlockingCall::wait(
        &users, [&] { return users.update(changes); }, &error);
    QCOMPARE(error.kind, Error::Kind::Local);
    QVERIFY(error.message.contains(QLatin1String("GUI thread")));
    QVERIFY(result.isNull());
    QCOMPARE(env.users().currentUser(), before); // nothing was sent

    DataService &data = env.data();
    BlockingCall::wait(
        &data, [&] { return data.find(DataQuery()); }, &error);
    QCOMPARE(error.kind, Error::Kind::Local);
}

void TestBlockingOnGui::allowedFromWorker()
{
    ServerTestEnv env;
    QString startError;
    QVERIFY2(env.start(&startError), qPrintable(startError));
    QVERIFY(!env.loginAlice().isError());
    Error error = Error::local(QStringLiteral("not run"));
    User result;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        User changes;
        changes.setValue(QStringLiteral("address"), QStringLiteral("from a worker"));
        UserService &users = env.users();
        result = BlockingCall::wait(
            &users, [&] { return users.update(changes); }, &error);
    }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 10000);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(result.value(QStringLiteral("address")).toString(), QStringLiteral("from a worker"));
}

QTEST_MAIN(TestBlockingOnGui)
#include "tst_blockingongui.moc"
