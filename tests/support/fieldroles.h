#pragma once

// What a test reads about one field of a UserModel: its error, dirty flag and loaded value are
// roles of the field's row (as the editor reads them), looked up by the property's name.

#include "models/profile/usermodel.h"

inline QVariant fieldRole(const UserModel *model, const QString &name, int role)
{
    const int row = model->rowOf(name);
    return row < 0 ? QVariant() : model->index(row).data(role);
}

inline QString fieldError(const UserModel *model, const QString &name)
{
    return fieldRole(model, name, UserModel::ErrorRole).toString();
}

inline bool isFieldDirty(const UserModel *model, const QString &name)
{
    return fieldRole(model, name, UserModel::DirtyRole).toBool();
}

inline QVariant loadedValue(const UserModel *model, const QString &name)
{
    return fieldRole(model, name, UserModel::LoadedValueRole);
}
