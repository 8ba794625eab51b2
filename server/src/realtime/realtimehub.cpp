#include "realtime/realtimehub.h"

#include "auth/randomid.h"
#include "realtime/rtchannel.h"
#include "realtime/rtsession.h"
#include "transport/clientaddress.h"

#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

namespace Server {

namespace {

QMap<QString, QString> queryMap(const QUrlQuery &query)
{
    QMap<QString, QString> map;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        map.insert(item.first, item.second);
    return map;
}

// Engine.IO's own refusals (engine.io server's Server.errorMessages), in its JSON shape.
HttpReply forbidden()
{
    HttpReply reply = RtSession::engineError(4, QStringLiteral("Too many Real-Time connections from this host"));
    reply.status = 403;
    return reply;
}

// What is wrong with a request's Engine.IO query, or an empty string.
QString queryProblem(const QMap<QString, QString> &query, const QString &transport, int *code)
{
    if (query.value(QStringLiteral("EIO")) != QLatin1String("4")) {
        *code = 5;
        return QStringLiteral("Unsupported protocol version");
    }
    if (query.value(QStringLiteral("transport")) != transport) {
        *code = 0;
        return QStringLiteral("Transport unknown");
    }
    return QString();
}

} // namespace

RealtimeHub::RealtimeHub(ServiceContext &context, const QString &appId, const QString &apiKey,
                         const RealtimeLimits &limits, QObject *parent)
    : QObject(parent)
    , m_appId(appId)
    , m_apiKey(apiKey)
    , m_limits(limits)
    , m_authority(context)
{ }

RealtimeHub::~RealtimeHub()
{
    // The sessions go with the hub (children); their closed() must not reach a half-destroyed hub.
    for (RtChannel *channel : std::as_const(m_channels))
        channel->session()->disconnect(this);
}

bool RealtimeHub::claims(const QUrl &url) const
{
    const QString path = url.path();
    return path == QLatin1Char('/') + m_appId + QLatin1Char('/') || path == QLatin1Char('/') + m_appId;
}

int RealtimeHub::subscriptionCount() const
{
    int count = 0;
    for (const RtChannel *channel : m_channels)
        count += channel->subscriptionCount();
    return count;
}

HttpReply RealtimeHub::handle(const QHttpServerRequest &request)
{
    const QMap<QString, QString> query = queryMap(request.query());
    int code = 0;
    const QString problem = queryProblem(query, QStringLiteral("polling"), &code);
    if (!problem.isEmpty())
        return RtSession::engineError(code, problem);
    const QString sid = query.value(QStringLiteral("sid"));
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    if (sid.isEmpty()) {
        if (!get)
            return RtSession::engineError(2, QStringLiteral("Bad handshake method"));
        RtChannel *channel = openSession(request.remoteAddress(), query);
        if (!channel)
            return forbidden();
        HttpReply reply;
        reply.mimeType = QByteArrayLiteral("text/plain; charset=UTF-8");
        reply.body = channel->session()->openPacket(true);
        return reply;
    }
    RtChannel *channel = m_channels.value(sid);
    if (!channel)
        return RtSession::engineError(1, QStringLiteral("Session ID unknown"));
    if (get)
        return channel->session()->poll();
    if (request.method() == QHttpServerRequest::Method::Post)
        return channel->session()->post(request.body());
    return RtSession::engineError(3, QStringLiteral("Bad request"));
}

void RealtimeHub::attach(std::unique_ptr<QWebSocket> socket)
{
    const QUrl url = socket->requestUrl();
    const QMap<QString, QString> query = queryMap(QUrlQuery(url));
    int code = 0;
    if (!claims(url) || !queryProblem(query, QStringLiteral("websocket"), &code).isEmpty()) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        socket.release()->deleteLater();
        return;
    }
    const QString sid = query.value(QStringLiteral("sid"));
    RtChannel *channel = sid.isEmpty() ? openSession(socket->peerAddress(), query) : m_channels.value(sid);
    if (!channel) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        socket.release()->deleteLater();
        return;
    }
    channel->session()->attach(std::move(socket), !sid.isEmpty());
}

RtChannel *RealtimeHub::openSession(const QHostAddress &peer, const QMap<QString, QString> &query)
{
    const QHostAddress hostKey = clientKey(peer);
    if (m_channels.size() >= m_limits.maxSessions || m_sessionsByHost.value(hostKey) >= m_limits.maxSessionsPerAddress)
        return nullptr;
    const QString sid = randomUuid(QRandomGenerator::system());
    auto *session = new RtSession(sid, m_limits, this);
    auto *channel = new RtChannel(session, m_appId, m_apiKey, query, m_authority, m_limits);
    m_channels.insert(sid, channel);
    ++m_sessionsByHost[hostKey];
    connect(session, &RtSession::closed, this, [this, sid, hostKey]() { forget(sid, hostKey); });
    return channel;
}

void RealtimeHub::forget(const QString &sid, const QHostAddress &hostKey)
{
    RtChannel *channel = m_channels.take(sid);
    if (!channel)
        return;
    if (--m_sessionsByHost[hostKey] <= 0)
        m_sessionsByHost.remove(hostKey);
    channel->session()->deleteLater();
}

void RealtimeHub::publishUpdate(const QString &objectId, const QJsonObject &user)
{
    RtAuthority::Check check(m_authority, objectId);
    // Copied: a delivery that overflows a slow reader's queue closes its session, which edits the hash.
    const QList<RtChannel *> channels = m_channels.values();
    for (RtChannel *channel : channels) {
        if (channel->subscriptionCount() > 0 && check.mayFind(channel->userToken()))
            channel->deliverUpdate(objectId, user);
    }
}

} // namespace Server
