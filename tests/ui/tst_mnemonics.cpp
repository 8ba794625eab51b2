// Issue 19, item 6: no two things a person sees at once answer the same Alt+letter, in any dialog,
// in any of the four languages. With the server settings open the sign-in dialog had Alt+P for both
// Application ID and Password, and Alt+V for both "Server settings" and "Server:".
//
// A scope is what is on the screen together: a dialog (in each of its states), the main window's
// menu bar with the page in front, and each menu on its own. Within a scope every mnemonic of a
// visible button, buddied label, group box, tab and menu title must differ.

#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "models/profile/usermodel.h"
#include "models/session/signinflow.h"
#include "models/staff/journal.h"
#include "models/staff/journalinggateway.h"
#include "models/staff/teamjournal.h"
#include "persistence/sessionstore.h"
#include "persistence/settings.h"
#include "ui/editor/conflictdialog.h"
#include "ui/editor/profileeditor.h"
#include "ui/login/logindialog.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/helpdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/translations.h"
#include "ui/staff/exportdialog.h"
#include "ui/staff/journalview.h"
#include "ui/staff/reasondialog.h"
#include "ui/staff/userdirectory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

// The letter after a single '&', lower case; none for "&&" or no '&'.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

class Scope
{
public:
    explicit Scope(const QString &name)
        : m_name(name)
    { }

    void add(const QString &text, const QString &what)
    {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull())
            return;
        m_owners[letter] << QStringLiteral("%1 (%2)").arg(text, what);
    }

    // Every visible widget of `top` that takes an Alt+letter.
    void addWidgets(const QWidget *top)
    {
        const QList<QWidget *> widgets = top->findChildren<QWidget *>();
        for (const QWidget *w : widgets) {
            if (!w->isVisibleTo(top) || w->isWindow())
                continue;
            if (const auto *button = qobject_cast<const QAbstractButton *>(w))
                add(button->text(), button->objectName());
            else if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
                add(label->text(), label->objectName());
            else if (const auto *group = qobject_cast<const QGroupBox *>(w))
                add(group->title(), group->objectName());
            else if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    add(tabs->tabText(i), tabs->objectName());
            }
        }
    }

    void addMenuTitles(const QMenuBar *bar)
    {
        for (const QAction *action : bar->actions())
            add(action->text(), QStringLiteral("menu"));
    }

    // A support person's window: the tabs above every page.
    void addStaffTabs()
    {
        for (const char *tab : {"&Directory", "&Journal", "&My profile"})
            add(QCoreApplication::translate("UserDirectoryTabs", tab), QStringLiteral("tab"));
    }

    QStringList clashes() const
    {
        QStringList found;
        for (auto it = m_owners.cbegin(); it != m_owners.cend(); ++it) {
            if (it.value().size() > 1)
                found << QStringLiteral("%1: Alt+%2 is %3")
                             .arg(m_name, QString(it.key()), it.value().join(QLatin1String(" and ")));
        }
        return found;
    }

private:
    QString m_name;
    QMap<QChar, QStringList> m_owners;
};

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noClashes_data();
    void noClashes();
    void findsAClash();

private:
    QTemporaryDir m_dir;
};

