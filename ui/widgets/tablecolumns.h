#pragma once

#include <QHeaderView>
#include <QList>

#include <utility>

// Column widths for the staff tables, in characters of the table's font rather than pixels, and
// never narrower than the header's own text plus the sort indicator: translated headers
// ("Letzte Anmeldung", "Dernière connexion") are longer than the English ones.
namespace TableColumns {

inline void setWidths(QHeaderView *header, const QList<std::pair<int, int>> &charactersPerColumn)
{
    const QFontMetrics metrics = header->fontMetrics();
    const int character = metrics.averageCharWidth();
    for (const auto &[column, characters] : charactersPerColumn) {
        const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
        const int fitsTitle = metrics.horizontalAdvance(title) + 4 * character;
        header->resizeSection(column, qMax(characters * character, fitsTitle));
    }
}

} // namespace TableColumns
