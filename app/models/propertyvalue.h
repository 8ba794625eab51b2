#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include "core/userschema.h"

// Conversions and local checks for one property value, by schema type. The model holds values
// in their natural Qt type (QString, qlonglong, double, bool, QDateTime in UTC); the wire holds
// JSON (DATETIME as epoch milliseconds). An invalid QVariant means "no value" (JSON null).
class PropertyValue
{
    Q_DECLARE_TR_FUNCTIONS(PropertyValue)
public:
    struct Checked
    {
        QVariant value; // normalised (e.g. "42" -> 42 for INT); the raw input when it did not parse
        QString error; // tr()'d; empty when the value is acceptable
        bool isValid() const { return error.isEmpty(); }
    };

    // JSON value of a server user -> model value.
    static QVariant fromWire(const PropertyDef &def, const QVariant &wire);
    // Model value -> JSON-ready value for an update body.
    static QVariant toWire(const PropertyDef &def, const QVariant &value);

    // Parses user input (a string from a line edit, or an already typed value) and checks it
    // the way the server would: required, type and range, customRegex (anchored, whole value). A
    // DATETIME typed as text is read by DateInput in the current locale; a birth date is checked
    // for plausibility (isBirthDate).
    static Checked check(const PropertyDef &def, const QVariant &input);

    // A DATETIME that holds a date of birth ("birthday", "birthDate", "date_of_birth", "dob"): check()
    // refuses one in the future or more than MaxAgeYears ago, which is a mistyped year.
    static bool isBirthDate(const QString &name);
    static constexpr int MaxAgeYears = 150;

    // No value: invalid, null, or an empty string (a line edit cannot tell "" from "not set",
    // so both mean "not set" and are sent as null).
    static bool isEmpty(const QVariant &value);
    // Equality after normalisation (1 == 1.0 for numbers, equal instants for DATETIME).
    static bool same(const PropertyDef &def, const QVariant &a, const QVariant &b);
    // Text for DisplayRole (DATETIME in local time).
    static QString display(const PropertyDef &def, const QVariant &value);
    // What a customRegex asks for, in words where it can be ("Only these characters are allowed
    // here: 0 to 9, space, +, -."), for the message under a field that does not match.
    static QString formatRule(const QString &pattern);

    // For a property added by the user (no schema yet): infer a type from the input.
    static PropertyDef inferDefinition(const QString &name, const QVariant &value);
};
