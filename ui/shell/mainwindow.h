#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

#include "ui/editor/unsavedchangesguard.h"
#include "ui/shell/helpdialog.h"

class ProfileEditor;
class QLabel;
class RealtimeClient;
class UserDirectoryTabs;
class ProfileEdit;

namespace Ui {
class MainWindow;
}

// The signed-in window: the profile editor, Sign out and Quit. Every way out (closing the window,
// Sign out, Quit) goes through the unsaved-changes guard first. One for the whole program: built at
// the first sign-in, hidden at sign-out (endSession() leaves a fresh, empty editor for the next
// person, so nothing of one sign-in's form reaches another's), shown again at the next sign-in.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setProfile(ProfileEdit *profile);
    ProfileEditor *editor() const;
    UnsavedChangesGuard *guard() const { return m_guard; }
    void setSignedInAs(const QString &identity, const QString &server);
    // Signed out: the profile and the staff tabs go; a new, empty editor waits for the next sign-in.
    void endSession();
    // A warning about the sign-in (e.g. the session cannot be kept) in the editor's banner, unless
    // the banner already says something (a restored draft's note); nothing for an empty text.
    void showNotice(const QString &text);
    // Support staff: the Directory, the Journal and other users' tabs next to the own profile,
    // which becomes the first tab. Every way out asks about those tabs' unsaved changes too.
    void setStaffTabs(UserDirectoryTabs *tabs);
    UserDirectoryTabs *staffTabs() const;
    // The sign-in's Real-Time connection: "Live updates paused" in the status bar while it is down
    // (after it was up once), gone when it is back.
    void followLiveUpdates(RealtimeClient *client);

public Q_SLOTS:
    // Asks about unsaved changes first; emits signOutRequested() once it is safe.
    void requestSignOut();

Q_SIGNALS:
    void signOutRequested();
    // The window is closing (Quit, the close button, the session's end): its geometry is final.
    void closing();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showAbout();
    void showHelp(HelpDialog::Page page);
    void updateModified();
    bool hasUnsavedChanges() const;
    // The own profile's guard, then each staff tab's, in turn.
    void whenSafeToLeave(std::function<void()> proceed);

    std::unique_ptr<Ui::MainWindow> m_ui;
    UnsavedChangesGuard *m_guard;
    QPointer<ProfileEditor> m_editor; // this sign-in's (the .ui's at the first)
    QPointer<UserDirectoryTabs> m_staffTabs;
    bool m_leaveApproved = false;
    QString m_server; // shown in the About dialog
    // "Signed in as … on …": a permanent widget of the status bar, which a menu's status tip
    // (a temporary message) does not wipe out.
    QLabel *m_signedInLabel;
    QWidget *m_livePaused; // "Live updates paused", set apart from the line before it
    QMetaObject::Connection m_liveConnection;
};
