#pragma once

#include <QProcess>
#include <QStringList>

namespace Hostile {

// The real profiledesk-server executable, started for one attack: `--port 0 --demo` on a database
// file of its own, plus the attack's flags. Reads its port from the `listening on` line and its
// memory from /proc.
class HostileServer
{
public:
    explicit HostileServer(const QStringList &extraArguments = {});
    // Started through `launcher` (a program and its arguments, the server's command line appended),
    // where "{dir}" stands for the directory that holds the database: a mount namespace of the
    // server's own, say.
    HostileServer(const QStringList &extraArguments, const QStringList &launcher);
    ~HostileServer();

    bool isRunning() const { return m_port != 0 && m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }
    QString databaseDir() const { return m_databaseDir; }
    QString errorText() const { return m_error; }

    // From /proc/PID/status, in KiB: resident now, and the peak since start.
    qint64 rssKiB() const;
    qint64 peakRssKiB() const;

    // The server executable: HOSTILE_SERVER_EXE when set (another build), else this build's.
    static QString executable();

    // Whether the build is sanitized: attacks scale their sizes down there.
    static bool sanitized();

private:
    QProcess m_process;
    QString m_databaseDir;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Hostile
