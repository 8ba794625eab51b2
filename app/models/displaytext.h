#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QVariant>

// How a stored value reads to a person, in one place for the form, the directory, the journal and
// the conflict dialog: dates with a four-digit year in the locale's order, the time only when it is
// not midnight (a birthday has none), and account states in words instead of the wire's constants.
namespace DisplayText {

// The locale's short date format with the year written out ("M/d/yyyy", "dd.MM.yyyy").
QString dateFormat(const QLocale &locale = QLocale());
// The locale's short time format ("h:mm AP", "HH:mm").
QString timeFormat(const QLocale &locale = QLocale());
// A date and time in local time: "11/30/2026 9:16 AM", or "11/15/1985" at midnight.
QString dateTime(const QDateTime &dateTime);
// Any stored value as one line: dates as dateTime(), booleans as Yes/No, numbers in the locale,
// JSON compact; an empty value is empty.
QString value(const QVariant &value);
// "ENABLED" -> "Enabled"; an unknown state is shown as it is.
QString userStatus(const QString &status);

} // namespace DisplayText
