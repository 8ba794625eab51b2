#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Translations {

// The languages ProfileDesk ships (besides English, the source language).
QStringList available();

// Installs ProfileDesk's translation for `language` ("de", "fr", "es", "en"; empty = the system
// locale's first supported UI language) and Qt's own qtbase translation when the system has it.
// Returns the language installed ("en" when none matched). Calling it again replaces the
// translators installed by the previous call, so the language can change while running.
QString install(QCoreApplication *app, const QString &language);

} // namespace Translations
