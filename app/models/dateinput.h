#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// A date as a person types it, read whole (the inverse of DisplayText::dateTime). Typing into
// QDateTimeEdit goes section by section, so "12/25/1990" there became 12/31/2519: a date field reads
// the whole text instead, when the person is done with it, and this is how.
//
// Accepted, in the locale's order of day, month and year (month first in en_US, day first in de,
// fr, es, en_GB):
//   - numbers with any of / . - or a space between them: 12/25/1990, 25.12.1985, 25/12/1985, 25-12-85;
//   - a two-digit year: the year ending so that is at most 10 years from now (90 -> 1990, 05 -> 2005);
//   - digits only: 12251990, 3141990 (when only one reading makes a date), 122590;
//   - the month's name in the locale or in English: 25 December 1985, Dec 25, 1985, 25. Dezember 1985,
//     25 déc. 1985, 25 de diciembre de 1985;
//   - ISO 8601, whatever the locale: 1990-12-25;
//   - a time of day after the date: 12/25/1990 9:16 AM, 25.12.1985 14:30.
// Anything else, and dates that do not exist (2/30/1990), are refused: an invalid QDateTime.
namespace DateInput {

// The date (and time, if typed) in local time; invalid when the text is not a date.
QDateTime parse(const QString &text, const QLocale &locale = QLocale());
// A date written the way parse() reads it back and the form shows it ("12/25/1990", "25.12.1990"),
// for a placeholder and for the message that asks for a date.
QString example(const QLocale &locale = QLocale());

} // namespace DateInput
