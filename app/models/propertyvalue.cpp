#include "models/propertyvalue.h"

#include "models/dateinput.h"
#include "models/displaytext.h"

#include "core/user.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace {

// Backendless INT columns are 32-bit signed.
constexpr qint64 IntMin = std::numeric_limits<qint32>::min();
constexpr qint64 IntMax = std::numeric_limits<qint32>::max();

bool isNumber(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool isText(const QVariant &v)
{
    return v.metaType().id() == QMetaType::QString;
}

PropertyValue::Checked fail(const QVariant &raw, const QString &error)
{
    return {raw, error};
}

} // namespace

bool PropertyValue::isEmpty(const QVariant &value)
{
    // Qt 6's QVariant::isNull() no longer looks inside: an invalid QDateTime is "not set" too.
    if (value.metaType().id() == QMetaType::QDateTime)
        return !value.toDateTime().isValid();
    return !value.isValid() || value.isNull() || (isText(value) && value.toString().isEmpty());
}

QVariant PropertyValue::fromWire(const PropertyDef &def, const QVariant &wire)
{
    if (isEmpty(wire))
        return {};
    switch (def.type) {
    case PropertyDef::Type::DateTime: {
        const QDateTime dt = User::toDateTime(wire);
        return dt.isValid() ? QVariant(dt) : wire;
    }
    case PropertyDef::Type::Int:
        return isNumber(wire) ? QVariant(wire.toLongLong()) : wire;
    case PropertyDef::Type::Double:
        return isNumber(wire) ? QVariant(wire.toDouble()) : wire;
    default:
        return wire;
    }
}

QVariant PropertyValue::toWire(const PropertyDef &def, const QVariant &value)
{
    if (isEmpty(value))
        return {};
    if (def.type == PropertyDef::Type::DateTime && value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toMSecsSinceEpoch();
    return value;
}

PropertyValue::Checked PropertyValue::check(const PropertyDef &def, const QVariant &input)
{
    if (isEmpty(input)) {
        if (def.required)
            return fail(QVariant(), tr("This field is required."));
        return {};
    }

    QVariant value = input;
    if (isText(input) && def.type == PropertyDef::Type::DateTime) {
        // A date as the person typed it, in the locale's order (or ISO); never a guess: what does
        // not read as one date is refused and kept as typed.
        const QString text = input.toString().trimmed();
        QDateTime typed = DateInput::parse(text);
        if (!typed.isValid() && text.contains(QLatin1Char('T')))
            typed = def.parseText(text).toDateTime(); // an ISO date-time, as a draft or the CLI writes it
        if (!typed.isValid())
            return fail(input, tr("Enter a date such as %1.").arg(DateInput::example()));
        value = typed;
    } else if (isText(input) && def.type != PropertyDef::Type::String && def.type != PropertyDef::Type::Text) {
        QString error;
        value = def.parseText(input.toString().trimmed(), &error);
        if (!error.isEmpty() || !value.isValid())
            return fail(input, error.isEmpty() ? tr("This value is not valid here.") : error);
    }

    switch (def.type) {
    case PropertyDef::Type::Int: {
        if (!isNumber(value))
            return fail(input, tr("Enter a whole number."));
        const double d = value.toDouble();
        if (std::floor(d) != d)
            return fail(input, tr("Enter a whole number."));
        const qint64 n = value.toLongLong();
        if (n < IntMin || n > IntMax)
            return fail(input,
                        tr("Enter a whole number between %1 and %2.")
                            .arg(QLocale().toString(IntMin), QLocale().toString(IntMax)));
        return {n, {}};
    }
    case PropertyDef::Type::Double: {
        if (!isNumber(value))
            return fail(input, tr("Enter a number."));
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return fail(input, tr("Enter a finite number."));
        return {d, {}};
    }
    case PropertyDef::Type::Boolean:
        if (value.metaType().id() != QMetaType::Bool)
            return fail(input, tr("Choose yes or no."));
        return {value, {}};
    case PropertyDef::Type::DateTime: {
        // Numbers are epoch milliseconds, as on the wire and in drafts.
        const QDateTime dt =
            value.metaType().id() == QMetaType::QDateTime ? value.toDateTime() : User::toDateTime(value);
        if (!dt.isValid())
            return fail(input, tr("Enter a date such as %1.").arg(DateInput::example()));
        if (isBirthDate(def.name)) {
            // The year is the part most easily mistyped; an impossible birthday is asked about
            // rather than stored.
            const QDate date = dt.toLocalTime().date();
            const QDate today = QDate::currentDate();
            if (date > today)
                return fail(input,
                            tr("%1 is in the future: check the year of this birthday.").arg(DisplayText::dateTime(dt)));
            if (date < today.addYears(-MaxAgeYears))
                return fail(input,
                            tr("%1 is more than %2 years ago: check the year of this birthday.")
                                .arg(DisplayText::dateTime(dt))
                                .arg(MaxAgeYears));
        }
        return {dt.toUTC(), {}};
    }
    case PropertyDef::Type::String:
    case PropertyDef::Type::Text: {
        const QString text = value.toString();
        if (!def.customRegex.isEmpty()) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(def.customRegex));
            // An invalid pattern is the server's to judge; the form does not block on it.
            if (re.isValid() && !re.match(text).hasMatch())
                return fail(input, formatRule(def.customRegex));
        }
        return {text, {}};
    }
    default:
        return {value, {}};
    }
}

