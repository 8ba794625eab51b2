#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

// A property that both the user (in the form) and someone else (on the server, since the profile
// was loaded) changed. Values are in the model's representation (QDateTime for DATETIME, qlonglong
// for INT, ...); an invalid QVariant means "no value".
struct Conflict
{
    QString name;
    QVariant loadedValue; // what the form was loaded with
    QVariant serverValue; // what the server holds now
    QVariant editedValue; // what the user typed

    friend bool operator==(const Conflict &a, const Conflict &b)
    {
        return a.name == b.name && a.loadedValue == b.loadedValue && a.serverValue == b.serverValue
            && a.editedValue == b.editedValue;
    }
};

// The user's answer for one conflicting property.
enum class ConflictChoice {
    KeepMine, // send the edited value, overwriting the server's
    TakeServer, // drop the edit; the server's value becomes the loaded value
};

Q_DECLARE_METATYPE(Conflict)
