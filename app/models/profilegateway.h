#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>

#include "core/error.h"
#include "core/pendingcall.h"
#include "core/user.h"

class DataService;
class PictureStore;
class UserService;

// Where a profile is loaded from and saved to. One editor serves both "my own profile"
// (UserService::update, PUT /users/{id}) and support staff editing someone else's
// (DataService::update, PUT /data/Users/{id}); ProfileSave only sees this interface.
//
// Each fetch()/save() returns the request's own answer (a UserCall of the core: finished() once,
// the user or the error); whoever asked holds it. At most one call is in flight per gateway: a new
// fetch()/save() cancels the previous one, whose answer then finishes with Kind::Cancelled, as it
// does after cancel(). An asker that lets go of a call disconnects from it first.
class ProfileGateway : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ProfileGateway() override;

    [[nodiscard]] virtual UserCall *fetch(const QString &objectId) = 0;
    [[nodiscard]] virtual UserCall *save(const QString &objectId, const QVariantMap &changes) = 0;
    virtual void cancel();

    // The files behind the profile's picture fields (not owned; ProfileEdit's): a save uploads
    // the chosen pictures through it before the PUT. Null: no picture can be saved.
    void setPictures(PictureStore *pictures);
    PictureStore *pictures() const;

protected:
    // The call in flight from now on (a newer request supersedes the older one); returns it.
    UserCall *follow(UserCall *call);
    // A call that cannot be made (service gone): its answer fails with `error`, also asynchronously.
    UserCall *failLater(const Error &error);
    // Both gateways re-read through GET /data/Users/{id}, the protocol's only read by id.
    UserCall *fetchThrough(DataService *data, const QString &objectId);

private:
    QPointer<UserCall> m_pending;
    QPointer<PictureStore> m_pictures;
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

    UserCall *fetch(const QString &objectId) override;
    UserCall *save(const QString &objectId, const QVariantMap &changes) override;

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

    UserCall *fetch(const QString &objectId) override;
    UserCall *save(const QString &objectId, const QVariantMap &changes) override;

private:
    QPointer<DataService> m_data;
};
