#pragma once

#include "models/displaytext.h"

#include <QDateTime>
#include <QHeaderView>
#include <QList>
#include <QStringList>

#include <utility>

// Column widths for the staff tables, in characters of the table's font rather than pixels, or as
// wide as the text a column typically holds, and never narrower than the header's own text plus
// the sort indicator: translated headers ("Letzte Anmeldung", "Dernière connexion") are longer
// than the English ones.
namespace TableColumns {

inline int fitsTitle(QHeaderView *header, int column)
{
    const QFontMetrics metrics = header->fontMetrics();
    const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
    return metrics.horizontalAdvance(title) + 4 * metrics.averageCharWidth();
}

inline void setWidths(QHeaderView *header, const QList<std::pair<int, int>> &charactersPerColumn)
{
    const int character = header->fontMetrics().averageCharWidth();
    for (const auto &[column, characters] : charactersPerColumn)
        header->resizeSection(column, qMax(characters * character, fitsTitle(header, column)));
}

// As wide as the widest of `samples` in a cell of `view` (its text and the margins a cell keeps
// around it), and its title.
inline void fitWidest(QAbstractItemView *view, QHeaderView *header, int column, const QStringList &samples)
{
    const QFontMetrics metrics = view->fontMetrics();
    const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    int widest = 0;
    for (const QString &sample : samples)
        widest = qMax(widest, metrics.horizontalAdvance(sample) + margins);
    header->resizeSection(column, qMax(widest, fitsTitle(header, column)));
}

// A date and time as the tables show them (DisplayText::dateTime, in the locale's own format), in
// each month of the year, with two-digit days and hours, morning and evening (10:58 AM is wider
// than 8:58 PM): what a date column must hold whole.
inline QStringList dateTimeSamples()
{
    QStringList samples;
    for (int month = 1; month <= 12; ++month) {
        for (int hour : {10, 22})
            samples << DisplayText::dateTime(QDateTime(QDate(2028, month, 28), QTime(hour, 58, 58)));
    }
    return samples;
}

} // namespace TableColumns
