#include "models/staff/journalinggateway.h"

#include "core/userproperties.h"
#include "models/staff/journal.h"

#include <QJsonValue>

JournalingGateway::JournalingGateway(ProfileGateway *inner, Journal *journal, const Context &context, QObject *parent)
    : ProfileGateway(parent)
    , m_inner(inner)
    , m_journal(journal)
    , m_context(context)
{
    Q_ASSERT(inner);
    inner->setParent(this);
}

JournalingGateway::~JournalingGateway()
{
    cancel();
    finishWaiting();
}

void JournalingGateway::finishWaiting()
{
    const Sent waiting = std::exchange(m_waiting, Sent());
    if (!waiting.entryId.isEmpty() && m_journal)
        m_journal->finish(waiting.entryId, JournalEntry::Result::Failed, waiting.error);
}

UserCall *JournalingGateway::fetch(const QString &objectId)
{
    cancel();
    UserCall *call = m_inner->fetch(objectId);
    // Connected before the asker gets the call: the baseline is the read user when it hears it.
    connect(call, &PendingCall::finished, this, [this, call] {
        if (!call->error().isError())
            m_baseline = call->result();
    });
    return call;
}

UserCall *JournalingGateway::save(const QString &objectId, const QVariantMap &changes)
{
    cancel();
    auto *pending = new UserCall(this);
    m_answer = pending;
    if (!m_waiting.entryId.isEmpty()) {
        if (m_waiting.objectId == objectId && m_waiting.changes == changes) {
            // The save that waited for a sign-in: its entry and its reason.
            const Sent waiting = std::exchange(m_waiting, Sent());
            m_sent = waiting;
            m_entryId = waiting.entryId;
            sendInner(objectId, changes);
            return pending;
        }
        finishWaiting(); // something else is saved now: that one did not happen
    }
    if (!m_asker) {
        finishAnswer(Error::local(tr("No way to ask for the reason of a change.")));
        return pending;
    }
    ReasonRequest request;
    request.userId = objectId;
    request.userIdentity = m_baseline.value(m_schema.identityProperty()).toString();
    request.fields = changes.keys();
    request.previousReason = m_lastReason;
    const quint64 serial = ++m_askSerial;
    QPointer<JournalingGateway> self(this);
    Q_EMIT waitingForReason(true);
    QObject *prompt = m_asker(request, [self, serial, objectId, changes](const QString &answer) {
        if (!self || serial != self->m_askSerial)
            return; // the save was cancelled or superseded meanwhile
        self->m_prompt = nullptr;
        Q_EMIT self->waitingForReason(false);
        const QString reason = answer.trimmed();
        if (reason.isEmpty()) {
            // No reason, no save; the model keeps every edit. Reported as an error rather than a
            // silent cancel so that whoever waits for this save (a "save before closing?") learns
            // that it did not happen.
            self->finishAnswer(Error::local(tr("Not saved: a change to another user's profile needs a reason. "
                                               "Your changes are still in the form.")));
            return;
        }
        self->send(objectId, changes, reason);
    });
    if (serial == m_askSerial)
        m_prompt = prompt;
    return pending;
}

void JournalingGateway::send(const QString &objectId, const QVariantMap &changes, const QString &reason)
{
    m_lastReason = reason;
    JournalEntry entry;
    entry.staff = m_context.staff;
    entry.server = m_context.server;
    entry.userId = objectId;
    const QString identity = m_schema.identityProperty();
    // The identity the user had when the change was made; a user never read takes the new one.
    entry.userIdentity = m_baseline.value(identity).toString();
    if (entry.userIdentity.isEmpty())
        entry.userIdentity = changes.value(identity).toString();
    entry.reason = reason;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        JournalChange change;
        change.field = it.key();
        change.secret = UserProperties::isSecret(it.key());
        if (!change.secret) {
            change.oldValue = m_baseline.isNull() ? QJsonValue(QJsonValue::Undefined)
                                                  : journalValue(it.key(), m_baseline.value(it.key()));
            change.newValue = journalValue(it.key(), it.value());
        }
        entry.changes.append(change);
    }
    m_sent = {objectId, changes, reason, QString(), Error()};
    if (m_journal) {
        m_entryId = m_journal->begin(entry);
        if (m_entryId.isEmpty()) {
            // An unrecorded staff change is not allowed to happen: refuse the save instead.
            return finishAnswer(Error::local(tr("The change was not sent: the edit journal cannot be written.")));
        }
    }
    sendInner(objectId, changes);
}

void JournalingGateway::sendInner(const QString &objectId, const QVariantMap &changes)
{
    UserCall *call = m_inner->save(objectId, changes);
    connect(call, &PendingCall::finished, this, [this, call] { onInnerSaved(call); });
}

void JournalingGateway::onInnerSaved(UserCall *call)
{
    const Error error = call->error();
    if (error.kind == Error::Kind::Cancelled) {
        finishEntry(int(JournalEntry::Result::Cancelled), Error());
        finishAnswer(error);
        return;
    }
    if (!error.isError()) {
        m_baseline = call->result();
        finishEntry(int(JournalEntry::Result::Saved), Error());
        finishAnswer(Error(), call->result());
        return;
    }
    if (error.endsSession() && !m_entryId.isEmpty()) {
        finishWaiting();
        m_waiting = m_sent;
        m_waiting.entryId = std::exchange(m_entryId, QString());
        m_waiting.error = error;
    }
    finishEntry(int(JournalEntry::Result::Failed), error);
    finishAnswer(error);
}

// The answer save() returned: finished once, later (never before save() returned).
void JournalingGateway::finishAnswer(const Error &error, const User &user)
{
    UserCall *call = std::exchange(m_answer, nullptr).data();
    if (!call)
        return;
    call->setResult(user);
    if (error.isError())
        call->failLater(error);
    else
        call->succeedLater();
}

void JournalingGateway::cancel()
{
    ++m_askSerial;
    if (QObject *prompt = std::exchange(m_prompt, nullptr).data()) {
        prompt->deleteLater();
        Q_EMIT waitingForReason(false);
    }
    m_inner->cancel();
    finishEntry(int(JournalEntry::Result::Cancelled), Error());
    if (UserCall *call = std::exchange(m_answer, nullptr).data())
        call->cancel(); // its asker hears Cancelled, unless it let go of it first
}

void JournalingGateway::finishEntry(int result, const Error &error)
{
    const QString id = std::exchange(m_entryId, QString());
    if (id.isEmpty() || !m_journal)
        return;
    m_journal->finish(id, JournalEntry::Result(result), error);
}

QJsonValue JournalingGateway::journalValue(const QString &field, const QVariant &value) const
{
    const PropertyDef *def = m_schema.find(field);
    if (def && def->type == PropertyDef::Type::DateTime) {
        const QDateTime time = User::toDateTime(value);
        if (time.isValid())
            return time.toUTC().toString(Qt::ISODateWithMs);
    }
    return User::toJsonValue(value);
}
