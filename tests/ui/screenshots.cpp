// Grabs the real windows for the README (scripts/screenshots.sh): the login dialog, the editor,
// the editor showing an inline 3018 error, and support staff's Directory. The app's own
// AppController against the in-process demo server (GuiTestEnv), on whatever platform plugin it is
// started with.

#include "guitestenv.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "userdirectory.h"
#include "userdirectorymodel.h"
#include "userdirectorytabs.h"
#include "usermodel.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalSpy>

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

    GuiTestEnv env;
    if (!env.startServer())
        return 1;
    AppController *controller = env.startApp({QStringLiteral("alice@example.com / Alice-pass-1"),
                                              QStringLiteral("bob@example.com / Bob-pass-1"),
                                              QStringLiteral("support@example.com / Support-pass-1")});
    LoginDialog *login = controller->loginDialog();
    if (!login || !QTest::qWaitForWindowExposed(login))
        return 1;
    login->findChild<QLineEdit *>(QStringLiteral("identityEdit"))->setText(Demo::alice());
    login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(Demo::alicePassword());
    QTest::qWait(300); // the identity label comes from the server's schema
    bool ok = save(login, outDir + QStringLiteral("/login.png"));

    if (!env.signIn())
        return 1;
    MainWindow *window = env.window();
    window->resize(640, 860);
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    ok = save(window, outDir + QStringLiteral("/editor.png")) && ok;

    auto *email = window->findChild<QLineEdit *>(QStringLiteral("field_email"));
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, Demo::bob());
    window->editor()->save();
    if (!QTest::qWaitFor([&] { return !controller->model()->isBusy() && controller->model()->lastError().isError(); }, 10000))
        return 1;
    window->findChild<QScrollArea *>(QStringLiteral("scrollArea"))->ensureWidgetVisible(email);
    ok = save(window, outDir + QStringLiteral("/editor-3018.png")) && ok;

    // Support staff: the Directory next to the own profile.
    controller->model()->revertAll();
    window->requestSignOut();
    if (!QTest::qWaitFor([&] { return controller->loginDialog() && controller->loginDialog()->isVisible(); }, 10000))
        return 1;
    QSignalSpy staffChecked(controller, &AppController::staffToolsChecked);
    if (!env.signIn(Demo::support(), Demo::supportPassword())
        || !QTest::qWaitFor([&] { return !staffChecked.isEmpty(); }, 10000) || !env.window()->staffTabs())
        return 1;
    window = env.window();
    window->resize(900, 620);
    UserDirectoryTabs *tabs = window->staffTabs();
    tabs->setCurrentWidget(tabs->directory());
    if (!QTest::qWaitFor([&] { return tabs->directory()->model()->rowCount() > 0; }, 10000))
        return 1;
    ok = save(window, outDir + QStringLiteral("/directory.png")) && ok;
    return ok ? 0 : 1;
}
