#pragma once

#include <QObject>
#include <QPointer>

#include "core/error.h"
#include "core/pendingcall.h"
#include "core/user.h"
#include "core/userschema.h"

class DraftAutosave;
class LiveChanges;
class PasswordChange;
class PictureStore;
class ProfileGateway;
class ProfileSave;
class StaffAccountActions;
class UserModel;

// One profile open for editing: the gateway it is read from and saved through, its fields
// (UserModel), its save (ProfileSave), its draft autosave (DraftAutosave), what changes made elsewhere
// do to it (LiveChanges) and, for the signed-in person's own profile, the password change; for someone
// else's, support staff's account actions. The editor binds to this one object; whose profile it is
// (the own one, or another user's edited by support staff) is only in which gateway it holds.
// Session assembles them.
class ProfileEdit : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of `gateway`.
    explicit ProfileEdit(ProfileGateway *gateway, QObject *parent = nullptr);
    ~ProfileEdit() override;

    ProfileGateway *gateway() const { return m_gateway; }
    UserModel *fields() const { return m_fields; }
    ProfileSave *save() const { return m_save; }
    DraftAutosave *autosave() const { return m_autosave; }
    LiveChanges *live() const { return m_live; }
    // The signed-in person's own password change; null for someone else's profile.
    PasswordChange *passwordChange() const;
    void setPasswordChange(PasswordChange *change); // takes ownership
    // The files behind the profile's picture field; null where pictures cannot be uploaded.
    PictureStore *pictures() const;
    void setPictures(PictureStore *pictures); // takes ownership; the save uploads through it
    // Support staff's actions on this (someone else's) account; null for the own profile, or where
    // the session has no AccountService. Lives as long as the profile, not as its view.
    StaffAccountActions *accountActions() const;
    void setAccountActions(StaffAccountActions *actions); // takes ownership

    // Reads the user through the gateway, then take()s it: loaded(), or loadFailed().
    void load(const QString &objectId);
    // The user becomes the form's, and the draft of what was typed and not saved (DraftAutosave)
    // goes back into it as unsaved edits: the one place a draft is restored.
    void take(const User &user);

Q_SIGNALS:
    void loaded(const User &user);
    void loadFailed(const Error &error);
    // A save waits for the person (a reason to give): the form stays locked but nothing is sent.
    void waitingForPerson(bool waiting);

private:
    ProfileGateway *m_gateway;
    UserModel *m_fields;
    ProfileSave *m_save;
    DraftAutosave *m_autosave;
    LiveChanges *m_live;
    QPointer<PasswordChange> m_passwordChange;
    QPointer<PictureStore> m_pictures;
    QPointer<StaffAccountActions> m_accountActions;
    QPointer<UserCall> m_loading; // the read load() waits for
};
