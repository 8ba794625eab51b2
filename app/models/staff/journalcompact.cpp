// Journal::compact: the outbox file without its acknowledged entries (journal.h).
#include "models/staff/journal.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

// The line types of journal.cpp.
const QLatin1String TypeKey("type");
const QLatin1String AttemptType("attempt");
const QLatin1String ResultType("result");
const QLatin1String SentType("sent");

} // namespace

bool Journal::compact()
{
    QLockFile lockFile(m_filePath + QLatin1String(".lock"));
    if (!lock(&lockFile))
        return false;
    // Read under the lock: what another process appended since this one last read is kept too.
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return !file.exists();
    QList<QByteArray> lines;
    QList<QString> ids;
    QSet<QString> sent;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString id = object.value(QStringLiteral("id")).toString();
        const QString type = object.value(TypeKey).toString();
        if (type == SentType)
            sent.insert(id);
        lines << line;
        ids << ((type == AttemptType || type == ResultType) ? id : QString());
    }
    file.close();
    QByteArray kept;
    int dropped = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (ids.at(i).isEmpty() || sent.contains(ids.at(i)))
            ++dropped; // acknowledged, a "sent" line, or unreadable
        else
            kept += lines.at(i) + '\n';
    }
    if (dropped == 0)
        return true;
    QSaveFile out(m_filePath);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly) || out.write(kept) != kept.size()) {
        Q_EMIT writeFailed(
            tr("Cannot write the edit journal %1: %2").arg(QDir::toNativeSeparators(m_filePath), out.errorString()));
        out.cancelWriting();
        return false;
    }
    if (m_beforeReplace)
        m_beforeReplace();
    if (!out.commit()) {
        Q_EMIT writeFailed(
            tr("Cannot write the edit journal %1: %2").arg(QDir::toNativeSeparators(m_filePath), out.errorString()));
        return false;
    }
    lockFile.unlock();
    // Entries this process still has open stay open: their result line is appended later.
    const QSet<QString> open = m_open;
    m_compacted.unite(sent);
    reload();
    m_open = open;
    return true;
}
