#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "core/config.h"
#include "models/session/reauthreason.h"
#include "models/staff/journalinggateway.h"

class DataService;
class DraftStore;
class Journal;
class ProfileEdit;
class ProfileGateway;
class UserSchema;
class UserService;

// A signed-in session and the profiles open in it. It is THE place where a profile being edited
// is assembled, for the signed-in person's own profile (SelfProfileGateway, PUT /users/{id}, their
// DraftStore, the password change) and for support staff editing someone else's
// (StaffProfileGateway wrapped by JournalingGateway: a reason asked, the journal written; drafts in
// a directory of this staff account's own). It also says when the person must sign in again over
// an open profile (reauthenticationRequired()), with the edits kept and the save replayed after.
//
// One per sign-in: the services, the own DraftStore and the journal are the application's and
// outlive it; the staff drafts are the session's.
class Session : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        UserService *users = nullptr;
        DataService *data = nullptr;
        DraftStore *drafts = nullptr; // the person's own drafts
        Journal *journal = nullptr; // the staff journal
    };

    // `identity` as the person signed in with; `config` the server they signed in to.
    Session(const Services &services, const Config &config, const QString &identity, QObject *parent = nullptr);
    // What was typed in any staff edit is on disk before the session goes.
    ~Session() override;

    DataService *data() const { return m_services.data; }
    Journal *journal() const { return m_services.journal; }

    // The signed-in person's own profile, filled from UserService's current user; the session's.
    ProfileEdit *openOwnProfile(const UserSchema &schema);
    ProfileEdit *ownProfile() const { return m_own; }
    // Another user's profile, for support staff; owned by `owner`. Its user arrives with
    // ProfileEdit::load().
    ProfileEdit *openUser(const QString &objectId, const UserSchema &schema, QObject *owner);
    // This staff account's drafts of other users' profiles, apart from anyone's own draft.
    DraftStore *staffDrafts();
    // Asks the reason of every staff save, in the profiles open now and later.
    void setReasonAsker(ReasonAsker asker);

    // The person asked to sign in again over `profile` (the banner's "Sign in…").
    void requestSignIn(ProfileEdit *profile, ReauthReason reason);

Q_SIGNALS:
    // Sign in again, then profile->save()->retry(): its edits are kept meanwhile.
    void reauthenticationRequired(ProfileEdit *profile, ReauthReason reason);
    // Checking the current password in a password change signed in again: the token changed.
    void sessionReplaced();

private:
    ProfileEdit *open(ProfileGateway *gateway, const UserSchema &schema, DraftStore *drafts, const QString &objectId,
                      QObject *owner);

    Services m_services;
    Config m_config;
    QString m_identity;
    QPointer<ProfileEdit> m_own;
    QPointer<DraftStore> m_staffDrafts;
    ReasonAsker m_asker;
};
