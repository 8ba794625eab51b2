#include "models/staff/journal.h"

#include "core/csv.h"
#include "core/userproperties.h"
#include "models/propertylabels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStandardPaths>
#include <QUuid>

#include <cmath>

namespace {

const QLatin1String TypeKey("type");
const QLatin1String AttemptType("attempt");
const QLatin1String ResultType("result");
const QLatin1String SentType("sent");
constexpr int LockWaitMs = 5000;

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/journal.jsonl");
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(double(time.toMSecsSinceEpoch())) : QJsonValue();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC) : QDateTime();
}

JournalChange sanitized(JournalChange change)
{
    if (change.secret || UserProperties::isSecret(change.field)) {
        change.secret = true;
        change.oldValue = QJsonValue(QJsonValue::Undefined);
        change.newValue = QJsonValue(QJsonValue::Undefined);
    }
    // A file URL carries the REST API key (…/{appId}/{key}/files/…): never in an entry.
    change.oldValue = UserProperties::redactApiKeys(change.oldValue);
    change.newValue = UserProperties::redactApiKeys(change.newValue);
    return change;
}

} // namespace

// ---- JournalChange ----

QString JournalChange::valueText(const QJsonValue &value)
{
    return Csv::valueText(value);
}

bool JournalChange::operator==(const JournalChange &other) const
{
    return field == other.field && oldValue == other.oldValue && newValue == other.newValue && secret == other.secret;
}

// ---- JournalEntry ----

QString JournalEntry::resultName(Result result)
{
    switch (result) {
    case Result::Pending:
        return QStringLiteral("pending");
    case Result::Saved:
        return QStringLiteral("saved");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

JournalEntry::Result JournalEntry::resultFromName(const QString &name, bool *ok)
{
    for (Result result : {Result::Pending, Result::Saved, Result::Failed, Result::Cancelled}) {
        if (resultName(result) == name) {
            if (ok)
                *ok = true;
            return result;
        }
    }
    if (ok)
        *ok = false;
    return Result::Pending;
}

QString JournalEntry::resultText() const
{
    switch (result) {
    case Result::Pending:
        return tr("No answer recorded");
    case Result::Saved:
        return tr("Saved");
    case Result::Cancelled:
        return tr("Cancelled while sending (may have been applied)");
    case Result::Failed:
        if (errorCode != 0)
            return tr("Failed: %1 (code %2)").arg(errorText).arg(errorCode);
        return tr("Failed: %1").arg(errorText);
    }
    return QString();
}

QString JournalEntry::changesText() const
{
    QStringList parts;
    for (const JournalChange &change : changes) {
        if (change.secret) {
            parts << tr("%1: changed").arg(PropertyLabels::label(change.field));
            continue;
        }
        const QString before =
            change.oldValue.isUndefined() ? QStringLiteral("?") : JournalChange::valueText(change.oldValue);
        parts << tr("%1: “%2” → “%3”")
                     .arg(PropertyLabels::label(change.field), before, JournalChange::valueText(change.newValue));
    }
    return parts.join(QLatin1String("; "));
}

QJsonObject JournalEntry::toJson() const
{
    QJsonArray changeArray;
    for (const JournalChange &raw : changes) {
        const JournalChange change = sanitized(raw);
        QJsonObject object{{QStringLiteral("field"), change.field}};
        if (change.secret) {
            object.insert(QStringLiteral("secret"), true);
        } else {
            if (!change.oldValue.isUndefined())
                object.insert(QStringLiteral("old"), change.oldValue);
            object.insert(QStringLiteral("new"), change.newValue.isUndefined() ? QJsonValue() : change.newValue);
        }
        changeArray.append(object);
    }
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("when"), timeJson(when)},
        {QStringLiteral("staff"), staff},
        {QStringLiteral("server"), server},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("userIdentity"), userIdentity},
        {QStringLiteral("changes"), changeArray},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("result"), resultName(result)},
    };
    if (errorCode != 0)
        json.insert(QStringLiteral("errorCode"), errorCode);
    if (!errorText.isEmpty())
        json.insert(QStringLiteral("errorText"), errorText);
    if (finished.isValid())
        json.insert(QStringLiteral("finished"), timeJson(finished));
    return json;
}

