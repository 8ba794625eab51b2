#include "cli/clioutput.h"

#include "core/userproperties.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Characters that change how a terminal shows what follows them without being seen themselves:
// bidi overrides and other format characters (U+202E turns the rest of a line around), and the
// line and paragraph separators U+2028/U+2029 (issue 25).
bool isInvisibleLayout(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Format || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph;
}

QString heading(const char *text)
{
    return QCoreApplication::translate("CliOutput", text);
}

QString json(const QJsonDocument &document)
{
    // JSON escapes C0 controls itself; C1 controls and DEL it leaves raw, and a terminal reads
    // U+009B as the start of an escape sequence. \u escapes keep the JSON valid.
    const QString text = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() <= 0x9f) || isInvisibleLayout(c))
            safe += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) -> QString { // not auto: QStringBuilder would dangle
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QLatin1String("  ");
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) : cells[i];
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QStringList orderedNames(const User &user)
{
    QStringList names = user.propertyNames();
    names.removeAll(UserProperties::objectId());
    names.prepend(UserProperties::objectId());
    return names;
}

} // namespace

static QString plainCell(const QString &name, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QString();
    if (UserProperties::isTimestamp(name) || value.metaType().id() == QMetaType::QDateTime) {
        const QDateTime time = User::toDateTime(value);
        if (time.isValid())
            return time.toString(Qt::ISODateWithMs);
    }
    switch (value.metaType().id()) {
    case QMetaType::QVariantMap:
        return QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(value.toMap())).toJson(QJsonDocument::Compact));
    case QMetaType::QVariantList:
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromVariantList(value.toList())).toJson(QJsonDocument::Compact));
    case QMetaType::Double: {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
    }
    default:
        return value.toString();
    }
}

QString CliOutput::terminalSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f)
            safe += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else if ((u >= 0x80 && u <= 0x9f) || isInvisibleLayout(c))
            safe += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
}

QString CliOutput::cell(const QString &name, const QVariant &value)
{
    return terminalSafe(plainCell(name, value));
}

QString CliOutput::user(const User &user, bool asTable)
{
    if (!asTable)
        return json(QJsonDocument(user.toJson()));
    QList<QStringList> rows;
    for (const QString &name : orderedNames(user))
        rows.append({name, cell(name, user.value(name))});
    return table(
        {heading(QT_TRANSLATE_NOOP("CliOutput", "property")), heading(QT_TRANSLATE_NOOP("CliOutput", "value"))}, rows);
}

QString CliOutput::users(const QList<User> &users, const QStringList &columns, bool asTable)
{
    if (!asTable) {
        QJsonArray array;
        for (const User &user : users)
            array.append(user.toJson());
        return json(QJsonDocument(array));
    }
    QList<QStringList> rows;
    for (const User &user : users) {
        QStringList row;
        for (const QString &column : columns)
            row.append(cell(column, user.value(column)));
        rows.append(row);
    }
    return table(columns, rows);
}

QString CliOutput::schema(const UserSchema &schema, bool asTable)
{
    QJsonArray array;
    QList<QStringList> rows;
    for (const PropertyDef &def : schema.properties) {
        array.append(QJsonObject{
            {QStringLiteral("name"), def.name},
            {QStringLiteral("type"), def.typeName},
            {QStringLiteral("required"), def.required},
            {QStringLiteral("identity"), def.identity},
            {QStringLiteral("editable"), def.isEditable()},
            {QStringLiteral("customRegex"), def.customRegex.isEmpty() ? QJsonValue() : QJsonValue(def.customRegex)},
            {QStringLiteral("defaultValue"), QJsonValue::fromVariant(def.defaultValue)}});
        QStringList flags;
        if (def.identity)
            flags.append(QStringLiteral("identity"));
        if (def.required)
            flags.append(QStringLiteral("required"));
        if (!def.isEditable())
            flags.append(QStringLiteral("read-only"));
        rows.append({def.name, def.typeName, flags.join(QLatin1Char(',')), def.customRegex});
    }
    if (!asTable)
        return json(QJsonDocument(array));
    return table({heading(QT_TRANSLATE_NOOP("CliOutput", "name")), heading(QT_TRANSLATE_NOOP("CliOutput", "type")),
                  heading(QT_TRANSLATE_NOOP("CliOutput", "flags")), heading(QT_TRANSLATE_NOOP("CliOutput", "regex"))},
                 rows);
}

QString CliOutput::strings(const QStringList &values, bool asTable)
{
    if (asTable)
        return values.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return json(QJsonDocument(QJsonArray::fromStringList(values)));
}
