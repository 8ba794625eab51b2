#pragma once

#include <QCoreApplication>
#include <QString>

// The tr()'d label of a property: known columns (the demo schema's and the system columns)
// get a translated name, a custom column its own name read as words.
class PropertyLabels
{
    Q_DECLARE_TR_FUNCTIONS(PropertyLabels)
public:
    static QString label(const QString &propertyName);
    // "favouriteColour", "favourite_colour" -> "Favourite colour"
    static QString humanized(const QString &propertyName);
};
