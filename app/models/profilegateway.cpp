#include "models/profilegateway.h"

#include "core/dataservice.h"
#include "core/pendingcall.h"
#include "core/userservice.h"
#include "models/profile/picturestore.h"

void ProfileGateway::setPictures(PictureStore *pictures)
{
    m_pictures = pictures;
}

PictureStore *ProfileGateway::pictures() const
{
    return m_pictures;
}

ProfileGateway::~ProfileGateway()
{
    cancel();
}

void ProfileGateway::cancel()
{
    if (UserCall *call = m_pending.data()) {
        m_pending.clear();
        call->cancel(); // its asker hears Cancelled, unless it let go of the call first
    }
}

UserCall *ProfileGateway::follow(UserCall *call)
{
    cancel(); // one call at a time; a newer request supersedes
    m_pending = call;
    return call;
}

UserCall *ProfileGateway::failLater(const Error &error)
{
    // Same contract as a real call: the answer never arrives before the request method returns.
    auto *call = new UserCall(this);
    call->failLater(error);
    return follow(call);
}

UserCall *ProfileGateway::fetchThrough(DataService *data, const QString &objectId)
{
    if (!data)
        return failLater(Error::local(QStringLiteral("no data service")));
    return follow(data->get(objectId));
}

// ---- SelfProfileGateway ----

SelfProfileGateway::SelfProfileGateway(UserService *users, DataService *data, QObject *parent)
    : ProfileGateway(parent)
    , m_users(users)
    , m_data(data)
{ }

SelfProfileGateway::~SelfProfileGateway() = default;

UserCall *SelfProfileGateway::fetch(const QString &objectId)
{
    return fetchThrough(m_data, objectId);
}

UserCall *SelfProfileGateway::save(const QString &objectId, const QVariantMap &changes)
{
    if (!m_users)
        return failLater(Error::local(QStringLiteral("no user service")));
    User body(changes);
    body.setObjectId(objectId);
    return follow(m_users->update(body));
}

// ---- StaffProfileGateway ----

StaffProfileGateway::StaffProfileGateway(DataService *data, QObject *parent)
    : ProfileGateway(parent)
    , m_data(data)
{ }

StaffProfileGateway::~StaffProfileGateway() = default;

UserCall *StaffProfileGateway::fetch(const QString &objectId)
{
    return fetchThrough(m_data, objectId);
}

UserCall *StaffProfileGateway::save(const QString &objectId, const QVariantMap &changes)
{
    if (!m_data)
        return failLater(Error::local(QStringLiteral("no data service")));
    return follow(m_data->update(objectId, changes));
}
