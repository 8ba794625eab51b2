#pragma once

#include <QHash>
#include <QPointer>
#include <QTabWidget>

#include <functional>

#include "core/user.h"
#include "core/userschema.h"
#include "models/staff/journalinggateway.h"
#include "ui/editor/unsavedchangesguard.h"

class AccountService;
class JournalOutbox;
class JournalView;
class ProfileEdit;
class ProfileEditor;
class Session;
class UserDirectory;

// Support staff's workspace in the main window: the Directory and the Journal tabs, then one tab
// per opened user. A user's tab is the same ProfileEditor the signed-in user edits their own
// profile with, on a ProfileEdit the Session opened for it (it saves through PUT /data/Users/{id}
// under the staff token, asks for a reason and writes the journal; its draft is kept per staff
// account, apart from the user's own). Each tab has its own unsaved-changes guard.
class UserDirectoryTabs : public QTabWidget
{
    Q_OBJECT
public:
    // The session opens the users' profiles; it outlives the tabs.
    // `serverKey`: Config::serverKey() of the server signed in to (whose journal entries the
    // workspace's outbox sends, and whose team journal it shows).
    UserDirectoryTabs(Session *session, const QString &serverKey, QWidget *parent = nullptr);
    ~UserDirectoryTabs() override;

    // The signed-in user's own profile editor, hosted as the first tab ("My profile"); it stays
    // driven by whoever created it.
    void setOwnProfile(QWidget *editor);
    // Marks the "My profile" tab while the signed-in user's own profile has unsaved edits.
    void setOwnProfileModified(bool modified);
    void setSchema(const UserSchema &schema);
    void setAskUnsaved(UnsavedChangesGuard::AskFunction ask);
    // Default: ReasonDialog::asker over this widget.
    void setReasonAsker(ReasonAsker asker);

    UserDirectory *directory() const { return m_directory; }
    JournalView *journalView() const { return m_journalView; }

    // Opens the user's profile in a tab, or brings its tab forward when it is open already.
    ProfileEditor *openUser(const QString &objectId, const QString &identity);
    ProfileEditor *editorFor(const QString &objectId) const;
    QStringList openUserIds() const;
    // Closes the user's tab once its guard allows (it may ask about unsaved changes first).
    void closeUser(const QString &objectId);

    bool hasUnsavedChanges() const;
    // Runs `proceed` once every open user tab is safe to leave (each guard asked in turn); not at
    // all when one of them is cancelled or its save fails.
    void whenSafeToLeave(std::function<void()> proceed);

Q_SIGNALS:
    void userOpened(const QString &objectId);
    // A user's tab gained or lost unsaved edits (hasUnsavedChanges() may have changed).
    void unsavedChangesChanged();

private:
    struct UserTab
    {
        QPointer<ProfileEditor> editor;
        QPointer<ProfileEdit> profile; // the editor's
        QPointer<UnsavedChangesGuard> guard;

        QString identity;
        // "... looks like another account: ..." when the directory held look-alikes on opening.
        QString lookAlikeWarning;
    };

    void insertFixedTab(int index, QWidget *page, const QString &title);
    static QString subjectName(const User &user, const QString &identity);
    void onLoaded(const QString &objectId, const User &user);
    void removeUserTab(const QString &objectId);
    void updateTabTitle(const QString &objectId);
    void leaveNext(QStringList remaining, std::function<void()> proceed);
    void onTabCloseRequested(int index);

    Session *m_session;
    UserSchema m_schema;
    UnsavedChangesGuard::AskFunction m_ask;
    UserDirectory *m_directory;
    JournalView *m_journalView;
    ReasonAsker m_reasonAsker; // asked by the staff saves and the account strips
    QPointer<QWidget> m_ownProfile;
    QHash<QString, UserTab> m_tabs; // by objectId
};
