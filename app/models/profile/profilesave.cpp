#include "models/profile/profilesave.h"

#include "core/pendingcall.h"
#include "models/profile/picturestore.h"
#include "models/profile/profileedit.h"
#include "models/profile/usermodel.h"
#include "models/profilegateway.h"
#include "models/propertyvalue.h"
#include "models/session/session.h"

#include <utility>

namespace {

// The re-read before a save was refused, but not for a reason that dooms the save.
bool readRefusedButSaveMayWork(const Error &error)
{
    return error.kind == Error::Kind::Server && !error.endsSession() && error.code != ErrorCode::WrongAppIdOrKey;
}

} // namespace

ProfileSave::ProfileSave(UserModel *model, ProfileGateway *gateway, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_gateway(gateway)
{ }

ProfileSave::~ProfileSave()
{
    letGo();
}

void ProfileSave::await(UserCall *call, void (ProfileSave::*onDone)(const User &),
                        void (ProfileSave::*onError)(const Error &))
{
    letGo();
    m_call = call;
    connect(call, &PendingCall::finished, this, [this, call, onDone, onError] {
        m_call.clear();
        if (call->error().isError())
            (this->*onError)(call->error());
        else
            (this->*onDone)(call->result());
    });
}

void ProfileSave::letGo()
{
    if (UserCall *call = std::exchange(m_call, nullptr).data())
        call->disconnect(this);
    if (PendingCall *uploading = std::exchange(m_uploading, nullptr).data()) {
        uploading->disconnect(this);
        uploading->cancel();
    }
}

PendingCall *ProfileSave::submit()
{
    if (isBusy() || isAwaitingConflictResolution() || !m_gateway || !m_model)
        return nullptr;
    if (!m_model->isValid()) {
        // Nothing is sent with a local error: show where, so the UI focuses the first one.
        Q_EMIT fieldErrorsChanged(m_model->fieldsWithErrors());
        return nullptr;
    }
    if (!m_model->isDirty())
        return nullptr;
    m_model->setServerErrors({}, {});
    m_lastError = Error();
    finishAttempt(Error::cancelled()); // an older attempt's asker learns it was superseded
    auto *attempt = new PendingCall(this);
    m_attempt = attempt;
    if (m_session && !m_session->isActive()) {
        // Nothing goes out without a session: the save waits for the sign-in, as one that found
        // the session ended does.
        m_lastError = m_session->endReason().isError() ? m_session->endReason()
                                                       : Error::local(tr("Not signed in."), ErrorCode::NotLoggedIn);
        placeServerError(m_lastError);
        finishAttempt(m_lastError);
        return attempt;
    }
    // The request leaves first: what busyChanged() sets off in the UI (locking and repainting the
    // form) then runs while the server answers instead of before it is asked. The reply cannot
    // overtake this: the gateway's results are always delivered later, from the event loop.
    await(m_gateway->fetch(m_model->loadedUser().objectId()), &ProfileSave::onFetched, &ProfileSave::onFetchFailed);
    setState(State::Checking);
    return attempt;
}

void ProfileSave::setSession(Session *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (!session)
        return;
    connect(session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Active && m_lastError.endsSession())
            Q_EMIT signedInAgain();
    });
}

void ProfileSave::finishAttempt(const Error &error)
{
    PendingCall *attempt = std::exchange(m_attempt, nullptr).data();
    if (!attempt)
        return;
    if (error.isError())
        attempt->failLater(error);
    else
        attempt->succeedLater();
}

PendingCall *ProfileSave::retry()
{
    return submit();
}

void ProfileSave::cancel()
{
    switch (m_state) {
    case State::Idle:
        return;
    case State::AwaitingResolution:
        // Nothing is rebased: the next submit() finds the same conflicts again.
        m_conflicts.clear();
        m_serverUser = User();
        break;
    case State::Checking:
    case State::Saving:
        // A save the server already applied is harmless: the next submit() re-reads, finds the
        // server holding the typed values, and they stop being edits.
        letGo();
        if (m_gateway)
            m_gateway->cancel();
        // The PUT may or may not have been applied: the row, read again, says which of this save's
        // uploads it names; the others go, as after a failed PUT.
        if (PictureStore *pictures = m_gateway ? m_gateway->pictures() : nullptr;
            pictures && pictures->hasUploads() && m_model)
            pictures->dropUploadsUnlessStored(m_gateway->fetch(m_model->loadedUser().objectId()));
        break;
    }
    setState(State::Idle);
    finishAttempt(Error::cancelled());
}

