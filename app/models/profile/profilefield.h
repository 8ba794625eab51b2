#pragma once

#include <QString>
#include <QVariant>

#include "core/userschema.h"

// One row of a profile's form, as UserModel keeps it: the property's definition, the value the
// server gave, the person's edit and the two kinds of error. The save reads these (conflicts, where
// an error goes); only UserModel changes them.
struct ProfileField
{
    PropertyDef def;
    QVariant loaded;
    QVariant edited; // meaningful when hasEdit
    bool hasEdit = false;
    bool system = false; // UserProperties::isSystem
    bool added = false; // a new dynamic property, not yet on the server
    QString localError; // from PropertyValue::check
    QString serverError; // from the last failed save (ErrorCatalog)

    QVariant current() const { return hasEdit ? edited : loaded; }
    QString error() const { return localError.isEmpty() ? serverError : localError; }
    void dropEdit()
    {
        hasEdit = false;
        edited.clear();
        localError.clear();
        serverError.clear();
    }
};
