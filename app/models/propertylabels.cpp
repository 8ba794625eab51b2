#include "propertylabels.h"

QString PropertyLabels::label(const QString &propertyName)
{
    struct Label
    {
        const char *name;
        const char *text;
    };
    static const Label labels[] = {
        { "email", QT_TRANSLATE_NOOP("PropertyLabels", "Email") },
        { "name", QT_TRANSLATE_NOOP("PropertyLabels", "Name") },
        { "address", QT_TRANSLATE_NOOP("PropertyLabels", "Address") },
        { "phone", QT_TRANSLATE_NOOP("PropertyLabels", "Phone") },
        { "age", QT_TRANSLATE_NOOP("PropertyLabels", "Age") },
        { "newsletter", QT_TRANSLATE_NOOP("PropertyLabels", "Newsletter") },
        { "birthday", QT_TRANSLATE_NOOP("PropertyLabels", "Birthday") },
        { "bio", QT_TRANSLATE_NOOP("PropertyLabels", "Bio") },
        { "password", QT_TRANSLATE_NOOP("PropertyLabels", "Password") },
        { "objectId", QT_TRANSLATE_NOOP("PropertyLabels", "Object ID") },
        { "created", QT_TRANSLATE_NOOP("PropertyLabels", "Created") },
        { "updated", QT_TRANSLATE_NOOP("PropertyLabels", "Updated") },
        { "lastLogin", QT_TRANSLATE_NOOP("PropertyLabels", "Last sign-in") },
        { "userStatus", QT_TRANSLATE_NOOP("PropertyLabels", "Status") },
    };
    for (const Label &label : labels) {
        if (propertyName == QLatin1String(label.name))
            return tr(label.text);
    }
    return propertyName; // a custom column: its name is all we know
}
