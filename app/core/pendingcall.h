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
//       if (call->error().isError()) showError(call->error()); else show(call->user());
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
    using Parser = std::function<Error(const QJsonValue &)>;   // fills the typed result or says why not
    using Observer = std::function<void(PendingCall *)>;       // sees the outcome before finished()
    explicit PendingCall(QObject *parent = nullptr);
    void attach(RestCall *rest, Parser parser, Observer observer = {});
    void failLater(const Error &error, Observer observer = {}); // for calls refused before sending
    void succeedLater(Observer observer = {});                  // for calls answered without a request

private:
    void complete(const Error &error);

    QPointer<RestCall> m_rest;
    Observer m_observer;
    Error m_error;
    bool m_finished = false;
};

class UserCall : public PendingCall
{
    Q_OBJECT
public:
    using PendingCall::PendingCall;
    User user() const { return m_user; }
    void setUser(const User &user) { m_user = user; }
    // Parser for replies that are one user: a user without objectId is a protocol error.
    Error takeUser(const QJsonValue &value);
    QString userToken() const { return m_token; } // login only; internal, never logged
    void setUserToken(const QString &token) { m_token = token; }
private:
    User m_user;
    QString m_token;
};

class UsersCall : public PendingCall
{
    Q_OBJECT
public:
    using PendingCall::PendingCall;
    QList<User> users() const { return m_users; }
    void setUsers(const QList<User> &users) { m_users = users; }
private:
    QList<User> m_users;
};

class SchemaCall : public PendingCall
{
    Q_OBJECT
public:
    using PendingCall::PendingCall;
    UserSchema schema() const { return m_schema; }
    void setSchema(const UserSchema &schema) { m_schema = schema; }
private:
    UserSchema m_schema;
};

class RolesCall : public PendingCall
{
    Q_OBJECT
public:
    using PendingCall::PendingCall;
    QStringList roles() const { return m_roles; }
    void setRoles(const QStringList &roles) { m_roles = roles; }
private:
    QStringList m_roles;
};

class BoolCall : public PendingCall
{
    Q_OBJECT
public:
    using PendingCall::PendingCall;
    bool boolValue() const { return m_value; }
    void setBoolValue(bool value) { m_value = value; }
private:
    bool m_value = false;
};

class CountCall : public PendingCall
{
    Q_OBJECT
public:
    using PendingCall::PendingCall;
    qint64 count() const { return m_count; }
    void setCount(qint64 count) { m_count = count; }
private:
    qint64 m_count = 0;
};
