#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>

#include "core/error.h"
#include "core/pendingcall.h"
#include "core/user.h"

class DataService;
class UserService;

// Where a profile is loaded from and saved to. One editor serves both "my own profile"
// (UserService::update, PUT /users/{id}) and support staff editing someone else's
// (DataService::update, PUT /data/Users/{id}); ProfileSave only sees this interface.
//
// At most one call is in flight per gateway: a new fetch()/save() cancels the previous one.
// Every call ends with exactly one of fetched()/saved()/failed(), except after cancel(), which
// ends it silently.
class ProfileGateway : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ProfileGateway() override;

    virtual void fetch(const QString &objectId) = 0; // -> fetched / failed
    virtual void save(const QString &objectId, const QVariantMap &changes) = 0; // -> saved / failed
    virtual void cancel();
    bool isPending() const { return !m_pending.isNull(); }

Q_SIGNALS:
    void fetched(const User &user);
    void saved(const User &user);
    void failed(const Error &error);

protected:
    enum class Outcome { Fetched, Saved };
    // Takes over a call of the core: its result becomes fetched()/saved() or failed().
    // A call that cannot be made (service gone) fails with a Local error, also asynchronously.
    void follow(UserCall *call, Outcome outcome);
    void failLater(const Error &error);
    // Both gateways re-read through GET /data/Users/{id}, the protocol's only read by id.
    void fetchThrough(DataService *data, const QString &objectId);

private:
    QPointer<UserCall> m_pending;
};

// The signed-in user's own profile: saves through PUT /users/{id} (UserService::update) with the
// session token; re-reads through GET /data/Users/{id} (DataService::get), the only read-by-id
// call the protocol has.
class SelfProfileGateway final : public ProfileGateway
{
    Q_OBJECT
public:
    SelfProfileGateway(UserService *users, DataService *data, QObject *parent = nullptr);
    ~SelfProfileGateway() override;

    void fetch(const QString &objectId) override;
    void save(const QString &objectId, const QVariantMap &changes) override;

private:
    QPointer<UserService> m_users;
    QPointer<DataService> m_data;
};

// Another user's profile, edited by support staff through the Data API (PUT /data/Users/{id}).
class StaffProfileGateway final : public ProfileGateway
{
    Q_OBJECT
public:
    explicit StaffProfileGateway(DataService *data, QObject *parent = nullptr);
    ~StaffProfileGateway() override;

    void fetch(const QString &objectId) override;
    void save(const QString &objectId, const QVariantMap &changes) override;

private:
    QPointer<DataService> m_data;
};
