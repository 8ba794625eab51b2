#include "models/profilegateway.h"

#include "core/dataservice.h"
#include "core/pendingcall.h"
#include "core/userservice.h"

#include <QTimer>

ProfileGateway::~ProfileGateway()
{
    cancel();
}

void ProfileGateway::cancel()
{
    if (UserCall *call = m_pending.data()) {
        m_pending.clear();
        call->disconnect(this); // cancel() ends silently: no failed(Cancelled)
        call->cancel();
    }
}

void ProfileGateway::follow(UserCall *call, Outcome outcome)
{
    cancel(); // one call at a time; a newer request supersedes
    m_pending = call;
    connect(call, &PendingCall::finished, this, [this, call, outcome] {
        if (m_pending == call)
            m_pending.clear();
        const Error error = call->error();
        if (error.isError())
            Q_EMIT failed(error);
        else if (outcome == Outcome::Fetched)
            Q_EMIT fetched(call->result());
        else
            Q_EMIT saved(call->result());
    });
}

void ProfileGateway::failLater(const Error &error)
{
    // Same contract as a real call: the result never arrives before the request method returns.
    QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
}

void ProfileGateway::fetchThrough(DataService *data, const QString &objectId)
{
    if (!data)
        return failLater(Error::local(QStringLiteral("no data service")));
    follow(data->get(objectId), Outcome::Fetched);
}

// ---- SelfProfileGateway ----

SelfProfileGateway::SelfProfileGateway(UserService *users, DataService *data, QObject *parent)
    : ProfileGateway(parent)
    , m_users(users)
    , m_data(data)
{ }

SelfProfileGateway::~SelfProfileGateway() = default;

void SelfProfileGateway::fetch(const QString &objectId)
{
    fetchThrough(m_data, objectId);
}

void SelfProfileGateway::save(const QString &objectId, const QVariantMap &changes)
{
    if (!m_users)
        return failLater(Error::local(QStringLiteral("no user service")));
    User body(changes);
    body.setObjectId(objectId);
    follow(m_users->update(body), Outcome::Saved);
}

// ---- StaffProfileGateway ----

StaffProfileGateway::StaffProfileGateway(DataService *data, QObject *parent)
    : ProfileGateway(parent)
    , m_data(data)
{ }

StaffProfileGateway::~StaffProfileGateway() = default;

void StaffProfileGateway::fetch(const QString &objectId)
{
    fetchThrough(m_data, objectId);
}

void StaffProfileGateway::save(const QString &objectId, const QVariantMap &changes)
{
    if (!m_data)
        return failLater(Error::local(QStringLiteral("no data service")));
    follow(m_data->update(objectId, changes), Outcome::Saved);
}
