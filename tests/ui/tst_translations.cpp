// The shipped translations load and reach the widgets: German, French and Spanish from the
// embedded .qm files, plus Qt's own strings where the system has qtbase translations. Also the
// embedded application icon.

#include "core/restclient.h"
#include "core/userservice.h"
#include "models/session/signinflow.h"
#include "persistence/sessionstore.h"
#include "persistence/settings.h"
#include "ui/login/logindialog.h"
#include "ui/shell/translations.h"
#include "ui/widgets/messagebanner.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginDialogIsTranslated_data();
    void loginDialogIsTranslated();
    void unknownLanguageFallsBackToEnglish();
    void applicationIconIsEmbedded();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::loginDialogIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("signIn");
    QTest::addColumn<QString>("required"); // from app/models (ErrorCatalog / PropertyValue)
    QTest::newRow("de") << "de"
                        << "Bei ProfileDesk anmelden"
                        << "&Anmelden"
                        << "Dieses Feld ist erforderlich.";
    QTest::newRow("fr") << "fr"
                        << "Se connecter à ProfileDesk"
                        << "&Se connecter"
                        << "Ce champ est obligatoire.";
    QTest::newRow("es") << "es"
                        << "Iniciar sesión en ProfileDesk"
                        << "&Iniciar sesión"
                        << "Este campo es obligatorio.";
    QTest::newRow("en") << "en"
                        << "Sign in to ProfileDesk"
                        << "&Sign in"
                        << "This field is required.";
}

void TestTranslations::loginDialogIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, signIn);
    QFETCH(QString, required);
    QCOMPARE(Translations::install(qApp, language), language);

    QNetworkAccessManager nam;
    RestClient client(Config(), &nam);
    UserService users(&client);
    Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    MemorySessionStore sessions;
    SignInFlow flow(&users, &sessions, &settings);
    LoginDialog dialog(&flow);
    QCOMPARE(dialog.windowTitle(), title);
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("signInButton"))->text(), signIn);
    QCOMPARE(QCoreApplication::translate("PropertyValue", "This field is required."), required);
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(Translations::install(qApp, QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Translations::install(qApp, QStringLiteral("xx")), QStringLiteral("en"));
    QNetworkAccessManager nam;
    RestClient client(Config(), &nam);
    UserService users(&client);
    Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    MemorySessionStore sessions;
    SignInFlow flow(&users, &sessions, &settings);
    LoginDialog dialog(&flow);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Sign in to ProfileDesk"));
}

// Not a translation, but the other resource profiledesk_ui embeds (resources/CMakeLists.txt).
void TestTranslations::applicationIconIsEmbedded()
{
    for (int size : {16, 32, 48, 64, 128, 256}) {
        const QImage image(QStringLiteral(":/icons/%1/profiledesk.png").arg(size));
        QVERIFY2(!image.isNull(), qPrintable(QString::number(size)));
        QCOMPARE(image.size(), QSize(size, size));
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
