#include "models/staff/directoryliverows.h"

#include "core/dataservice.h"
#include "core/realtimeclient.h"
#include "models/staff/userdirectorymodel.h"

DirectoryLiveRows::DirectoryLiveRows(UserDirectoryModel *model, DataService *data, RealtimeClient *client,
                                     QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_data(data)
    , m_client(client)
{ }

DirectoryLiveRows::~DirectoryLiveRows()
{
    for (const QPointer<UserCall> &call : std::as_const(m_reading)) {
        if (call)
            call->disconnect(this);
    }
}

void DirectoryLiveRows::follow(const QStringList &objectIds)
{
    QSet<QString> wanted;
    for (const QString &id : objectIds) {
        if (wanted.size() >= MaxFollowed)
            break;
        if (!id.isEmpty())
            wanted.insert(id);
    }
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value(); // SUB_OFF
        it = m_subscriptions.erase(it);
    }
    if (!m_client)
        return;
    for (const QString &id : std::as_const(wanted)) {
        if (m_subscriptions.contains(id))
            continue;
        RtSubscription *subscription = m_client->subscribeToUser(id, this);
        connect(subscription, &RtSubscription::changed, this, [this, id] { reread(id); });
        m_subscriptions.insert(id, subscription);
    }
}

void DirectoryLiveRows::reread(const QString &objectId)
{
    if (!m_data || !m_model)
        return;
    if (m_reading.value(objectId)) {
        m_readAgain.insert(objectId);
        return;
    }
    UserCall *call = m_data->get(objectId);
    m_reading.insert(objectId, call);
    connect(call, &PendingCall::finished, this, [this, call, objectId] {
        m_reading.remove(objectId);
        // A refused read (the user gone, no FIND any more) leaves the row as it was.
        if (!call->error().isError() && m_model)
            m_model->updateUser(call->result());
        if (m_readAgain.remove(objectId))
            reread(objectId);
    });
}
