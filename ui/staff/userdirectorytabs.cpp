#include "ui/staff/userdirectorytabs.h"

#include "core/accountservice.h"
#include "models/errorcatalog.h"
#include "models/profile/profileedit.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"
#include "models/session/session.h"
#include "models/staff/directorypager.h"
#include "models/staff/journaloutbox.h"
#include "models/staff/staffaccountactions.h"
#include "models/staff/teamjournal.h"
#include "models/staff/userdirectorymodel.h"
#include "ui/editor/profileeditor.h"
#include "ui/staff/accountstrip.h"
#include "ui/staff/journalview.h"
#include "ui/staff/reasondialog.h"
#include "ui/staff/userdirectory.h"
#include "ui/widgets/messagebanner.h"

#include <QTabBar>

UserDirectoryTabs::UserDirectoryTabs(Session *session, const QString &serverKey, QWidget *parent)
    : QTabWidget(parent)
    , m_session(session)
    , m_directory(new UserDirectory(session->data(), this))
    , m_journalView(new JournalView(new TeamJournal(session->journal(), session->data(), serverKey, this),
                                    new JournalOutbox(session->journal(), session->data(), serverKey, this), this))
{
    JournalOutbox *outbox = m_journalView->outbox();
    // The outbox waits while the session needs credentials and sends what waited once renewed.
    outbox->setPaused(!session->isActive());
    connect(session, &Session::stateChanged, outbox,
            [outbox](Session::State state) { outbox->setPaused(state != Session::State::Active); });
    // A page read is a request that got through: what waits in the outbox may go now.
    connect(m_journalView->teamJournal(), &TeamJournal::pageLoaded, outbox, &JournalOutbox::flush);
    m_reasonAsker = ReasonDialog::asker(this);
    m_session->setReasonAsker(m_reasonAsker);
    m_directory->model()->pager()->setSession(session);
    m_directory->setObjectName(QStringLiteral("userDirectory"));
    m_journalView->setObjectName(QStringLiteral("journalView"));
    setDocumentMode(true);
    setTabsClosable(true);
    insertFixedTab(count(), m_directory, tr("&Directory"));
    insertFixedTab(count(), m_journalView, tr("&Journal"));
    connect(this, &QTabWidget::tabCloseRequested, this, &UserDirectoryTabs::onTabCloseRequested);
    // A query that found the session ended runs again after the sign-in, which the directory's
    // banner offers.
    const auto requery = [directory = QPointer<UserDirectory>(m_directory)]() -> PendingCall * {
        if (directory)
            directory->refresh();
        return nullptr;
    };
    connect(m_directory->model(), &UserDirectoryModel::errorOccurred, this,
            [this, requery](const Error &error) { m_session->takeAnswer(error, m_directory, requery, false); });
    connect(m_directory, &UserDirectory::signInRequested, this,
            [this, requery] { m_session->requestSignIn(ReauthReason::SessionEnded, m_directory, requery); });
    // Reading the team journal that found the session ended reads it again after the sign-in.
    const auto rereadJournal = [view = QPointer<JournalView>(m_journalView)]() -> PendingCall * {
        if (view)
            view->teamJournal()->refresh();
        return nullptr;
    };
    connect(m_journalView->teamJournal(), &TeamJournal::failed, this, [this, rereadJournal](const Error &error) {
        m_session->takeAnswer(error, m_journalView, rereadJournal, false);
    });
    connect(m_journalView, &JournalView::signInRequested, this, [this, rereadJournal] {
        m_session->requestSignIn(ReauthReason::SessionEnded, m_journalView, rereadJournal);
    });
    connect(m_directory, &UserDirectory::openRequested, this,
            [this](const QString &objectId, const QString &identity) { openUser(objectId, identity); });
}

// What was typed in a tab reaches the disk as its ProfileEdit goes (DraftAutosave).
UserDirectoryTabs::~UserDirectoryTabs() = default;

