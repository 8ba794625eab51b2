#include "ui/shell/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Translations {

QStringList available()
{
    return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

namespace {
QList<QPointer<QTranslator>> s_installed;
} // namespace

QString install(QCoreApplication *app, const QString &language)
{
    for (const QPointer<QTranslator> &old : std::as_const(s_installed)) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    s_installed.clear();

    QString chosen = language.toLower();
    if (chosen.isEmpty()) {
        const QStringList uiLanguages = QLocale::system().uiLanguages();
        for (const QString &ui : uiLanguages) {
            const QString code = ui.left(2).toLower();
            if (available().contains(code) || code == QLatin1String("en")) {
                chosen = code;
                break;
            }
        }
    }
    if (!available().contains(chosen)) {
        QLocale::setDefault(QLocale(QLocale::English));
        return QStringLiteral("en");
    }

    // Both translators are parented to the application so they live as long as it does.
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/profiledesk_") + chosen))
        QCoreApplication::installTranslator(own);
    s_installed << own;
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    s_installed << qt;
    QLocale::setDefault(QLocale(chosen));
    return chosen;
}

} // namespace Translations
