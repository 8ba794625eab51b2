#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "profileeditor.h"

#include <QCloseEvent>
#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_guard(new UnsavedChangesGuard(this))
{
    m_ui->setupUi(this);
    m_ui->saveAction->setShortcut(QKeySequence::Save);
    // The editor's own Ctrl+S shortcut serves the form; the menu entry only names it.
    m_ui->saveAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    connect(m_ui->saveAction, &QAction::triggered, m_ui->profileEditor, &ProfileEditor::save);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::requestSignOut);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
}

MainWindow::~MainWindow() = default;

void MainWindow::setModel(UserModel *model)
{
    m_guard->setModel(model);
    m_ui->profileEditor->setModel(model);
}

ProfileEditor *MainWindow::editor() const
{
    return m_ui->profileEditor;
}

void MainWindow::setSignedInAs(const QString &identity, const QString &server)
{
    setWindowTitle(tr("%1 – ProfileDesk").arg(identity));
    statusBar()->showMessage(tr("Signed in as %1 on %2").arg(identity, server));
}

void MainWindow::requestSignOut()
{
    m_guard->whenSafeToLeave([this] { Q_EMIT signOutRequested(); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_leaveApproved || !m_guard->hasUnsavedChanges()) {
        QMainWindow::closeEvent(event);
        return;
    }
    // Closing waits for the answer (and maybe a save), so it is refused now and re-issued later.
    event->ignore();
    m_guard->whenSafeToLeave([this] {
        m_leaveApproved = true;
        // Queued: the answer may come while this close event is still being handled.
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });
}