void ProfileSave::setState(State state)
{
    const bool wasBusy = isBusy();
    m_state = state;
    if (m_model)
        m_model->setLocked(isBusy());
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void ProfileSave::onFetched(const User &server)
{
    if (!m_model)
        return;
    if (server.updated() == m_model->loadedUser().updated()) {
        startSave();
        return;
    }
    // Someone else saved since the form was loaded. Only a property both sides changed (to
    // different values) needs the person's decision; the rest is taken from the server.
    const QList<Conflict> conflicts = m_model->conflictsWith(server);
    if (conflicts.isEmpty()) {
        rebase(server);
        startSave();
        return;
    }
    m_serverUser = server;
    m_conflicts = conflicts;
    setState(State::AwaitingResolution);
    Q_EMIT conflictsFound(conflicts);
}

void ProfileSave::resolveConflicts(const QHash<QString, ConflictChoice> &choices)
{
    if (m_state != State::AwaitingResolution || !m_model)
        return;
    const QList<Conflict> conflicts = std::exchange(m_conflicts, {});
    rebase(std::exchange(m_serverUser, User()));
    for (const Conflict &conflict : conflicts) {
        // The person saw every conflict; one left without an answer keeps what they typed.
        if (choices.value(conflict.name, ConflictChoice::KeepMine) == ConflictChoice::TakeServer)
            m_model->revert(conflict.name);
    }
    if (!m_model->isDirty()) {
        // Everything was taken from the server: the form equals the server, which is "saved".
        onSaved(m_model->loadedUser());
        return;
    }
    startSave();
}

void ProfileSave::rebase(const User &server)
{
    const QStringList taken = m_model->rebase(server);
    if (!taken.isEmpty())
        Q_EMIT serverChangesTaken(taken);
}

void ProfileSave::startSave()
{
    setState(State::Saving);
    m_sent = m_model->changes();
    PictureStore *pictures = m_gateway->pictures();
    if (!PictureStore::hasChosen(m_sent)) {
        await(m_gateway->save(m_model->loadedUser().objectId(), m_sent), &ProfileSave::onSaved);
        return;
    }
    ChangesCall *uploading = pictures ? pictures->uploadChosen(m_sent) : nullptr;
    if (!uploading) {
        onFailed(Error::local(tr("Pictures cannot be uploaded here.")));
        return;
    }
    m_uploading = uploading;
    connect(uploading, &PendingCall::finished, this, [this, uploading] {
        m_uploading.clear();
        const Error error = uploading->error();
        if (!error.isError()) {
            m_sent = uploading->result(); // the chosen pictures' stored URLs instead of the local copies
            await(m_gateway->save(m_model->loadedUser().objectId(), m_sent), &ProfileSave::onSaved);
            return;
        }
        const QString field = uploading->result().value(QStringLiteral("field")).toString();
        if (field.isEmpty() || error.endsSession() || error.kind == Error::Kind::Network
            || error.kind == Error::Kind::Timeout || error.kind == Error::Kind::Cancelled) {
            onFailed(error); // the form's own places: sign in again, Retry
            return;
        }
        // Why the picture did not go up: under its field; nothing was PUT.
        m_lastError = error;
        m_sent.clear();
        setState(State::Idle);
        m_model->setServerErrors({field}, ErrorCatalog::pictureText(error));
        Q_EMIT fieldErrorsChanged(m_model->fieldsWithErrors());
        finishAttempt(error);
    });
}

void ProfileSave::onSaved(const User &server)
{
    if (!m_model)
        return;
    const QVariantMap sent = std::exchange(m_sent, {});
    // A 200 proves nothing about each property; the reply does (User::notStored).
    const QStringList notStored = server.notStored(User::updateBody(sent));
    // The row points at the new picture (or at none): the previous file and the local copy go.
    if (PictureStore *pictures = m_gateway ? m_gateway->pictures() : nullptr) {
        QVariantMap previous;
        for (const ProfileField &row : m_model->fields()) {
            if (row.def.type == PropertyDef::Type::FileRef)
                previous.insert(row.def.name, row.loaded);
        }
        pictures->saved(previous, sent, notStored);
    }
    m_model->setUser(server); // the server's user is the truth: edits and errors cleared
    setState(State::Idle);
    if (!notStored.isEmpty()) {
        keepNotStored(sent, notStored);
        finishAttempt(Error::local(tr("The server did not store every property.")));
        return;
    }
    finishAttempt(Error());
    Q_EMIT saved();
}

// What the server did not keep stays what it was before the save: typed, unsaved, in the draft,
// with a message under the field; the rest of the save stands.
void ProfileSave::keepNotStored(const QVariantMap &sent, const QStringList &names)
{
    QVariantMap edits;
    for (const QString &name : names)
        edits.insert(name, sent.value(name));
    m_model->applyDraftEdits(edits); // the model says edited(): the draft keeps them
    // The field's own words: the message is the model's (its translation context is UserModel's).
    m_model->setServerErrors(names,
                             UserModel::tr("The server did not store this property. Its dynamic schema may be off."));
    Q_EMIT fieldErrorsChanged(m_model->fieldsWithErrors());
}

void ProfileSave::onFetchFailed(const Error &error)
{
    if (readRefusedButSaveMayWork(error)) {
        // The app's permissions may forbid reading the Users table (Backendless lets an app
        // deny it) while self-update is allowed; or the record is gone. Either way the PUT's
        // answer is the one that counts (3030, 3029, ...), so the save goes ahead unchecked.
        startSave();
        return;
    }
    onFailed(error);
}

void ProfileSave::onFailed(const Error &error)
{
    if (PictureStore *pictures = m_gateway ? m_gateway->pictures() : nullptr)
        pictures->dropUploads(); // the row does not point at them: nothing may be left behind
    m_lastError = error;
    setState(State::Idle);
    if (m_model)
        placeServerError(error);
    finishAttempt(error);
}

void ProfileSave::placeServerError(const Error &error)
{
    ErrorCatalog::UpdateContext context;
    context.identityProperty = m_model->schema().identityProperty();
    QStringList emptiedNow;
    for (const ProfileField &row : m_model->fields()) {
        const bool empty = PropertyValue::isEmpty(row.current());
        if (row.def.required && !row.system && empty)
            context.emptyRequired.append(row.def.name);
        if (row.hasEdit)
            context.editedProperties.append(row.def.name);
        if (row.hasEdit && empty)
            emptiedNow.append(row.def.name);
        if (row.added)
            context.addedProperties.append(row.def.name);
    }
    // 3045 while no field the form knows as required is empty: the schema changed on the
    // server since it was read, and the culprits are the fields this save emptied.
    if (context.emptyRequired.isEmpty())
        context.emptyRequired = emptiedNow;
    ErrorCatalog::Placement placement = ErrorCatalog::placeUpdateError(error, context);

    if (placement.target == ErrorCatalog::Target::Fields) {
        if (m_model->setServerErrors(placement.fields, placement.text)) {
            Q_EMIT fieldErrorsChanged(m_model->fieldsWithErrors());
            return;
        }
        // The field is not in this form: the message must still be seen.
        placement.target = ErrorCatalog::Target::Banner;
        placement.text = ErrorCatalog::text(error);
    }
    switch (placement.target) {
    case ErrorCatalog::Target::Reauthenticate:
        // The form says why nothing was saved and offers the sign-in; the save waits for it.
        Q_EMIT formError(error, placement.text, ErrorCatalog::Action::SignIn);
        if (m_session) {
            QPointer<ProfileSave> self(this);
            m_session->takeAnswer(error, this, [self] { return self ? self->retry() : nullptr; });
        }
        Q_EMIT reauthenticationRequired(error);
        break;
    case ErrorCatalog::Target::Banner:
        Q_EMIT formError(error, placement.text, placement.action);
        break;
    case ErrorCatalog::Target::None:
    case ErrorCatalog::Target::Fields:
        break;
    }
}