void UserDirectoryTabs::insertFixedTab(int index, QWidget *page, const QString &title)
{
    index = insertTab(index, page, title);
    // The workspace's own tabs stay; only users' tabs close.
    tabBar()->setTabButton(index, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(index, QTabBar::LeftSide, nullptr);
}

void UserDirectoryTabs::setOwnProfile(QWidget *editor)
{
    m_ownProfile = editor;
    // Support staff may add a property (a column on every account); end users may not.
    if (auto *form = qobject_cast<ProfileEditor *>(editor))
        form->setPropertiesAddable(true);
    insertFixedTab(0, editor, tr("&My profile"));
    setCurrentIndex(0);
}

void UserDirectoryTabs::setOwnProfileModified(bool modified)
{
    const int index = m_ownProfile ? indexOf(m_ownProfile) : -1;
    if (index >= 0)
        setTabText(index, modified ? tr("&My profile *") : tr("&My profile"));
}

QString UserDirectoryTabs::subjectName(const User &user, const QString &identity)
{
    const QString name = user.value(QStringLiteral("name")).toString().trimmed();
    return name.isEmpty() || name == identity ? identity : tr("%1 (%2)").arg(name, identity);
}

void UserDirectoryTabs::setSchema(const UserSchema &schema)
{
    const bool first = m_schema.isEmpty();
    m_schema = schema;
    m_directory->setSchema(schema);
    if (first)
        m_directory->refresh();
}

void UserDirectoryTabs::setAskUnsaved(UnsavedChangesGuard::AskFunction ask)
{
    m_ask = std::move(ask);
    for (const UserTab &tab : std::as_const(m_tabs)) {
        if (tab.guard)
            tab.guard->setAskFunction(m_ask);
    }
}

void UserDirectoryTabs::setReasonAsker(ReasonAsker asker)
{
    m_reasonAsker = asker ? std::move(asker) : ReasonDialog::asker(this);
    m_session->setReasonAsker(m_reasonAsker);
}

ProfileEditor *UserDirectoryTabs::openUser(const QString &objectId, const QString &identity)
{
    if (objectId.isEmpty())
        return nullptr;
    if (ProfileEditor *open = editorFor(objectId)) {
        setCurrentWidget(open);
        return open;
    }
    auto *editor = new ProfileEditor;
    editor->setObjectName(QStringLiteral("staffEditor"));
    editor->setProperty("objectId", objectId);
    editor->setPropertiesAddable(true);
    ProfileEdit *profile = m_session->openUser(objectId, m_schema);
    auto *guard = new UnsavedChangesGuard(editor);
    if (m_ask)
        guard->setAskFunction(m_ask);
    // The account's actions are the profile's (the Session's), as the profile is; the strip shows them.
    if (StaffAccountActions *account = profile->accountActions()) {
        auto *strip = new AccountStrip(account, editor);
        strip->setReasonAsker(m_reasonAsker);
        editor->addHeaderWidget(strip);
        strip->hide(); // until the user is there
    }
    m_tabs.insert(objectId, UserTab{editor, profile, guard, identity, QString()});

    connect(profile->fields(), &UserModel::dirtyChanged, this, [this, objectId] {
        updateTabTitle(objectId);
        Q_EMIT unsavedChangesChanged();
    });
    connect(profile->save(), &ProfileSave::saved, this,
            [this, profile] { m_directory->model()->updateUser(profile->fields()->loadedUser()); });
    // The banner's actions: the one sign-in, after which this tab's save runs again.
    const QPointer<ProfileSave> save = profile->save();
    const auto replay = [save] { return save ? save->retry() : nullptr; };
    connect(editor, &ProfileEditor::signInRequested, this,
            [this, save, replay] { m_session->requestSignIn(ReauthReason::SessionEnded, save, replay); });
    connect(editor, &ProfileEditor::serverSettingsRequested, this,
            [this, save, replay] { m_session->requestSignIn(ReauthReason::KeyRejected, save, replay); });
    // Nothing can be typed before the user is there: the profile is handed to the form on arrival.
    connect(profile, &ProfileEdit::loaded, this, [this, objectId](const User &user) { onLoaded(objectId, user); });
    connect(profile, &ProfileEdit::loadFailed, editor, [editor](const Error &error) {
        editor->showError(tr("The profile could not be loaded: %1").arg(ErrorCatalog::text(error)),
                          ErrorCatalog::Action::None);
    });
    const int index = addTab(editor, identity.isEmpty() ? objectId : identity);
    setTabToolTip(index, tr("%1 (id %2)").arg(identity, objectId));
    setCurrentIndex(index);
    if (profile->fields()->loadedUser().objectId() == objectId) {
        // Open in the session already (these tabs are new views of it): shown as it is, edits and all.
        onLoaded(objectId, profile->fields()->loadedUser());
    } else {
        editor->showMessage(int(MessageBanner::Type::Information), tr("Loading the profile…"));
        profile->load(objectId);
    }
    Q_EMIT userOpened(objectId);
    return editor;
}

void UserDirectoryTabs::onLoaded(const QString &objectId, const User &user)
{
    if (!m_tabs.contains(objectId))
        return; // closed while loading
    UserTab &loaded = m_tabs[objectId];
    if (!loaded.profile)
        return;
    const QString identity = user.value(m_schema.identityProperty()).toString();
    if (!identity.isEmpty())
        loaded.identity = identity;
    loaded.editor->banner()->dismiss();
    // Nothing but the tab title said whose profile this is: the form says it, and so does
    // the unsaved-changes question.
    const QString subject = subjectName(user, loaded.identity);
    QString context = tr("You are editing the profile of %1, as support staff. Each save asks "
                         "for a reason and is recorded in the journal.")
                          .arg(subject);
    // An identity that looks like another account's (issue 25: three "bob@example.com").
    const QStringList lookAlikes = m_directory->model()->lookAlikes().of(loaded.identity);
    loaded.lookAlikeWarning = lookAlikes.isEmpty()
        ? QString()
        : tr("%1 looks like another account: %2.")
              .arg(LookAlikes::spelledOut(loaded.identity), LookAlikes::spelledOut(lookAlikes));
    if (!loaded.lookAlikeWarning.isEmpty())
        context += QLatin1Char(' ') + loaded.lookAlikeWarning;
    loaded.editor->setSubject(context);
    // The account strip shows the profile's actions (openUser), when there are any.
    if (StaffAccountActions *account = loaded.profile->accountActions()) {
        account->setUser(user, loaded.identity);
        // The roles show at once; the first call also tells whether the staff service is there.
        account->loadRoles();
        loaded.editor->findChild<AccountStrip *>()->show();
    }
    loaded.guard->setSubject(subject);
    loaded.editor->setProfile(loaded.profile);
    loaded.guard->setProfile(loaded.profile);
    updateTabTitle(objectId);
}

ProfileEditor *UserDirectoryTabs::editorFor(const QString &objectId) const
{
    return m_tabs.value(objectId).editor.data();
}

QStringList UserDirectoryTabs::openUserIds() const
{
    // In tab order, which is the order a person reads them in.
    QStringList ids;
    for (int i = 0; i < count(); ++i) {
        for (auto it = m_tabs.cbegin(); it != m_tabs.cend(); ++it) {
            if (it->editor == widget(i))
                ids << it.key();
        }
    }
    return ids;
}

void UserDirectoryTabs::onTabCloseRequested(int index)
{
    for (auto it = m_tabs.cbegin(); it != m_tabs.cend(); ++it) {
        if (it->editor == widget(index)) {
            closeUser(it.key());
            return;
        }
    }
}

void UserDirectoryTabs::closeUser(const QString &objectId)
{
    const UserTab tab = m_tabs.value(objectId);
    if (!tab.editor)
        return;
    setCurrentWidget(tab.editor);
    QPointer<UserDirectoryTabs> self(this);
    tab.guard->whenSafeToLeave([self, objectId] {
        if (self)
            self->removeUserTab(objectId);
    });
}

void UserDirectoryTabs::removeUserTab(const QString &objectId)
{
    const UserTab tab = m_tabs.take(objectId);
    if (!tab.editor)
        return;
    removeTab(indexOf(tab.editor));
    // Later, not now: this may run inside a signal of the tab's own model.
    tab.editor->deleteLater();
    m_session->closeUser(objectId);
}

void UserDirectoryTabs::updateTabTitle(const QString &objectId)
{
    const UserTab tab = m_tabs.value(objectId);
    const int index = indexOf(tab.editor);
    if (index < 0)
        return;
    const QString name = tab.identity.isEmpty() ? objectId : tab.identity;
    const bool dirty = tab.profile && tab.profile->fields()->isDirty();
    // "&" in an email would become a mnemonic.
    QString title = name;
    title.replace(QLatin1Char('&'), QLatin1String("&&"));
    setTabText(index, dirty ? tr("%1 *").arg(title) : title);
    const QString tip = tr("%1 (id %2)").arg(name, objectId);
    setTabToolTip(index, tab.lookAlikeWarning.isEmpty() ? tip : tip + QLatin1Char('\n') + tab.lookAlikeWarning);
}

bool UserDirectoryTabs::hasUnsavedChanges() const
{
    for (const UserTab &tab : m_tabs) {
        if (tab.guard && tab.guard->hasUnsavedChanges())
            return true;
    }
    return false;
}

void UserDirectoryTabs::whenSafeToLeave(std::function<void()> proceed)
{
    leaveNext(openUserIds(), std::move(proceed));
}

void UserDirectoryTabs::leaveNext(QStringList remaining, std::function<void()> proceed)
{
    while (!remaining.isEmpty()) {
        const UserTab tab = m_tabs.value(remaining.takeFirst());
        if (!tab.guard || !tab.guard->hasUnsavedChanges())
            continue;
        // Ask with the tab in front, so the person sees whose changes the question is about.
        setCurrentWidget(tab.editor);
        QPointer<UserDirectoryTabs> self(this);
        tab.guard->whenSafeToLeave([self, remaining, proceed] {
            if (self)
                self->leaveNext(remaining, proceed);
        });
        return;
    }
    proceed();
}
