// Not a test of its own: tst_crashrecovery starts it, waits for "ready", and kills it with SIGKILL.
// The real AppController against a server on a file database in the given directory; alice signs
// in, edits are typed into the real editor widgets, and "ready <port>" is printed only once the
// draft holding them is on disk. Then it idles until killed.
//
//   crashvictim <data-dir> <name> <address>

#include "datadirapp.h"
#include "demoaccounts.h"
#include "guitestenv.h"
#include "persistence/draftstore.h"
#include "ui/widgets/messagebanner.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSignalSpy>

#include <cstdio>

namespace {
bool typeInto(QWidget *window, const char *name, const QString &text)
{
    auto *edit = named<QLineEdit>(window, name);
    if (!edit)
        return false;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, c.toLatin1());
        } else {
            // What an input method delivers for a character no key produces (QTest has no key for it).
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(edit, &commit);
        }
    }
    return edit->text() == text;
}

int fail(const char *what)
{
    std::fprintf(stderr, "crashvictim: %s\n", what);
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    if (argc != 4)
        return fail("usage: crashvictim <data-dir> <name> <address>");
    MessageBanner::setAnimationsEnabled(false);

    DataDirApp env(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!env.startServer(0, &error))
        return fail(qPrintable(error));
    AppController *app = env.startApp();
    if (!app->loginDialog())
        return fail("no login dialog");
    GuiTestEnv::typeCredentials(app->loginDialog(), Demo::alice(), Demo::alicePassword());
    if (!QTest::qWaitFor([app] { return app->mainWindow() && app->mainWindow()->isVisible(); }, 15000))
        return fail("sign-in did not open the editor");

    QSignalSpy written(app->drafts(), &DraftStore::written);
    if (!typeInto(app->mainWindow(), "field_name", QString::fromLocal8Bit(argv[2]))
        || !typeInto(app->mainWindow(), "field_address", QString::fromLocal8Bit(argv[3])))
        return fail("the edits could not be typed");
    // The store is debounced: "ready" only once the last keystroke's edits have been written.
    if (!QTest::qWaitFor([&] { return !written.isEmpty() && !app->drafts()->hasPending(); }, 10000))
        return fail("no draft was written");

    std::printf("ready %u\n", unsigned(env.port()));
    std::fflush(stdout);
    return application.exec();
}
