#include "models/dateinput.h"

#include "models/displaytext.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace {

// The order of day, month and year in the locale's short date format: "MDY", "DMY" or "YMD".
QString fieldOrder(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    QList<std::pair<qsizetype, QChar>> at = {{format.indexOf(QLatin1Char('d')), QLatin1Char('D')},
                                             {format.indexOf(QLatin1Char('M')), QLatin1Char('M')},
                                             {format.indexOf(QLatin1Char('y')), QLatin1Char('Y')}};
    for (const auto &field : std::as_const(at)) {
        if (field.first < 0)
            return QStringLiteral("DMY");
    }
    std::sort(at.begin(), at.end());
    return QString(at.at(0).second) + at.at(1).second + at.at(2).second;
}

// A two-digit year: the one with those last digits that is at most 10 years from now.
int fullYear(int twoDigits)
{
    const int now = QDate::currentDate().year();
    int year = now - now % 100 + twoDigits;
    if (year > now + 10)
        year -= 100;
    return year;
}

int yearOf(const QString &digits)
{
    return digits.size() == 2 ? fullYear(digits.toInt()) : digits.toInt();
}

// Lower case without accents, without a trailing dot: "Déc." -> "dec".
QString folded(const QString &word)
{
    QString out;
    for (const QChar c : word.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing && c != QLatin1Char('.'))
            out += c.toLower();
    }
    return out;
}

// 1..12 for a month's name (long or short, in the locale or in English), 0 otherwise.
int monthNumber(const QString &word, const QLocale &locale)
{
    const QString wanted = folded(word);
    if (wanted.isEmpty())
        return 0;
    for (const QLocale &in : {locale, QLocale::c()}) {
        for (int month = 1; month <= 12; ++month) {
            for (const QLocale::FormatType type : {QLocale::LongFormat, QLocale::ShortFormat}) {
                if (folded(in.monthName(month, type)) == wanted
                    || folded(in.standaloneMonthName(month, type)) == wanted)
                    return month;
            }
        }
    }
    return 0;
}

QDate makeDate(const QString &order, const QStringList &parts)
{
    int day = 0, month = 0, year = 0;
    for (int i = 0; i < 3; ++i) {
        const QString &part = parts.at(i);
        switch (order.at(i).unicode()) {
        case 'D':
            day = part.size() <= 2 ? part.toInt() : 0;
            break;
        case 'M':
            month = part.size() <= 2 ? part.toInt() : 0;
            break;
        default:
            year = part.size() == 2 || part.size() == 4 ? yearOf(part) : 0;
            break;
        }
    }
    return year > 0 ? QDate(year, month, day) : QDate();
}

// Digits typed without separators, in the locale's order: 8 digits are 2+2+4, 6 are 2+2+2, and 5 or 7
// (a day or month of one digit, a four-digit year) count only when one way of reading them makes a date.
QDate fromDigits(const QString &digits, const QString &order)
{
    const auto split = [&](qsizetype dayLength, qsizetype monthLength) {
        const qsizetype yearLength = digits.size() - dayLength - monthLength;
        QStringList parts;
        qsizetype pos = 0;
        for (const QChar field : order) {
            const qsizetype length = field == QLatin1Char('D') ? dayLength
                : field == QLatin1Char('M')                    ? monthLength
                                                               : yearLength;
            parts << digits.mid(pos, length);
            pos += length;
        }
        return makeDate(order, parts);
    };
    switch (digits.size()) {
    case 8: {
        const QDate date = split(2, 2);
        return date.isValid() ? date : QDate::fromString(digits, QStringLiteral("yyyyMMdd"));
    }
    case 6:
        return split(2, 2);
    case 5:
        return split(1, 1);
    case 7: {
        const QDate a = split(1, 2);
        const QDate b = split(2, 1);
        if (a.isValid() != b.isValid())
            return a.isValid() ? a : b;
        return QDate();
    }
    default:
        return QDate();
    }
}

// Words that join a date's parts in some languages ("25 de diciembre de 1985", "the 25th of").
bool isFiller(const QString &word)
{
    static const QStringList fillers = {QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("of"),
                                        QStringLiteral("the")};
    return fillers.contains(word.toLower());
}

QDate parseDate(const QString &text, const QLocale &locale)
{
    static const QRegularExpression separators(QStringLiteral("[\\s/.\\-,]+"));
    static const QRegularExpression ordinal(QStringLiteral("^(\\d{1,2})(st|nd|rd|th|er|º|°)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList numbers;
    int month = 0;
    for (QString token : text.split(separators, Qt::SkipEmptyParts)) {
        if (const QRegularExpressionMatch m = ordinal.match(token); m.hasMatch())
            token = m.captured(1);
        bool isNumber = false;
        token.toUInt(&isNumber);
        if (isNumber) {
            numbers << token;
        } else if (const int named = monthNumber(token, locale); named > 0 && month == 0) {
            month = named;
        } else if (!isFiller(token)) {
            return QDate();
        }
    }
    const QString order = fieldOrder(locale);
    if (month > 0) {
        // A named month: the other two are the day and the year (the year first only when it has
        // four digits there: "1985 December 25").
        if (numbers.size() != 2)
            return QDate();
        const bool yearFirst = numbers.at(0).size() == 4;
        const QString day = numbers.at(yearFirst ? 1 : 0);
        const QString year = numbers.at(yearFirst ? 0 : 1);
        if (day.size() > 2 || (year.size() != 2 && year.size() != 4))
            return QDate();
        return QDate(yearOf(year), month, day.toInt());
    }
    if (numbers.size() == 1)
        return fromDigits(numbers.at(0), order);
    if (numbers.size() != 3)
        return QDate();
    // ISO 8601 whatever the locale: a four-digit year first.
    if (numbers.at(0).size() == 4)
        return makeDate(QStringLiteral("YMD"), numbers);
    return makeDate(order, numbers);
}

// A time of day at the end of the text ("9:16 AM", "14:30", "14h30"), taken off the text.
std::optional<QTime> takeTime(QString *text, const QLocale &locale)
{
    static const QRegularExpression timeAtEnd(
        QStringLiteral("\\s+(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?:\\s*([^\\d\\s:]+(?:\\s*[^\\d\\s:]+)?))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = timeAtEnd.match(*text);
    if (!m.hasMatch())
        return QTime(0, 0);
    int hour = m.captured(1).toInt();
    const QString suffix = folded(m.captured(4)).remove(QLatin1Char(' '));
    if (!suffix.isEmpty()) {
        const bool am = suffix == folded(locale.amText()).remove(QLatin1Char(' ')) || suffix == QLatin1String("am");
        const bool pm = suffix == folded(locale.pmText()).remove(QLatin1Char(' ')) || suffix == QLatin1String("pm");
        if ((!am && !pm) || hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    const QTime time(hour, m.captured(2).toInt(), m.captured(3).toInt());
    if (!time.isValid())
        return std::nullopt;
    text->truncate(m.capturedStart(0));
    return time;
}

} // namespace

namespace DateInput {

QDateTime parse(const QString &text, const QLocale &locale)
{
    QString rest = text.simplified();
    if (rest.isEmpty())
        return {};
    const std::optional<QTime> time = takeTime(&rest, locale);
    if (!time)
        return {};
    const QDate date = parseDate(rest, locale);
    if (!date.isValid())
        return {};
    return QDateTime(date, *time);
}

QString example(const QLocale &locale)
{
    return locale.toString(QDate(1990, 12, 25), DisplayText::dateFormat(locale));
}

} // namespace DateInput
