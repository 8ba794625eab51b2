#include "ui/shell/helpdialog.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString shortcutRow(const QKeySequence &keys, const QString &what)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(keys.toString(QKeySequence::NativeText).toHtmlEscaped(), what.toHtmlEscaped());
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString term(const QString &name, const QString &text)
{
    return QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(name.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

HelpDialog::HelpDialog(Page page, QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(title(page));
    setObjectName(page == Page::KeyboardShortcuts ? QStringLiteral("shortcutsHelp") : QStringLiteral("connectingHelp"));
    m_text->setAccessibleName(title(page));
    m_text->setOpenLinks(false);
    m_text->setHtml(html(page));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(560, 460);
}

QString HelpDialog::title(Page page)
{
    return page == Page::KeyboardShortcuts ? tr("Keyboard shortcuts") : tr("Connecting to your Backendless app");
}

QString HelpDialog::html(Page page)
{
    if (page == Page::KeyboardShortcuts) {
        return QStringLiteral("<table cellpadding='4'>")
            + shortcutRow(QKeySequence::Save, tr("Save the profile in front"))
            + shortcutRow(QKeySequence(Qt::Key_Return), tr("In a one-line field of the profile: save it"))
            + shortcutRow(QKeySequence(Qt::Key_Escape), tr("Close a dialog; while signing in, stop it"))
            + shortcutRow(QKeySequence(Qt::Key_Return), tr("In the sign-in dialog: sign in; in a dialog: confirm"))
            + shortcutRow(QKeySequence(Qt::Key_Tab), tr("Next field; Shift+Tab goes back"))
            + shortcutRow(QKeySequence(Qt::ALT | Qt::Key_F), tr("The File menu (Save, Sign out, Quit)"))
            + shortcutRow(QKeySequence(Qt::ALT | Qt::Key_H), tr("The Help menu"))
            + shortcutRow(QKeySequence::Quit, tr("Quit (unsaved changes are asked about first)"))
            + QStringLiteral("</table>")
            + paragraph(tr("An underlined letter in a label or button is its shortcut with Alt: Alt+S "
                           "answers Save in the unsaved-changes question, Alt+D Discard. Support staff "
                           "switch tabs with Alt and the underlined letter (My profile, Directory, Journal)."));
    }
    return paragraph(tr("Open Server settings in the sign-in dialog and pick where your app runs. The "
                        "application ID and the REST API key are on the Backendless console, under "
                        "Manage › App Settings."))
        + term(tr("Backendless US or EU"),
               tr("The cloud clusters: choose one and enter the application ID and REST API key."))
        + term(tr("Custom domain or subdomain"),
               tr("Enter the address your app answers on, such as https://yourapp.backendless.app/api. "
                  "The ID and key are then part of that address and need not be entered."))
        + term(tr("Backendless Pro or self-hosted"),
               tr("Enter the server's API address, such as http://host:8080/api, with the application ID "
                  "and REST API key. Plain http to another machine sends your password unencrypted: "
                  "ProfileDesk asks you to allow it explicitly, and only for that server."))
        + term(tr("Support staff"),
               tr("The Directory and the Journal appear for accounts with the role SupportStaff. In the "
                  "Backendless console, create that role under Users › Security roles and grant it FIND "
                  "and UPDATE on the Users table. Without FIND the directory stays empty."));
}
