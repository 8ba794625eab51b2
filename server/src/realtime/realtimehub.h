#pragma once

#include "api/httpreply.h"
#include "realtime/realtimelimits.h"
#include "realtime/rtauthority.h"

#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QObject>

#include <memory>

class QHttpServerRequest;
class QUrl;
class QWebSocket;

namespace Server {

class RtChannel;
struct ServiceContext;

// The Real-Time endpoint (docs/PROTOCOL.md "Real-Time"): Engine.IO v4 sessions on the path
// /{appId}/ of the REST port, by HTTP long-polling and by WebSocket (an upgrade or from the start),
// each with its socket.io channel. It bounds sessions per client host and in all, and fans a
// committed user update out to the channels whose token may FIND that user.
class RealtimeHub : public QObject
{
    Q_OBJECT
public:
    RealtimeHub(ServiceContext &context, const QString &appId, const QString &apiKey, const RealtimeLimits &limits,
                QObject *parent = nullptr);
    ~RealtimeHub() override;

    // Whether `url` is the Engine.IO path, /{appId}/ (with or without the last slash).
    bool claims(const QUrl &url) const;
    // One HTTP request on that path: a polling handshake, poll or post.
    HttpReply handle(const QHttpServerRequest &request);
    // A WebSocket that QHttpServer accepted (any path): joined to its session, or closed.
    void attach(std::unique_ptr<QWebSocket> socket);

    void publishUpdate(const QString &objectId, const QJsonObject &user);

    int sessionCount() const { return int(m_channels.size()); }
    int subscriptionCount() const;

private:
    // A new session for `peer`, or null when its host (or the server) holds as many as allowed.
    RtChannel *openSession(const QHostAddress &peer, const QMap<QString, QString> &query);
    void forget(const QString &sid, const QHostAddress &hostKey);

    QString m_appId;
    QString m_apiKey;
    RealtimeLimits m_limits;
    RtAuthority m_authority;
    QHash<QString, RtChannel *> m_channels; // by Engine.IO sid; the sessions are this hub's children
    QHash<QHostAddress, int> m_sessionsByHost;
};

} // namespace Server
