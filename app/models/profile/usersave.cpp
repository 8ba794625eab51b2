// UserModel's save path: re-read, conflict check, save, and where the reply's error goes.
// Kept apart from the field bookkeeping in usermodel.cpp because it changes for a different
// reason (the protocol's flow), not because it is a different object: the UI binds to one model.
#include "models/profile/usermodel.h"

#include "models/profilegateway.h"
#include "models/propertyvalue.h"

bool UserModel::submit()
{
    if (isBusy() || isAwaitingConflictResolution() || !m_gateway)
        return false;
    if (!isValid()) {
        // Nothing is sent with a local error: show where, so the UI focuses the first one.
        Q_EMIT fieldErrorsChanged(fieldsWithErrors());
        return false;
    }
    if (!isDirty())
        return false;
    clearServerErrors();
    m_lastError = Error();
    // The request leaves first: what busyChanged() sets off in the UI (locking and repainting the
    // form) then runs while the server answers instead of before it is asked. The reply cannot
    // overtake this: the gateway's results are always delivered later, from the event loop.
    m_gateway->fetch(objectId());
    setState(State::Checking);
    return true;
}

void UserModel::retry()
{
    submit();
}

void UserModel::cancel()
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
        if (m_gateway)
            m_gateway->cancel();
        break;
    }
    setState(State::Idle);
}

void UserModel::onFetched(const User &server)
{
    if (m_state != State::Checking)
        return;
    if (server.updated() == m_loaded.updated()) {
        startSave();
        return;
    }
    // Someone else saved since the form was loaded. Only a property both sides changed (to
    // different values) needs the user's decision; the rest is taken from the server.
    QList<Conflict> conflicts;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.hasEdit || row.added || row.system)
            continue;
        const QVariant serverValue = PropertyValue::fromWire(row.def, server.value(row.def.name));
        if (!PropertyValue::same(row.def, serverValue, row.loaded)
            && !PropertyValue::same(row.def, serverValue, row.edited))
            conflicts.append({ row.def.name, row.loaded, serverValue, row.edited });
    }
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

void UserModel::resolveConflicts(const QHash<QString, ConflictChoice> &choices)
{
    if (m_state != State::AwaitingResolution)
        return;
    const QList<Conflict> conflicts = std::exchange(m_conflicts, {});
    rebase(std::exchange(m_serverUser, User()));
    for (const Conflict &conflict : conflicts) {
        // The user saw every conflict; one left without an answer keeps what they typed.
        if (choices.value(conflict.name, ConflictChoice::KeepMine) != ConflictChoice::TakeServer)
            continue;
        const int i = rowOf(conflict.name);
        if (i < 0)
            continue;
        m_rows[i].dropEdit();
        emitRowChanged(i);
    }
    emitStateChanges();
    scheduleDraft();
    if (!isDirty()) {
        // Everything was taken from the server: the form equals the server, which is "saved".
        onSaved(m_loaded);
        return;
    }
    startSave();
}

void UserModel::rebase(const User &server)
{
    m_loaded = server;
    QStringList taken; // fields another device changed that the person had not touched
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.added)
            continue;
        const QVariant before = row.loaded;
        row.loaded = PropertyValue::fromWire(row.def, server.value(row.def.name));
        if (!row.system && !row.hasEdit && !PropertyValue::same(row.def, before, row.loaded))
            taken << row.def.name;
        if (row.hasEdit && row.localError.isEmpty() && PropertyValue::same(row.def, row.edited, row.loaded))
            row.dropEdit();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    emitStateChanges();
    if (!taken.isEmpty())
        Q_EMIT serverChangesTaken(taken);
}

void UserModel::startSave()
{
    setState(State::Saving);
    m_sent = changes();
    m_gateway->save(objectId(), m_sent);
}

void UserModel::onSaved(const User &server)
{
    if (m_state != State::Saving && m_state != State::AwaitingResolution)
        return;
    const QVariantMap sent = std::exchange(m_sent, {});
    // A 200 proves nothing about each property; the reply does (User::notStored).
    const QStringList notStored = server.notStored(User::updateBody(sent));
    setUser(server); // the server's user is the truth: edits and errors cleared
    setState(State::Idle);
    if (!notStored.isEmpty()) {
        keepNotStored(sent, notStored);
        return;
    }
    if (m_drafts && m_draftKey.isValid())
        m_drafts->remove(m_draftKey);
    Q_EMIT saved();
}

// What the server did not keep stays what it was before the save: typed, unsaved, in the draft,
// with a message under the field; the rest of the save stands.
void UserModel::keepNotStored(const QVariantMap &sent, const QStringList &names)
{
    QVariantMap edits;
    for (const QString &name : names)
        edits.insert(name, sent.value(name));
    applyDraftEdits(edits); // also schedules the draft
    for (const QString &name : names) {
        const int i = rowOf(name);
        if (i < 0)
            continue;
        m_rows[i].serverError = tr("The server did not store this property. Its dynamic schema may be off.");
        emitRowChanged(i);
    }
    Q_EMIT fieldErrorsChanged(fieldsWithErrors());
}

void UserModel::onFailed(const Error &error)
{
    if (m_state != State::Checking && m_state != State::Saving)
        return;
    if (m_state == State::Checking && readRefusedButSaveMayWork(error)) {
        // The app's permissions may forbid reading the Users table (Backendless lets an app
        // deny it) while self-update is allowed; or the record is gone. Either way the PUT's
        // answer is the one that counts (3030, 3029, ...), so the save goes ahead unchecked.
        startSave();
        return;
    }
    m_lastError = error;
    setState(State::Idle);
    placeServerError(error);
}

bool UserModel::readRefusedButSaveMayWork(const Error &error)
{
    return error.kind == Error::Kind::Server && !ErrorCatalog::needsSignIn(error)
           && error.code != ErrorCode::WrongAppIdOrKey;
}

void UserModel::placeServerError(const Error &error)
{
    ErrorCatalog::UpdateContext context;
    context.identityProperty = m_schema.identityProperty();
    QStringList emptiedNow;
    for (const Row &row : std::as_const(m_rows)) {
        const bool empty = PropertyValue::isEmpty(row.current());
        if (row.def.required && !row.system && empty)
            context.emptyRequired.append(row.def.name);
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
        bool placed = false;
        for (const QString &name : std::as_const(placement.fields)) {
            const int i = rowOf(name);
            if (i < 0)
                continue;
            m_rows[i].serverError = placement.text;
            emitRowChanged(i);
            placed = true;
        }
        if (placed) {
            Q_EMIT fieldErrorsChanged(fieldsWithErrors());
            return;
        }
        // The field is not in this form: the message must still be seen.
        placement.target = ErrorCatalog::Target::Banner;
        placement.text = ErrorCatalog::text(error);
    }
    switch (placement.target) {
    case ErrorCatalog::Target::Reauthenticate:
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

void UserModel::clearServerErrors()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).serverError.isEmpty()) {
            m_rows[i].serverError.clear();
            emitRowChanged(i);
        }
    }
}
