#include "hostileserver.h"

#include "procstatus.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QUuid>

namespace Hostile {

namespace {

constexpr int StartTimeoutMs = 30000;

} // namespace

HostileServer::HostileServer(const QStringList &extraArguments)
    : HostileServer(extraArguments, {})
{ }

HostileServer::HostileServer(const QStringList &extraArguments, const QStringList &launcher)
{
    m_databaseDir =
        QDir::temp().filePath(QStringLiteral("hostile-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QDir().mkpath(m_databaseDir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // ASan keeps freed memory in quarantine (256 MiB by default), which would read as growth.
    environment.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("quarantine_size_mb=8:detect_leaks=0"));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList command;
    for (const QString &part : launcher)
        command << QString(part).replace(QStringLiteral("{dir}"), m_databaseDir);
    command << QStringList{executable(),
                           QStringLiteral("--port"),
                           QStringLiteral("0"),
                           QStringLiteral("--demo"),
                           QStringLiteral("--demo-users"),
                           QStringLiteral("20"),
                           QStringLiteral("--db"),
                           m_databaseDir + QStringLiteral("/users.db")}
            << extraArguments;
    m_process.start(command.takeFirst(), command);
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        m_error = m_process.errorString();
        return;
    }
    static const QRegularExpression listening(QStringLiteral("^listening on http://.*:(\\d+)/?$"));
    while (m_process.waitForReadyRead(StartTimeoutMs)) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const QRegularExpressionMatch match = listening.match(line);
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return;
            }
        }
    }
    m_error = QStringLiteral("no 'listening on' line");
}

HostileServer::~HostileServer()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QDir(m_databaseDir).removeRecursively();
}

qint64 HostileServer::rssKiB() const
{
    return ProcStatus::kiB("VmRSS", m_process.processId());
}

qint64 HostileServer::peakRssKiB() const
{
    return ProcStatus::kiB("VmHWM", m_process.processId());
}

QString HostileServer::executable()
{
    // HOSTILE_SERVER_EXE runs the attacks against another build (how they were shown to fail on main).
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("HOSTILE_SERVER_EXE"),
                                                          QStringLiteral(PROFILEDESK_SERVER_EXE));
}

bool HostileServer::sanitized()
{
#ifdef HOSTILE_SANITIZED
    return true;
#else
    return false;
#endif
}

} // namespace Hostile
