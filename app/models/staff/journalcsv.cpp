#include "models/staff/journalcsv.h"

#include "core/csv.h"

#include <QSaveFile>

namespace JournalCsv {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString row(const QStringList &cells)
{
    return Csv::row(cells);
}

} // namespace

QString field(const QString &text)
{
    return Csv::field(text);
}

QByteArray toCsv(const QList<JournalEntry> &entries)
{
    // Column names are a file format, not UI text: they stay English in every language.
    QString csv = row({QStringLiteral("when"), QStringLiteral("staff"), QStringLiteral("server"),
                       QStringLiteral("user_id"), QStringLiteral("user_email"), QStringLiteral("field"),
                       QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("reason"), QStringLiteral("result"),
                       QStringLiteral("error_code"), QStringLiteral("error")});
    for (const JournalEntry &entry : entries) {
        const QStringList head{timeText(entry.when), entry.staff, entry.server, entry.userId, entry.userIdentity};
        const QStringList tail{entry.reason, JournalEntry::resultName(entry.result),
                               entry.errorCode ? QString::number(entry.errorCode) : QString(), entry.errorText};
        QList<JournalChange> changes = entry.changes;
        if (changes.isEmpty())
            changes.append(JournalChange()); // the attempt is still one row
        for (const JournalChange &change : std::as_const(changes)) {
            QStringList cells = head;
            cells << change.field;
            if (change.secret)
                cells << QString() << QStringLiteral("changed");
            else
                cells << JournalChange::valueText(change.oldValue) << JournalChange::valueText(change.newValue);
            cells << tail;
            csv += row(cells);
        }
    }
    return csv.toUtf8();
}

bool write(const QString &filePath, const QList<JournalEntry> &entries, QString *errorString)
{
    QSaveFile file(filePath);
    const QByteArray bytes = toCsv(entries);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    return true;
}

} // namespace JournalCsv