JournalEntry JournalEntry::fromJson(const QJsonObject &json, bool *ok)
{
    JournalEntry entry;
    entry.id = json.value(QStringLiteral("id")).toString();
    entry.when = timeFromJson(json.value(QStringLiteral("when")));
    entry.staff = json.value(QStringLiteral("staff")).toString();
    entry.server = json.value(QStringLiteral("server")).toString();
    entry.userId = json.value(QStringLiteral("userId")).toString();
    entry.userIdentity = json.value(QStringLiteral("userIdentity")).toString();
    entry.reason = json.value(QStringLiteral("reason")).toString();
    bool knownResult = false;
    entry.result = resultFromName(json.value(QStringLiteral("result")).toString(), &knownResult);
    entry.errorCode = json.value(QStringLiteral("errorCode")).toInt();
    entry.errorText = json.value(QStringLiteral("errorText")).toString();
    entry.finished = timeFromJson(json.value(QStringLiteral("finished")));
    const QJsonArray changeArray = json.value(QStringLiteral("changes")).toArray();
    for (const QJsonValue &value : changeArray) {
        const QJsonObject object = value.toObject();
        JournalChange change;
        change.field = object.value(QStringLiteral("field")).toString();
        change.secret = object.value(QStringLiteral("secret")).toBool();
        change.oldValue = object.value(QStringLiteral("old"));
        change.newValue = object.value(QStringLiteral("new"));
        entry.changes.append(sanitized(change));
    }
    if (ok)
        *ok = knownResult && !entry.id.isEmpty() && entry.when.isValid() && !entry.userId.isEmpty();
    return entry;
}

QJsonObject JournalEntry::toServerJson() const
{
    QJsonObject json = toJson();
    json.remove(QStringLiteral("server"));
    json.insert(QStringLiteral("entryId"), json.take(QStringLiteral("id")));
    json.insert(QStringLiteral("at"), json.take(QStringLiteral("when")));
    if (!json.contains(QStringLiteral("finished")))
        json.insert(QStringLiteral("finished"), QJsonValue());
    return json;
}

JournalEntry JournalEntry::fromServerJson(const QJsonObject &row, bool *ok)
{
    QJsonObject json = row;
    json.insert(QStringLiteral("id"), row.value(QStringLiteral("entryId")));
    json.insert(QStringLiteral("when"), row.value(QStringLiteral("at")));
    json.insert(QStringLiteral("server"), QString());
    return fromJson(json, ok);
}

bool JournalEntry::operator==(const JournalEntry &other) const
{
    return id == other.id && when == other.when && staff == other.staff && server == other.server
        && userId == other.userId && userIdentity == other.userIdentity && changes == other.changes
        && reason == other.reason && result == other.result && errorCode == other.errorCode
        && errorText == other.errorText && finished == other.finished;
}

// ---- Journal ----

Journal::Journal(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath.isEmpty() ? defaultPath() : filePath)
{
    reload();
}

Journal::~Journal() = default;

void Journal::reload()
{
    m_entries.clear();
    m_sent.clear();
    m_skipped = 0;
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            const QJsonObject object = document.object();
            const QString type = object.value(TypeKey).toString();
            bool ok = parseError.error == QJsonParseError::NoError && document.isObject();
            if (ok && type == AttemptType) {
                const JournalEntry entry = JournalEntry::fromJson(object, &ok);
                if (ok)
                    m_entries.append(entry);
            } else if (ok && type == ResultType) {
                const int i = indexOf(object.value(QStringLiteral("id")).toString());
                const JournalEntry result = JournalEntry::fromJson(object);
                ok = i >= 0;
                if (ok) {
                    JournalEntry &entry = m_entries[i];
                    entry.result = result.result;
                    entry.errorCode = result.errorCode;
                    entry.errorText = result.errorText;
                    entry.finished = result.finished;
                }
            } else if (ok && type == SentType) {
                const QString id = object.value(QStringLiteral("id")).toString();
                ok = indexOf(id) >= 0;
                if (ok)
                    m_sent.insert(id);
            } else {
                ok = false;
            }
            if (!ok)
                ++m_skipped;
        }
    }
    Q_EMIT reloaded();
}

