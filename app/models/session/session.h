#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

#include "core/config.h"
#include "core/error.h"
#include "models/profile/profileedit.h"
#include "models/session/reauthreason.h"
#include "models/staff/journalinggateway.h"

class AccountService;
class DataService;
class FileService;
class PendingCall;
class DraftStore;
class Journal;
class ProfileGateway;
class RealtimeClient;
class RestCall;
class UserSchema;
class UserService;

// A signed-in session and the profiles open in it, which it owns (a form or a staff tab only shows
// one). It is THE place where a profile being edited is assembled, for the signed-in person's own profile
// (SelfProfileGateway, PUT /users/{id}, their DraftStore, the password change) and for support staff editing someone
// else's (StaffProfileGateway wrapped by JournalingGateway: a reason asked, the journal written; drafts in a directory
// of this staff account's own). It also says when the person must sign in again over an open profile, with the edits
// kept and the save replayed after.
//
// Its state: Active; NeedsCredentials from the first answer that ends the session
// (Error::endsSession, the one rule; the core's UserService::sessionEnded() is listened to here and
// nowhere else) until the person signs in again (renewed()); Ended at sign-out. While it needs
// credentials every piece that wanted the server parks here (park(): the saves, the directory's
// query, the password change) and replays, in the order parked, once renewed() is called. The one
// re-sign-in is asked for with credentialsNeeded(); its view (AppController) opens one dialog for
// any number of askers.
//
// It owns the one Real-Time connection of the sign-in (RealtimeClient; docs/PROTOCOL.md "Real-Time"),
// started when the server's GET /info names an rtURL and off without a word when it does not: it
// gets the session's token at the start and again after every re-sign-in (SET_USER_TOKEN); while the
// session needs credentials it tries no connection with the dead token (it waits for the new one and
// then connects at once). Every profile opened here follows its user's changes through it (LiveChanges).
//
// One per sign-in: the services, the own DraftStore and the journal are the application's and
// outlive it; the staff drafts are the session's.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Active, NeedsCredentials, Ended };
    // A parked request run again: returns its answer when it has one (a save's attempt), so that
    // the next replay waits for it (one question at a time, a reason dialog say), or null.
    using Replay = std::function<PendingCall *()>;
    Q_ENUM(State)

    struct Services
    {
        UserService *users = nullptr;
        DataService *data = nullptr;
        DraftStore *drafts = nullptr; // the person's own drafts
        Journal *journal = nullptr; // the staff journal
        AccountService *accounts = nullptr; // staff account actions on an opened user (none: no actions)
        FileService *files = nullptr; // pictures (FILE_REF fields); none: the field cannot upload
    };

    // `identity` as the person signed in with; `config` the server they signed in to.
    Session(const Services &services, const Config &config, const QString &identity, QObject *parent = nullptr);
    // What was typed in any staff edit is on disk before the session goes.
    ~Session() override;

    // THE place above the core that says which session token is current (the core's UserService holds
    // it; nothing else asks it for the token). Read it when the session starts; tokenChanged() says
    // when to read it again. Empty while NeedsCredentials and once Ended. Never logged, never kept.
    QString token() const;

    DataService *data() const { return m_services.data; }
    // The sign-in's Real-Time connection (its connectedChanged() says when live updates pause).
    RealtimeClient *realtime() const { return m_realtime; }
    Journal *journal() const { return m_services.journal; }

    // The signed-in person's own profile, filled from UserService's current user; the session's.
    ProfileEdit *openOwnProfile(const UserSchema &schema);
    ProfileEdit *ownProfile() const { return m_own; }
    // Another user's profile, for support staff: the session's, one per objectId (the one open
    // already when there is one). Its user, and then its draft, arrive with ProfileEdit::load().
    // With the services' AccountService, the profile holds its StaffAccountActions (journaled as
    // this staff account on this server). The views (a staff tab) show them; they do not own them.
    ProfileEdit *openUser(const QString &objectId, const UserSchema &schema);
    // The staff profile open for `objectId`; null when none is.
    ProfileEdit *openedUser(const QString &objectId) const { return m_staffProfiles.value(objectId).data(); }
    // Closes it (later: this may run inside one of its own signals); its draft stays on disk.
    void closeUser(const QString &objectId);
    // This staff account's drafts of other users' profiles, apart from anyone's own draft.
    DraftStore *staffDrafts();
    // Asks the reason of every staff save, in the profiles open now and later.
    void setReasonAsker(ReasonAsker asker);

    // What the one re-sign-in dialog says and allows, for `reason`: who signs in again, the prompt
    // (ErrorCatalog words it) and whether the server may change (KeyRejected: the app id or key).
    struct Reauthentication
    {
        QString identity;
        QString prompt;
        bool serverEditable = false;
    };
    Reauthentication reauthentication(ReauthReason reason) const;

    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Active; }
    // The answer that ended the session (NeedsCredentials), none otherwise.
    Error endReason() const { return m_endReason; }

    // `replay` runs once the person has signed in again (renewed()), unless `context` is gone by
    // then. One request per context: parking again replaces what that context parked.
    void park(QObject *context, Replay replay);
    // An answer came back: when it ends the session (Error::endsSession), the session needs
    // credentials, `replay` is parked and, with `ask`, the re-sign-in is asked for. True then.
    bool takeAnswer(const Error &answer, QObject *context, Replay replay, bool ask = true);
    // "Sign in again" (or "Server settings…", KeyRejected) chosen somewhere; `replay` as park().
    void requestSignIn(ReauthReason reason, QObject *context = nullptr, Replay replay = {});
    // The person signed in again: Active, and everything parked replays, in order, each after the
    // answer of the one before.
    void renewed();
    // The re-sign-in was cancelled: while the session is still usable (Server settings… over an
    // active session) what was parked for it is dropped; a session that needs credentials keeps
    // it for the next sign-in.
    void signInCancelled();
    // Signed out: Ended, nothing parked replays.
    void end();

Q_SIGNALS:
    void stateChanged(Session::State state);
    // Someone needs the person to sign in again: open the re-sign-in (one for every asker).
    void credentialsNeeded(ReauthReason reason);
    // Checking the current password in a password change signed in again: the token changed.
    void sessionReplaced();
    // token() is another now: the person signed in again (renewed()), a password change signed in
    // again (sessionReplaced()), or the session ended (NeedsCredentials or Ended: empty). Carries no
    // token (the token never travels in a signal): read token().
    void tokenChanged();

private:
    ProfileEdit *open(ProfileGateway *gateway, const UserSchema &schema, DraftStore *drafts, const QString &objectId);
    void startRealtime();
    void giveRealtimeToken();

    Services m_services;
    Config m_config;
    QString m_identity;
    QPointer<ProfileEdit> m_own;
    QHash<QString, QPointer<ProfileEdit>> m_staffProfiles; // by objectId
    QPointer<DraftStore> m_staffDrafts;
    ReasonAsker m_asker;
    RealtimeClient *m_realtime;
    QPointer<RestCall> m_info; // GET /info, for its rtURL
    void setState(State state);
    void needCredentials(const Error &reason);
    void replayNext();

    struct Parked
    {
        QPointer<QObject> context;
        Replay replay;
    };
    State m_state = State::Active;
    Error m_endReason;
    QList<Parked> m_parked;
    QList<Parked> m_replaying; // renewed(): what is still to run again
};
