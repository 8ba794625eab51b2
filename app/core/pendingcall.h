#pragma once

#include "core/error.h"
#include "core/user.h"
#include "core/userschema.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class RestCall;

// A call of UserService/DataService in flight: ONE signal, finished(), emitted exactly once and never
// before the method that created the call has returned. Afterwards the object deletes itself
// (deleteLater): copy the typed result in the slot connected to finished().
//
//   auto *call = users->update(changes);
//   connect(call, &UserCall::finished, this, [this, call] {
//       if (call->error().isError()) showError(call->error()); else show(call->result());
//   });
class PendingCall : public QObject
{
    Q_OBJECT

public:
    ~PendingCall() override;

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    // Aborts the request; finished() follows at once with Kind::Cancelled. No effect once finished.
    void cancel();

Q_SIGNALS:
    void finished();

public:
    // --- for the services (not for callers) ---
    using Parser = std::function<Error(const QJsonValue &)>; // fills the typed result or says why not
    using Observer = std::function<void(PendingCall *)>; // sees the outcome before finished()
    explicit PendingCall(QObject *parent = nullptr);
    void attach(RestCall *rest, Parser parser, Observer observer = {});
    void failLater(const Error &error, Observer observer = {}); // for calls refused before sending
    void succeedLater(Observer observer = {}); // for calls answered without a request

private:
    void complete(const Error &error);

    QPointer<RestCall> m_rest;
    Observer m_observer;
    Error m_error;
    bool m_finished = false;
};

// A call with a typed result: the service fills it with setResult() in its parser, the caller reads
// result() in the slot connected to finished(). A template cannot carry Q_OBJECT (moc), so the signal
// stays on PendingCall; connect to &PendingCall::finished (or &UserCall::finished, the same signal).
template<typename T>
class Call : public PendingCall
{
public:
    using Value = T;
    using PendingCall::PendingCall;
    T result() const { return m_result; }
    void setResult(const T &result) { m_result = result; }

private:
    T m_result{};
};

using UserCall = Call<User>;
using UsersCall = Call<QList<User>>;
using SchemaCall = Call<UserSchema>;
using RolesCall = Call<QStringList>;
using BoolCall = Call<bool>;
using CountCall = Call<qint64>;

// Parser for replies that are one user: fills call's result; a user without objectId is a protocol error.
Error takeUser(UserCall *call, const QJsonValue &value);
// Parser for replies that are a list of role names (users/userroles, the ProfileDeskStaff service).
Error takeRoles(RolesCall *call, const QJsonValue &value);
