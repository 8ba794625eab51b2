// Grabs the real windows for the README (scripts/screenshots.sh): the login dialog, the editor,
// and the editor showing an inline 3018 error. Runs the app's own AppController against the
// in-process demo server, on whatever platform plugin it is started with.

#include "appcontroller.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "profileeditor.h"
#include "serverhost.h"
#include "sessionstore.h"
#include "settings.h"
#include "usermodel.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {
bool save(QWidget *window, const QString &path)
{
    QTest::qWait(150); // let layouts settle after the last change
    const bool ok = window->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);
    MessageBanner::setAnimationsEnabled(false);

    QTemporaryDir temp;
    Server::ServerOptions options;
    options.demoUsers = 3;
    Server::ServerHost server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    Settings settings(temp.path() + QStringLiteral("/settings.ini"));
    settings.setServerKind(Settings::ServerKind::LocalDemo);
    MemorySessionStore sessions;
    QNetworkAccessManager nam;
    AppController controller(&settings, &sessions, &nam);
    controller.setDraftDirectory(temp.path() + QStringLiteral("/drafts"));
    controller.setDemoServer(server.baseUrl().adjusted(QUrl::RemovePath), options.appId, options.apiKey,
                             {QStringLiteral("alice@example.com / Alice-pass-1"),
                              QStringLiteral("bob@example.com / Bob-pass-1"),
                              QStringLiteral("support@example.com / Support-pass-1")});
    controller.start();

    LoginDialog *login = controller.loginDialog();
    if (!login || !QTest::qWaitForWindowExposed(login))
        return 1;
    login->findChild<QLineEdit *>(QStringLiteral("identityEdit"))->setText(QStringLiteral("alice@example.com"));
    login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("Alice-pass-1"));
    QTest::qWait(300); // the identity label comes from the server's schema
    bool ok = save(login, outDir + QStringLiteral("/login.png"));

    login->signIn();
    if (!QTest::qWaitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); }, 10000))
        return 1;
    MainWindow *window = controller.mainWindow();
    window->resize(640, 860);
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    ok = save(window, outDir + QStringLiteral("/editor.png")) && ok;

    auto *email = window->findChild<QLineEdit *>(QStringLiteral("field_email"));
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("bob@example.com"));
    window->editor()->save();
    if (!QTest::qWaitFor([&] { return !controller.model()->isBusy() && controller.model()->lastError().isError(); }, 10000))
        return 1;
    window->findChild<QScrollArea *>(QStringLiteral("scrollArea"))->ensureWidgetVisible(email);
    ok = save(window, outDir + QStringLiteral("/editor-3018.png")) && ok;
    return ok ? 0 : 1;
}