int Journal::indexOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

bool Journal::lock(QLockFile *lockFile)
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        Q_EMIT writeFailed(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    // Held for one append or one compaction: a few milliseconds. A holder that died leaves a stale
    // lock, which QLockFile takes over (its process is gone).
    if (!lockFile->tryLock(LockWaitMs)) {
        Q_EMIT writeFailed(tr("Cannot write the edit journal %1: another program holds it.")
                               .arg(QDir::toNativeSeparators(m_filePath)));
        return false;
    }
    return true;
}

bool Journal::append(const QJsonObject &line)
{
    QLockFile lockFile(m_filePath + QLatin1String(".lock"));
    if (!lock(&lockFile))
        return false;
    QFile file(m_filePath);
    // Append, not QSaveFile: a journal grows line by line, and rewriting it whole for every save
    // would put every earlier line at risk for the sake of one new one.
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (endsInsideALine())
        bytes.prepend('\n'); // after a torn write, so that this line is not glued to the broken one
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(bytes) != bytes.size() || !file.flush()) {
        Q_EMIT writeFailed(
            tr("Cannot write the edit journal %1: %2").arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
        return false;
    }
    return true;
}

bool Journal::endsInsideALine() const
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0 || !file.seek(file.size() - 1))
        return false;
    char last = '\n';
    return file.getChar(&last) && last != '\n';
}

QString Journal::begin(JournalEntry entry)
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.when.isValid())
        entry.when = QDateTime::currentDateTimeUtc();
    entry.result = JournalEntry::Result::Pending;
    entry.errorCode = 0;
    entry.errorText.clear();
    entry.finished = QDateTime();
    for (JournalChange &change : entry.changes)
        change = sanitized(change);
    QJsonObject line = entry.toJson();
    line.insert(TypeKey, AttemptType);
    if (!append(line))
        return QString();
    m_entries.append(entry);
    m_open.insert(entry.id);
    Q_EMIT entryAdded(int(m_entries.size()) - 1);
    return entry.id;
}

bool Journal::finish(const QString &id, JournalEntry::Result result, const Error &error)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    JournalEntry &entry = m_entries[i];
    entry.result = result;
    entry.finished = QDateTime::currentDateTimeUtc();
    if (result == JournalEntry::Result::Failed) {
        entry.errorCode = error.kind == Error::Kind::Server ? error.code : 0;
        entry.errorText = error.message.isEmpty() ? error.displayText() : error.message;
    }
    QJsonObject line{
        {TypeKey, ResultType},
        {QStringLiteral("id"), id},
        {QStringLiteral("result"), JournalEntry::resultName(result)},
        {QStringLiteral("finished"), timeJson(entry.finished)},
    };
    if (entry.errorCode != 0)
        line.insert(QStringLiteral("errorCode"), entry.errorCode);
    if (!entry.errorText.isEmpty())
        line.insert(QStringLiteral("errorText"), entry.errorText);
    const bool written = append(line);
    m_open.remove(id);
    Q_EMIT entryChanged(i);
    return written;
}

bool Journal::markSent(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0 || m_sent.contains(id))
        return false;
    // Acknowledged in memory even when the line cannot be written: this process sends it no more,
    // and the next one finds it on the server before sending (JournalOutbox's check).
    m_sent.insert(id);
    const bool written = append(QJsonObject{{TypeKey, SentType}, {QStringLiteral("id"), id}});
    Q_EMIT entryChanged(i);
    Q_EMIT entrySent(id);
    return written;
}

QList<JournalEntry> Journal::unsent(const QString &server, bool readyOnly) const
{
    QList<JournalEntry> list;
    for (const JournalEntry &entry : m_entries) {
        if (entry.server == server && !m_sent.contains(entry.id) && !(readyOnly && m_open.contains(entry.id)))
            list.append(entry);
    }
    return list;
}
