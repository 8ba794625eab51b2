#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "models/staff/journal.h"

// The edit journal as CSV (RFC 4180) for a spreadsheet or an auditor: UTF-8, CRLF line ends, a
// header row, then one row per changed property (the entry's columns repeated), so that a
// spreadsheet filter on "field" works. Passwords appear as "changed", never with values.
namespace JournalCsv {

// Quotes a field when it holds a comma, a quote, CR or LF (quotes doubled). A cell a spreadsheet
// would run as a formula (=, +, -, @ first, and not a number) is prefixed with an apostrophe:
// reasons and profile values are typed by people, and opening an export must not execute them.
QString field(const QString &text);
QByteArray toCsv(const QList<JournalEntry> &entries);
// Atomic (QSaveFile); false with *errorString set on failure.
bool write(const QString &filePath, const QList<JournalEntry> &entries, QString *errorString);

} // namespace JournalCsv
