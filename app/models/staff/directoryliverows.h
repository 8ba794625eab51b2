#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include "core/pendingcall.h"

class DataService;
class RealtimeClient;
class RtSubscription;
class UserDirectoryModel;

// The Directory's rows in view, followed over Real-Time (docs/PROTOCOL.md "Real-Time"): when one
// of those users changes elsewhere, its row is read again (GET /data/Users/{id}: REST is the
// authority, the event only says when) and shows the new values at once. One subscription per user
// in view, at most MaxFollowed; the rows scrolled away are let go (SUB_OFF).
class DirectoryLiveRows : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFollowed = 100;

    DirectoryLiveRows(UserDirectoryModel *model, DataService *data, RealtimeClient *client, QObject *parent = nullptr);
    ~DirectoryLiveRows() override;

    // The objectIds of the rows in view now (the first MaxFollowed of them are followed).
    void follow(const QStringList &objectIds);
    QStringList followed() const { return m_subscriptions.keys(); }

private:
    void reread(const QString &objectId);

    QPointer<UserDirectoryModel> m_model;
    QPointer<DataService> m_data;
    QPointer<RealtimeClient> m_client;
    QHash<QString, RtSubscription *> m_subscriptions; // children, by objectId
    QHash<QString, QPointer<UserCall>> m_reading; // at most one read per user in flight
    QSet<QString> m_readAgain; // changed again while being read
};
