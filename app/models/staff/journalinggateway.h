#pragma once

#include <QPointer>
#include <QStringList>

#include <functional>

#include "core/user.h"
#include "core/userschema.h"
#include "models/profilegateway.h"

class Journal;

// What a staff save asks the person for before it leaves.
struct ReasonRequest
{
    QString userId;
    QString userIdentity; // the edited user's email
    QStringList fields; // the properties this save changes
    QString previousReason; // the reason given for this user's last save in this tab, to reuse
};

// Asks for the reason of a save; calls `answer` once with the reason, or with an empty string when
// the person declined. Returns the object showing the question (a dialog), or nullptr when it
// answered at once; the gateway deletes it when the save is cancelled meanwhile.
using ReasonAsker = std::function<QObject *(const ReasonRequest &request, std::function<void(const QString &)> answer)>;

// Support staff's save path: wraps the gateway that talks to the server (StaffProfileGateway,
// PUT /data/Users/{id}) so that every save first gets a reason from the person (required; declining
// fails the save with a Local error, every edit kept), then is written to the Journal before it
// leaves, and its result after. The old values come from the user as last read or saved through
// this gateway, which ProfileSave re-reads just before each save, so "old" is what the server held.
// A save whose answer ends the session (Error::endsSession) leaves its entry open: the same save
// replayed after the sign-in completes that entry with the reason already given, so the change is
// journaled once and the reason is not asked twice.
class JournalingGateway final : public ProfileGateway
{
    Q_OBJECT
public:
    struct Context
    {
        QString staff; // the staff account's identity
        QString server; // Config::serverKey()
    };

    // Takes ownership of `inner`.
    JournalingGateway(ProfileGateway *inner, Journal *journal, const Context &context, QObject *parent = nullptr);
    ~JournalingGateway() override;

    void setSchema(const UserSchema &schema) { m_schema = schema; }
    void setReasonAsker(ReasonAsker asker) { m_asker = std::move(asker); }
    ProfileGateway *inner() const { return m_inner; }
    QString lastReason() const { return m_lastReason; }
    // The journal entry of the save in flight (empty when none).
    QString pendingEntryId() const { return m_entryId; }

    UserCall *fetch(const QString &objectId) override;
    // The answer is the gateway's own: it finishes after the reason was asked, the journal written
    // and the inner save answered (or with the Local error that stopped it before it left).
    UserCall *save(const QString &objectId, const QVariantMap &changes) override;
    void cancel() override;

Q_SIGNALS:
    // True while the save waits for the person to give a reason (nothing is being sent then),
    // false once they answered or the save was cancelled.
    void waitingForReason(bool waiting);

private:
    void send(const QString &objectId, const QVariantMap &changes, const QString &reason);
    void sendInner(const QString &objectId, const QVariantMap &changes);
    void onInnerSaved(UserCall *call);
    void finishAnswer(const Error &error, const User &user = User());
    void finishEntry(int result, const Error &error);
    void finishWaiting();
    QJsonValue journalValue(const QString &field, const QVariant &value) const;

    ProfileGateway *m_inner;
    QPointer<Journal> m_journal;
    Context m_context;
    UserSchema m_schema;
    ReasonAsker m_asker;
    User m_baseline; // the user as last read or saved
    QString m_lastReason;
    QString m_entryId;
    // The save in flight, and the one waiting for a sign-in (with its open entry).
    struct Sent
    {
        QString objectId;
        QVariantMap changes;
        QString reason;
        QString entryId;
        Error error;
    };
    Sent m_sent;
    Sent m_waiting;
    QPointer<QObject> m_prompt;
    QPointer<UserCall> m_answer; // what save() returned, until it finishes
    quint64 m_askSerial = 0; // answers to an abandoned question are ignored
};
