#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

// CSV (RFC 4180) cells for spreadsheets and auditors, shared by the journal's and the Directory's
// exports.
namespace Csv {

// Quotes a field when it holds a comma, a quote, CR or LF (quotes doubled). A cell a spreadsheet
// would run as a formula (=, +, -, @, TAB or CR first, and not a number) is prefixed with an
// apostrophe: values are typed by people, and opening an export must not execute them.
QString field(const QString &text);
// A JSON value as a person reads it in a cell: "" for null, true/false, whole numbers without an
// exponent, arrays and objects as compact JSON.
QString valueText(const QJsonValue &value);
// The cells quoted, comma-separated, CRLF-terminated.
QString row(const QStringList &cells);

} // namespace Csv
