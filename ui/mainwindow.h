#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

#include "unsavedchangesguard.h"

class ProfileEditor;
class UserModel;

namespace Ui {
class MainWindow;
}

// The signed-in window: the profile editor, Sign out and Quit. Every way out (closing the window,
// Sign out, Quit) goes through the unsaved-changes guard first.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setModel(UserModel *model);
    ProfileEditor *editor() const;
    UnsavedChangesGuard *guard() const { return m_guard; }
    void setSignedInAs(const QString &identity, const QString &server);

public Q_SLOTS:
    // Asks about unsaved changes first; emits signOutRequested() once it is safe.
    void requestSignOut();

Q_SIGNALS:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    UnsavedChangesGuard *m_guard;
    bool m_leaveApproved = false;
};
