#include "storage/walcheckpointer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

namespace Server {

namespace {

// Lives on the checkpointer's thread, with the connection it opens there (QtSql connections
// belong to the thread that opened them).
class CheckpointWorker : public QObject
{
public:
    explicit CheckpointWorker(const QString &databasePath)
        : m_databasePath(databasePath)
        , m_connectionName(QStringLiteral("profiledesk-checkpointer-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
    { }

    ~CheckpointWorker() override
    {
        m_timer.stop();
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    // On the checkpointer's thread.
    void start()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_databasePath);
        if (!db.open())
            return; // the server's own connection reports what is wrong with the file
        QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout=5000"));
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            QSqlQuery(QSqlDatabase::database(m_connectionName, false))
                .exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        });
        m_timer.start(WalCheckpointer::CheckpointIntervalMs);
    }

private:
    QString m_databasePath;
    QString m_connectionName;
    QTimer m_timer{this}; // a child, so that moveToThread() takes it along
};

} // namespace

WalCheckpointer::WalCheckpointer(const QString &databasePath)
    : m_worker(new CheckpointWorker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("wal-checkpointer"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    auto *worker = static_cast<CheckpointWorker *>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker]() { worker->start(); }, Qt::BlockingQueuedConnection);
}

WalCheckpointer::~WalCheckpointer()
{
    // The worker's connection and timer belong to its thread: they go there.
    QObject *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker]() { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace Server
