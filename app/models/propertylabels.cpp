#include "models/propertylabels.h"

QString PropertyLabels::label(const QString &propertyName)
{
    struct Label
    {
        const char *name;
        const char *text;
    };
    static const Label labels[] = {
        {"email", QT_TRANSLATE_NOOP("PropertyLabels", "Email")},
        {"name", QT_TRANSLATE_NOOP("PropertyLabels", "Name")},
        {"address", QT_TRANSLATE_NOOP("PropertyLabels", "Address")},
        {"phone", QT_TRANSLATE_NOOP("PropertyLabels", "Phone")},
        {"age", QT_TRANSLATE_NOOP("PropertyLabels", "Age")},
        {"newsletter", QT_TRANSLATE_NOOP("PropertyLabels", "Newsletter")},
        {"birthday", QT_TRANSLATE_NOOP("PropertyLabels", "Birthday")},
        {"bio", QT_TRANSLATE_NOOP("PropertyLabels", "Bio")},
        {"password", QT_TRANSLATE_NOOP("PropertyLabels", "Password")},
        {"objectId", QT_TRANSLATE_NOOP("PropertyLabels", "Object ID")},
        {"created", QT_TRANSLATE_NOOP("PropertyLabels", "Created")},
        {"updated", QT_TRANSLATE_NOOP("PropertyLabels", "Updated")},
        {"lastLogin", QT_TRANSLATE_NOOP("PropertyLabels", "Last sign-in")},
        {"userStatus", QT_TRANSLATE_NOOP("PropertyLabels", "Status")},
        // Staff account actions, as the reason dialog and the journal name them (issue 21).
        {"roles", QT_TRANSLATE_NOOP("PropertyLabels", "Roles")},
        {"passwordResetEmail", QT_TRANSLATE_NOOP("PropertyLabels", "Password reset email")},
        {"confirmationEmail", QT_TRANSLATE_NOOP("PropertyLabels", "Confirmation email")},
    };
    for (const Label &label : labels) {
        if (propertyName == QLatin1String(label.name))
            return tr(label.text);
    }
    return humanized(propertyName);
}

QString PropertyLabels::humanized(const QString &propertyName)
{
    // A custom column has no label in the schema: its name, read as words ("favouriteColour",
    // "favourite_colour" -> "Favourite colour"), is the best a person gets.
    QString words;
    for (qsizetype i = 0; i < propertyName.size(); ++i) {
        const QChar c = propertyName.at(i);
        if (c == QLatin1Char('_') || c == QLatin1Char('-')) {
            if (!words.isEmpty() && !words.endsWith(QLatin1Char(' ')))
                words += QLatin1Char(' ');
            continue;
        }
        const bool wordStart = c.isUpper() && i > 0 && propertyName.at(i - 1).isLower();
        if (wordStart && !words.endsWith(QLatin1Char(' ')))
            words += QLatin1Char(' ');
        words += words.isEmpty() ? c.toUpper() : (wordStart ? c.toLower() : c);
    }
    return words.trimmed().isEmpty() ? propertyName : words.trimmed();
}
