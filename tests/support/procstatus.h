#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

// A field of /proc/PID/status in KiB (VmRSS, VmHWM), or -1 when it cannot be read: the memory
// figures that hostile, client and benchmark programs compare before and after an attack or a load.
namespace ProcStatus {

inline qint64 kiB(const char *field, qint64 pid = 0)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace ProcStatus
