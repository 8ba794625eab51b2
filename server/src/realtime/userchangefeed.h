#pragma once

#include <QJsonObject>
#include <QObject>

namespace Server {

// Where a committed change of a user is announced: UserUpdater says it, Real-Time listens. The
// routes know nothing of who listens.
class UserChangeFeed : public QObject
{
    Q_OBJECT
signals:
    // After the transaction committed; `user` is the public form the REST answer carries.
    void updated(const QString &objectId, const QJsonObject &user);
};

} // namespace Server
