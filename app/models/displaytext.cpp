#include "models/displaytext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace DisplayText {

QString dateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Short formats abbreviate the year to two digits: 1985 and 2085 would read alike.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString timeFormat(const QLocale &locale)
{
    return locale.timeFormat(QLocale::ShortFormat);
}

QString dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    const QDateTime local = dateTime.toLocalTime();
    const QLocale locale;
    const QString date = locale.toString(local.date(), dateFormat());
    if (local.time() == QTime(0, 0))
        return date;
    return QCoreApplication::translate("DisplayText", "%1 %2", "date, then time")
        .arg(date, locale.toString(local.time(), timeFormat()));
}

QString value(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
        return QString();
    case QMetaType::QDateTime:
        return dateTime(value.toDateTime());
    case QMetaType::Bool:
        return value.toBool() ? QCoreApplication::translate("DisplayText", "Yes")
                              : QCoreApplication::translate("DisplayText", "No");
    case QMetaType::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QMetaType::QVariantMap:
    case QMetaType::QVariantList:
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    default:
        break;
    }
    return value.toString();
}

QString userStatus(const QString &status)
{
    if (status == QLatin1String("ENABLED"))
        return QCoreApplication::translate("DisplayText", "Enabled");
    if (status == QLatin1String("DISABLED"))
        return QCoreApplication::translate("DisplayText", "Disabled");
    if (status == QLatin1String("GUEST"))
        return QCoreApplication::translate("DisplayText", "Guest");
    if (status == QLatin1String("EMAIL_CONFIRMATION_PENDING"))
        return QCoreApplication::translate("DisplayText", "Email not confirmed");
    return status;
}

} // namespace DisplayText
