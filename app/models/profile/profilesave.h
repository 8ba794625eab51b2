#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

#include "core/error.h"
#include "core/pendingcall.h"
#include "core/user.h"
#include "models/errorcatalog.h"
#include "models/profile/conflict.h"

class ProfileGateway;
class Session;
class UserModel;

// The save of one profile: the state machine between a UserModel and its ProfileGateway.
//
// submit() re-reads the user through the gateway (a refused read does not block the save: the
// PUT's answer decides); if `updated` moved since load and the server changed a property the
// person also edited, conflictsFound() lets them choose per field (resolveConflicts()); otherwise
// only the changed properties are sent. Success: the server's user becomes the model's loaded
// state, its edits are cleared, saved(); except what the reply shows the server did not store (a
// silent drop): that stays an edit, with an error under the field (fieldErrorsChanged(), no
// saved()). Failure: ErrorCatalog decides where the error goes; every edit is kept.
//
// While a request is in flight the model is locked (UserModel::setLocked), so that what is sent is
// what is shown.
//
// Each submit() returns the attempt's own answer: it finishes once, with no error when the profile
// was saved, and with why not otherwise (an error, Cancelled for a cancel or a declined conflict,
// the session-ending answer when the save waits for a sign-in). Whoever asked holds it.
//
// A picture field (a FILE_REF column) whose edit is a local copy is uploaded first, under a new
// name, through the gateway's PictureStore; the PUT then carries its URL with the other edits. Only after the PUT
// succeeded is the previous picture deleted; when the PUT fails, the fresh upload is deleted and the local copy stays
// the edit. A picture removed (null) deletes the previous file after the PUT as well. A cancel during
// the PUT re-reads the row and deletes the uploads it does not name (PictureStore::dropUploadsUnlessStored).
//
// With a Session, a save that finds the session ended (Error::endsSession) parks there and runs
// again after the person signed in; while the session needs credentials nothing is sent.
class ProfileSave : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    ProfileSave(UserModel *model, ProfileGateway *gateway, QObject *parent = nullptr);
    ~ProfileSave() override;

    bool isBusy() const { return m_state != State::Idle && m_state != State::AwaitingResolution; }
    bool isAwaitingConflictResolution() const { return m_state == State::AwaitingResolution; }
    Error lastError() const { return m_lastError; }
    void setSession(Session *session);

public Q_SLOTS:
    // Re-read, conflict check, then save. Returns the attempt (see above), or null when nothing
    // was started (busy, nothing changed, or a local error: then fieldErrorsChanged() says where).
    PendingCall *submit();
    void resolveConflicts(const QHash<QString, ConflictChoice> &choices); // then saves
    PendingCall *retry(); // the same edits again (after Retry, or after signing in again)
    void cancel(); // aborts the request in flight; edits stay

Q_SIGNALS:
    void busyChanged(bool busy);
    void saved();
    // A form-level message for the banner (text from ErrorCatalog; action: Retry, ServerSettings...).
    void formError(const Error &error, const QString &text, ErrorCatalog::Action action);
    // After a save attempt placed errors on fields (local validation refused submit(), or the
    // server's reply): the names with an error, in form order, so the UI can focus the first.
    // Errors that appear while typing arrive through the model's dataChanged(ErrorRole).
    void fieldErrorsChanged(const QStringList &names);
    // The session is gone (Error::endsSession): sign in again, then retry(); every edit is kept.
    void reauthenticationRequired(const Error &error);
    // The sign-in this save waited for happened (the Session is Active again): what said to sign in
    // is out of date at once, before the replayed save has its answer (a staff save asks its reason
    // first). The save itself runs again through the Session's replay.
    void signedInAgain();
    void conflictsFound(const QList<Conflict> &conflicts);
    // A save found that another device had changed these fields, which the person had not edited:
    // the form now shows the server's values (no silent switch: the editor names them).
    void serverChangesTaken(const QStringList &names);

private:
    enum class State { Idle, Checking, AwaitingResolution, Saving };
    void setState(State state);
    void startSave();
    void rebase(const User &server);
    // Holds `call` (the gateway's answer) until it finishes: then `onDone` or `onError`.
    void await(UserCall *call, void (ProfileSave::*onDone)(const User &),
               void (ProfileSave::*onError)(const Error &) = &ProfileSave::onFailed);
    void letGo(); // the held call's answer is no longer wanted
    void onFetched(const User &server);
    void onSaved(const User &server);
    void keepNotStored(const QVariantMap &sent, const QStringList &names);
    void onFetchFailed(const Error &error);
    void onFailed(const Error &error);
    void placeServerError(const Error &error);
    void finishAttempt(const Error &error);

    QPointer<UserModel> m_model;
    QPointer<ProfileGateway> m_gateway;
    QPointer<Session> m_session;
    QPointer<PendingCall> m_attempt; // the answer of the submit() in progress
    QPointer<UserCall> m_call; // the gateway's answer this save waits for
    State m_state = State::Idle;
    Error m_lastError;
    QList<Conflict> m_conflicts;
    User m_serverUser; // the re-read user while conflicts are pending
    QVariantMap m_sent; // what the save in flight sent, to compare with what comes back
    QPointer<PendingCall> m_uploading; // the chosen pictures going up before the PUT (PictureStore)
};
