#pragma once

#include "realtime/realtimelimits.h"
#include "storage/whereparser.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>

namespace Server {

class RtAuthority;
class RtSession;
struct SocketPacket;

// The socket.io v5 side of one Engine.IO session: the namespace /{appId}, the client's user token,
// and its subscriptions (docs/PROTOCOL.md "Real-Time"). It answers CONNECT, SUB_ON, SUB_OFF and
// MET_REQ SET_USER_TOKEN, and delivers an update to every subscription it matches.
class RtChannel : public QObject
{
    Q_OBJECT
public:
    // `query`: the handshake's query (apiKey, clientId, userToken).
    RtChannel(RtSession *session, const QString &appId, const QString &apiKey, const QMap<QString, QString> &query,
              RtAuthority &authority, const RealtimeLimits &limits);

    RtSession *session() const { return m_session; }
    QString userToken() const { return m_userToken; }
    int subscriptionCount() const { return int(m_subscriptions.size()); }

    // One committed update of a user: a SUB_RES with the whole object to each subscription whose
    // where clause it matches. The caller has checked that this channel's token may FIND the user.
    void deliverUpdate(const QString &objectId, const QJsonObject &user);

private:
    struct Subscription
    {
        QString event;
        SqlFilter filter;
    };

    void receive(const QByteArray &data);
    void connectNamespace(const SocketPacket &packet);
    void handleEvent(const QString &name, const QJsonObject &data);
    void subscribe(const QJsonObject &data);
    void callMethod(const QJsonObject &data);
    void emitEvent(const QString &name, const QJsonObject &data);
    void subscriptionError(const QString &id, int code, const QString &message);

    RtSession *m_session;
    QString m_nsp;
    QString m_apiKey;
    QString m_handshakeApiKey;
    QString m_userToken;
    RtAuthority &m_authority;
    RealtimeLimits m_limits;
    bool m_connected = false;
    QMap<QString, Subscription> m_subscriptions; // by the client's subscription id
};

} // namespace Server
