#include "ui/shell/mainwindow.h"
#include "ui_mainwindow.h"

#include "core/realtimeclient.h"
#include "models/profile/usermodel.h"
#include "ui/editor/profileeditor.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/helpdialog.h"
#include "ui/staff/userdirectorytabs.h"
#include "ui/widgets/messagebanner.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_guard(new UnsavedChangesGuard(this))
{
    m_ui->setupUi(this);
    m_editor = m_ui->profileEditor;
    m_signedInLabel = new QLabel(this);
    m_signedInLabel->setObjectName(QStringLiteral("signedInLabel"));
    m_signedInLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_signedInLabel);
    // A second item of the status bar, not more words on the first line: a separator sets it apart,
    // as KDE applications set apart their status bar's permanent items. It comes and goes with it.
    m_livePaused = new QWidget(this);
    m_livePaused->setObjectName(QStringLiteral("livePaused"));
    auto *separator = new QFrame(m_livePaused);
    separator->setObjectName(QStringLiteral("livePausedSeparator"));
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *pausedLabel = new QLabel(tr("Live updates paused"), m_livePaused);
    pausedLabel->setObjectName(QStringLiteral("livePausedLabel"));
    pausedLabel->setToolTip(tr("Changes made elsewhere show up again once the connection is back; "
                               "saving works as before."));
    auto *pausedLayout = new QHBoxLayout(m_livePaused);
    pausedLayout->setContentsMargins(0, 0, 0, 0);
    pausedLayout->addWidget(separator);
    pausedLayout->addWidget(pausedLabel);
    m_livePaused->hide();
    statusBar()->addPermanentWidget(m_livePaused);
    // Small enough for a 2x-scaled laptop screen; below it the form would be unusable.
    setMinimumSize(QSize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 22));
    m_ui->saveAction->setShortcut(QKeySequence::Save);
    // The editor's own Ctrl+S shortcut serves the form; the menu entry only names it.
    m_ui->saveAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    connect(m_ui->saveAction, &QAction::triggered, this, [this] {
        // The profile in front: the own one, or a staff tab's.
        auto *current = m_staffTabs ? qobject_cast<ProfileEditor *>(m_staffTabs->currentWidget()) : nullptr;
        (current ? current : m_editor.data())->save();
    });
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::requestSignOut);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->shortcutsAction, &QAction::triggered, this,
            [this] { showHelp(HelpDialog::Page::KeyboardShortcuts); });
    connect(m_ui->connectingAction, &QAction::triggered, this, [this] { showHelp(HelpDialog::Page::Connecting); });
}

MainWindow::~MainWindow() = default;

void MainWindow::followLiveUpdates(RealtimeClient *client)
{
    disconnect(m_liveConnection);
    m_livePaused->hide();
    if (client)
        m_liveConnection = connect(client, &RealtimeClient::connectedChanged, m_livePaused,
                                   [this](bool connected) { m_livePaused->setVisible(!connected); });
}

void MainWindow::setProfile(ProfileEdit *profile)
{
    m_guard->setProfile(profile);
    m_editor->setProfile(profile);
    if (profile)
        connect(profile->fields(), &UserModel::dirtyChanged, this, &MainWindow::updateModified);
    updateModified();
}

void MainWindow::updateModified()
{
    // Qt's convention: the [*] in the title becomes "*" while anything is unsaved.
    const bool own = m_guard->hasUnsavedChanges();
    setWindowModified(own || (m_staffTabs && m_staffTabs->hasUnsavedChanges()));
    if (m_staffTabs)
        m_staffTabs->setOwnProfileModified(own);
}

void MainWindow::endSession()
{
    m_guard->setProfile(nullptr);
    m_editor->setProfile(nullptr);
    m_leaveApproved = false;
    // Later: this runs inside the window's own signals (File › Sign out). The tabs hold the editor.
    if (QWidget *old = takeCentralWidget())
        old->deleteLater();
    m_staffTabs = nullptr;
    m_editor = new ProfileEditor;
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    setCentralWidget(m_editor);
    m_signedInLabel->clear();
    updateModified();
}

ProfileEditor *MainWindow::editor() const
{
    return m_editor;
}

void MainWindow::setSignedInAs(const QString &identity, const QString &server)
{
    m_server = server;
    setWindowTitle(tr("%1[*] – ProfileDesk").arg(identity));
    m_signedInLabel->setText(tr("Signed in as %1 on %2").arg(identity, server));
}

void MainWindow::showNotice(const QString &text)
{
    m_editor->showNotice(text);
}

void MainWindow::setStaffTabs(UserDirectoryTabs *tabs)
{
    m_staffTabs = tabs;
    takeCentralWidget(); // the editor, which the tabs now hold
    tabs->setOwnProfile(m_editor);
    setCentralWidget(tabs);
    connect(tabs, &UserDirectoryTabs::unsavedChangesChanged, this, &MainWindow::updateModified);
    updateModified();
}

UserDirectoryTabs *MainWindow::staffTabs() const
{
    return m_staffTabs;
}

bool MainWindow::hasUnsavedChanges() const
{
    return m_guard->hasUnsavedChanges() || (m_staffTabs && m_staffTabs->hasUnsavedChanges());
}

void MainWindow::whenSafeToLeave(std::function<void()> proceed)
{
    m_guard->whenSafeToLeave([this, proceed] {
        if (m_staffTabs)
            m_staffTabs->whenSafeToLeave(proceed);
        else
            proceed();
    });
}

void MainWindow::showAbout()
{
    // open(), not exec(): no nested event loop while replies may be landing.
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->setServer(m_server);
    about->open();
}

void MainWindow::showHelp(HelpDialog::Page page)
{
    auto *help = new HelpDialog(page, this);
    help->setAttribute(Qt::WA_DeleteOnClose);
    help->open();
}

void MainWindow::requestSignOut()
{
    whenSafeToLeave([this] { Q_EMIT signOutRequested(); });
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // A remembered or default size can be larger than the screen (a smaller monitor, a 2x scale):
    // then Save would be off-screen. The window shrinks to the screen; the form scrolls inside it.
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QRect frame = frameGeometry();
    if (available.contains(frame))
        return;
    const QSize frameExtra = frame.size() - size();
    const QSize fitted = size().boundedTo(available.size() - frameExtra);
    resize(fitted);
    move(available.topLeft()
         + QPoint(qMax(0, (available.width() - fitted.width() - frameExtra.width()) / 2),
                  qMax(0, (available.height() - fitted.height() - frameExtra.height()) / 2)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_leaveApproved || !hasUnsavedChanges()) {
        Q_EMIT closing();
        QMainWindow::closeEvent(event);
        return;
    }
    // Closing waits for the answer (and maybe a save), so it is refused now and re-issued later.
    event->ignore();
    whenSafeToLeave([this] {
        m_leaveApproved = true;
        // Queued: the answer may come while this close event is still being handled.
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });
}
