// AboutDialog: shows the project version, the running Qt, the licence and the server; every
// user-visible string goes through tr() and follows a language change while the dialog is open.
#include "ui/shell/aboutdialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

namespace {

// Marks every string it is asked for, so that a string that did not go through tr() stands out.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("\u00ab") + QString::fromUtf8(sourceText) + QStringLiteral("\u00bb");
    }
    bool isEmpty() const override { return false; }
};

QString labelText(const AboutDialog &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

// The labels and buttons whose text is user-visible prose (not data such as a version number
// or a server address, and not the product name).
QStringList proseTexts(const AboutDialog &dialog)
{
    QStringList texts{dialog.windowTitle()};
    for (const char *name : {"versionLabel", "descriptionLabel", "serverLabel", "serverValueLabel", "qtLabel",
                             "qtVersionLabel", "licenceLabel", "licenceValueLabel"})
        texts << labelText(dialog, name);
    const auto *close = dialog.findChild<QPushButton *>(QStringLiteral("closeButton"));
    texts << (close ? close->text() : QStringLiteral("<no closeButton>"));
    return texts;
}

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsVersionQtAndLicence();
    void showsServer_data();
    void showsServer();
    void closeButtonCloses();
    void everyStringIsTranslated();
    void followsLanguageChange();
};

void TestAboutDialog::showsVersionQtAndLicence()
{
    AboutDialog dialog;
    QCOMPARE(labelText(dialog, "versionLabel"), QStringLiteral("Version " PROFILEDESK_VERSION));
    QCOMPARE(labelText(dialog, "qtVersionLabel"),
             QStringLiteral("%1 (built with " QT_VERSION_STR ")").arg(QString::fromLatin1(qVersion())));
    QVERIFY2(labelText(dialog, "licenceValueLabel").contains(QLatin1String("MIT License")),
             qPrintable(labelText(dialog, "licenceValueLabel")));
    QCOMPARE(labelText(dialog, "nameLabel"), QStringLiteral("ProfileDesk"));
}

void TestAboutDialog::showsServer_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("shown");
    QTest::newRow("none") << QString() << QStringLiteral("Not connected");
    QTest::newRow("cloud") << QStringLiteral("https://api.backendless.com/APPID")
                           << QStringLiteral("https://api.backendless.com/APPID");
    QTest::newRow("local") << QStringLiteral("http://127.0.0.1:8080/api")
                           << QStringLiteral("http://127.0.0.1:8080/api");
}

void TestAboutDialog::showsServer()
{
    QFETCH(QString, server);
    QFETCH(QString, shown);
    AboutDialog dialog;
    dialog.setServer(QStringLiteral("https://previous.example.com/api"));
    dialog.setServer(server);
    QCOMPARE(dialog.server(), server);
    QCOMPARE(labelText(dialog, "serverValueLabel"), shown);
}

void TestAboutDialog::closeButtonCloses()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    auto *close = dialog.findChild<QPushButton *>(QStringLiteral("closeButton"));
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestAboutDialog::everyStringIsTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    AboutDialog dialog;
    const QStringList texts = proseTexts(dialog);
    QCoreApplication::removeTranslator(&translator);
    for (const QString &text : texts)
        QVERIFY2(text.startsWith(QChar(0xab)) && text.contains(QChar(0xbb)), qPrintable(text));
    QCOMPARE(labelText(dialog, "nameLabel"), QStringLiteral("ProfileDesk"));
}

void TestAboutDialog::followsLanguageChange()
{
    AboutDialog dialog;
    dialog.setServer(QStringLiteral("http://127.0.0.1:8080/api"));
    QVERIFY(!labelText(dialog, "versionLabel").startsWith(QChar(0xab)));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // installTranslator() posts LanguageChange to every widget; the dialog retranslates on it.
    QTRY_VERIFY(labelText(dialog, "versionLabel").startsWith(QChar(0xab)));
    QCOMPARE(labelText(dialog, "serverLabel"), QStringLiteral("\u00abServer:\u00bb"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("\u00abAbout ProfileDesk\u00bb"));
    // The server is data, not prose: it survives the change as it was.
    QCOMPARE(labelText(dialog, "serverValueLabel"), QStringLiteral("http://127.0.0.1:8080/api"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(labelText(dialog, "serverLabel"), QStringLiteral("Server:"));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