bool PropertyValue::isBirthDate(const QString &name)
{
    static const QStringList names = {QStringLiteral("birthday"), QStringLiteral("birthdate"),
                                      QStringLiteral("dateofbirth"), QStringLiteral("dob")};
    return names.contains(name.toLower().remove(QLatin1Char('_')));
}

bool PropertyValue::same(const PropertyDef &def, const QVariant &a, const QVariant &b)
{
    const bool aEmpty = isEmpty(a);
    const bool bEmpty = isEmpty(b);
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    switch (def.type) {
    case PropertyDef::Type::DateTime:
        if (a.metaType().id() == QMetaType::QDateTime && b.metaType().id() == QMetaType::QDateTime)
            return a.toDateTime().toMSecsSinceEpoch() == b.toDateTime().toMSecsSinceEpoch();
        break;
    case PropertyDef::Type::Int:
    case PropertyDef::Type::Double:
        if (isNumber(a) && isNumber(b))
            return a.toDouble() == b.toDouble();
        break;
    default:
        break;
    }
    return a.metaType() == b.metaType() && a == b;
}

QString PropertyValue::formatRule(const QString &pattern)
{
    // The app's schema gives a regular expression, which a person does not read. The common
    // "only these characters" form ([0-9 +\-]*) is put in words; anything else is quoted.
    static const QRegularExpression charClass(QStringLiteral("^\\[([^\\]\\^]+)\\][*+]$"));
    const QRegularExpressionMatch match = charClass.match(pattern);
    if (!match.hasMatch())
        return tr("This value does not have the format the app requires (pattern %1).").arg(pattern);
    const QString set = match.captured(1);
    QStringList parts;
    for (qsizetype i = 0; i < set.size(); ++i) {
        QChar c = set.at(i);
        if (c == QLatin1Char('\\') && i + 1 < set.size()) {
            c = set.at(++i);
        } else if (i + 2 < set.size() && set.at(i + 1) == QLatin1Char('-')) {
            parts << tr("%1 to %2").arg(c).arg(set.at(i + 2));
            i += 2;
            continue;
        }
        parts << (c == QLatin1Char(' ') ? tr("space") : QString(c));
    }
    return tr("Only these characters are allowed here: %1.").arg(parts.join(QLatin1String(", ")));
}

QString PropertyValue::display(const PropertyDef &def, const QVariant &value)
{
    if (isEmpty(value))
        return {};
    if (def.name == QLatin1String("userStatus"))
        return DisplayText::userStatus(value.toString());
    return DisplayText::value(value);
}

PropertyDef PropertyValue::inferDefinition(const QString &name, const QVariant &value)
{
    PropertyDef def;
    def.name = name;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        def.type = PropertyDef::Type::Boolean;
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        def.type = PropertyDef::Type::Int;
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        // JSON has one number type: an integral double read back from a draft is an INT.
        def.type =
            std::floor(value.toDouble()) == value.toDouble() ? PropertyDef::Type::Int : PropertyDef::Type::Double;
        break;
    case QMetaType::QDateTime:
        def.type = PropertyDef::Type::DateTime;
        break;
    default:
        def.type = PropertyDef::Type::String;
        break;
    }
    switch (def.type) {
    case PropertyDef::Type::Boolean:
        def.typeName = QStringLiteral("BOOLEAN");
        break;
    case PropertyDef::Type::Int:
        def.typeName = QStringLiteral("INT");
        break;
    case PropertyDef::Type::Double:
        def.typeName = QStringLiteral("DOUBLE");
        break;
    case PropertyDef::Type::DateTime:
        def.typeName = QStringLiteral("DATETIME");
        break;
    default:
        def.typeName = QStringLiteral("STRING");
        break;
    }
    return def;
}
