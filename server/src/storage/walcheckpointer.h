#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace Server {

// Runs SQLite's WAL checkpoints on a thread and connection of their own. Left to SQLite, a
// checkpoint (an fsync of the WAL and the database file, ~13 ms on the development machine) runs
// on the server's thread inside whichever commit crossed 1,000 pages, and every request in flight
// waits for it: the file database's p99. This one checkpoints every CheckpointIntervalMs, PASSIVE,
// so the writer is never blocked; the server's connection keeps SQLite's own checkpoint only as a
// backstop, ten times rarer (Database::open).
class WalCheckpointer
{
public:
    explicit WalCheckpointer(const QString &databasePath);
    ~WalCheckpointer(); // stops the thread; SQLite checkpoints what is left when the last connection closes

    static constexpr int CheckpointIntervalMs = 250;

private:
    QThread m_thread;
    QObject *m_worker; // lives on m_thread
};

} // namespace Server
