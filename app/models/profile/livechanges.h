#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/user.h"
#include "models/profile/conflict.h"

class ProfileSave;
class RtSubscription;
class UserModel;

// What a change made elsewhere does to one open profile, as Backendless Real-Time reports it
// (docs/PROTOCOL.md "Real-Time"): a field the person has not touched takes the new value at once
// (changedElsewhere()); a field they edited and the other side changed too becomes a conflict at
// once (conflictsFound()), which the person settles through the save's own re-read and conflict
// choice. An event is a notification only: nothing is sent because of it, and while a save is in
// flight or asking, the save's re-read is the authority and events are not looked at.
class LiveChanges : public QObject
{
    Q_OBJECT
public:
    LiveChanges(UserModel *model, ProfileSave *save, QObject *parent = nullptr);
    ~LiveChanges() override;

    // The subscription to this profile's user (RealtimeClient::subscribeToUser); taken over: it
    // ends (SUB_OFF) with this object or with the next one.
    void follow(RtSubscription *subscription);
    bool isFollowing() const { return !m_subscription.isNull(); }
    // The server confirmed the subscription (on the current connection).
    bool isLive() const;

    // The whole user as committed elsewhere (RtSubscription::changed).
    void take(const User &server);

Q_SIGNALS:
    // These untouched fields now show the server's values.
    void changedElsewhere(const QStringList &names);
    // These edited fields were changed elsewhere too: the person chooses (nothing changed yet).
    void conflictsFound(const QList<Conflict> &conflicts);

private:
    QPointer<UserModel> m_model;
    QPointer<ProfileSave> m_save;
    QPointer<RtSubscription> m_subscription;
};
