#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "models/staff/journal.h"

// The edit journal as CSV (RFC 4180) for a spreadsheet or an auditor: UTF-8, CRLF line ends, a
// header row, then one row per changed property (the entry's columns repeated), so that a
// spreadsheet filter on "field" works. Passwords appear as "changed", never with values.
namespace JournalCsv {

// Csv::field (core/csv.h): quoted as RFC 4180 needs, formulas defused.
QString field(const QString &text);
QByteArray toCsv(const QList<JournalEntry> &entries);
// Atomic (QSaveFile); false with *errorString set on failure.
bool write(const QString &filePath, const QList<JournalEntry> &entries, QString *errorString);

} // namespace JournalCsv