void TestMnemonics::noClashes_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "fr", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestMnemonics::noClashes()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(qApp, language), language);
    QStringList clashes;
    const auto check = [&clashes](Scope &scope) { clashes << scope.clashes(); };

    // The sign-in dialog, with the server settings closed and open.
    QNetworkAccessManager nam;
    RestClient client(Config(), &nam);
    UserService users(&client);
    DataService data(&client, &users);
    Settings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(language)));
    MemorySessionStore sessions;
    SignInFlow flow(&users, &sessions, &settings);
    {
        LoginDialog dialog(&flow);
        Scope closed(QStringLiteral("sign-in"));
        closed.addWidgets(&dialog);
        check(closed);
        auto *toggle = dialog.findChild<QToolButton *>(QStringLiteral("serverToggleButton"));
        QVERIFY(toggle);
        toggle->setChecked(true);
        Scope open(QStringLiteral("sign-in with server settings"));
        open.addWidgets(&dialog);
        check(open);
    }

    // The main window: its menu titles with the form, then with each staff page; each menu alone.
    MainWindow window;
    QMenuBar *bar = window.menuBar();
    // The own profile's form shows the password change; a support person's, Add a property.
    QWidget *passwordGroup = window.editor()->findChild<QWidget *>(QStringLiteral("passwordGroup"));
    QVERIFY(passwordGroup);
    passwordGroup->show();
    // Its button, "Change password…", which opens it: in the own form's scopes, not a staff tab's.
    QWidget *passwordToggle = window.editor()->findChild<QWidget *>(QStringLiteral("passwordToggleButton"));
    QVERIFY(passwordToggle);
    passwordToggle->show();
    {
        Scope form(QStringLiteral("main window with the form"));
        form.addMenuTitles(bar);
        form.addWidgets(window.editor());
        // What the banner above the form offers with an error (one at a time).
        for (const char *action : {"Re&try", "Server settin&gs…", "S&ign in again…"})
            form.add(QCoreApplication::translate("ProfileEditor", action), QStringLiteral("banner"));
        check(form);
        window.editor()->setPropertiesAddable(true);
        Scope staffForm(QStringLiteral("main window with the form, as staff"));
        staffForm.addMenuTitles(bar);
        staffForm.addStaffTabs();
        staffForm.addWidgets(window.editor());
        for (const char *action : {"Re&try", "Server settin&gs…", "S&ign in again…"})
            staffForm.add(QCoreApplication::translate("ProfileEditor", action), QStringLiteral("banner"));
        // A staff tab's account strip, above the form: Disable… or Enable… (never both), the two
        // mails and Roles…. A staff tab has no password change.
        passwordGroup->hide();
        passwordToggle->hide();
        for (const char *strip : {"Disa&ble…", "Ena&ble…"}) {
            Scope account(QStringLiteral("main window with the form, as staff, with the account strip"));
            account.addMenuTitles(bar);
            account.addStaffTabs();
            account.addWidgets(window.editor());
            for (const char *button : {strip, "Send password reset emai&l…", "Rese&nd confirmation email…", "R&oles…"})
                account.add(QCoreApplication::translate("AccountStrip", button), QStringLiteral("account strip"));
            check(account);
        }
        passwordGroup->show();
        passwordToggle->show();
        check(staffForm);
        for (const QAction *title : bar->actions()) {
            Scope menu(QStringLiteral("menu %1").arg(title->text()));
            if (title->menu()) {
                for (const QAction *item : title->menu()->actions())
                    menu.add(item->text(), QStringLiteral("menu item"));
            }
            check(menu);
        }
    }
    {
        UserDirectory directory(&data);
        Scope page(QStringLiteral("main window with the directory"));
        page.addMenuTitles(bar);
        page.addStaffTabs();
        page.addWidgets(&directory);
        for (const char *action : {"Re&try", "Si&gn in again…"})
            page.add(QCoreApplication::translate("UserDirectory", action), QStringLiteral("banner"));
        check(page);
        Journal journal(m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(language)));
        TeamJournal team(&journal, &data, QStringLiteral("server"));
        JournalView view(&team, nullptr);
        Scope journalPage(QStringLiteral("main window with the journal"));
        journalPage.addMenuTitles(bar);
        journalPage.addStaffTabs();
        journalPage.addWidgets(&view);
        check(journalPage);
    }

    // The dialogs a save can open, and the Help menu's.
    {
        UserModel model;
        PropertyDef name;
        name.name = QStringLiteral("name");
        UserSchema schema;
        schema.properties << name;
        model.setSchema(schema);
        ConflictDialog conflicts(
            {Conflict{QStringLiteral("name"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}}, &model);
        Scope scope(QStringLiteral("conflict dialog"));
        scope.addWidgets(&conflicts);
        check(scope);
    }
    {
        ReasonDialog reason(ReasonRequest{
            QStringLiteral("id"), QStringLiteral("bob@example.com"), {QStringLiteral("name")}, QString()});
        Scope scope(QStringLiteral("reason dialog"));
        scope.addWidgets(&reason);
        check(scope);
    }
    {
        ExportDialog exportDialog({QStringLiteral("objectId"), QStringLiteral("email"), QStringLiteral("name")},
                                  {QStringLiteral("email")}, 20, 2);
        Scope scope(QStringLiteral("export dialog"));
        scope.addWidgets(&exportDialog);
        check(scope);
    }
    {
        AboutDialog about;
        Scope scope(QStringLiteral("about dialog"));
        scope.addWidgets(&about);
        check(scope);
        for (const HelpDialog::Page page : {HelpDialog::Page::KeyboardShortcuts, HelpDialog::Page::Connecting}) {
            HelpDialog help(page);
            Scope helpScope(QStringLiteral("help dialog"));
            helpScope.addWidgets(&help);
            check(helpScope);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(QLatin1Char('\n') + clashes.join(QLatin1Char('\n'))));
    Translations::install(qApp, QStringLiteral("en"));
}

// The check itself: two widgets with the same letter are found, "&&" is no mnemonic.
void TestMnemonics::findsAClash()
{
    QWidget top;
    auto *a = new QLabel(QStringLiteral("&Password:"), &top);
    a->setBuddy(new QWidget(&top));
    Scope scope(QStringLiteral("test"));
    scope.add(QStringLiteral("&Password"), QStringLiteral("one"));
    scope.add(QStringLiteral("A&pplication ID"), QStringLiteral("two"));
    scope.add(QStringLiteral("Fish && &Chips"), QStringLiteral("three"));
    QCOMPARE(scope.clashes().size(), 1);
    QVERIFY(scope.clashes().constFirst().contains(QStringLiteral("Alt+p")));
    Scope widgets(QStringLiteral("widgets"));
    widgets.addWidgets(&top);
    widgets.add(QStringLiteral("&Print"), QStringLiteral("menu"));
    QCOMPARE(widgets.clashes().size(), 1);
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
