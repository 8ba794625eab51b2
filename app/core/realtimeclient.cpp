#include "core/realtimeclient.h"

#include "core/rtframes.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

#include <cmath>

namespace {

// The largest message the client accepts: far above one user, far below what would hurt.
constexpr quint64 MaxMessageBytes = 1024 * 1024;
constexpr int MaxReconnectDelayMs = 60 * 1000;
// Before the open packet says otherwise: Engine.IO's defaults (25 s + 20 s).
constexpr int DefaultHeartbeatMs = 45 * 1000;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

RtSubscription::RtSubscription(RealtimeClient *client, const QString &id, const QString &objectId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_id(id)
    , m_objectId(objectId)
{ }

RtSubscription::~RtSubscription()
{
    if (m_client && !m_ended)
        m_client->unsubscribe(m_id);
}

RealtimeClient::RealtimeClient(QObject *parent)
    : QObject(parent)
    , m_clientId(newId())
{
    m_socket.setParent(this);
    m_socket.setMaxAllowedIncomingFrameSize(MaxMessageBytes);
    m_socket.setMaxAllowedIncomingMessageSize(MaxMessageBytes);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RealtimeClient::receive);
    // Binary frames are no part of RT: such a server is not spoken to.
    connect(&m_socket, &QWebSocket::binaryMessageReceived, &m_socket, [this]() { m_socket.abort(); });
    // Unconnected: a connection that ended, and an attempt that failed (no disconnected() for that).
    connect(&m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            dropped();
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RealtimeClient::open);
    m_heartbeat.setSingleShot(true);
    connect(&m_heartbeat, &QTimer::timeout, &m_socket, [this]() { m_socket.abort(); });
}

RealtimeClient::~RealtimeClient()
{
    m_socket.disconnect(this);
    for (const QPointer<RtSubscription> &subscription : std::as_const(m_subscriptions)) {
        if (subscription)
            subscription->m_client = nullptr;
    }
}

QUrl RealtimeClient::rtUrlFromInfo(const QJsonValue &info)
{
    const QUrl url(info.toObject().value(QStringLiteral("rtURL")).toString());
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
            && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        ? url
        : QUrl();
}

int RealtimeClient::reconnectDelayMs(int attempt)
{
    // backendless-rt-client session.js: INITIAL 200 ms * 2^ceil(attempt / 10), at most a minute.
    const double delay = 200.0 * std::pow(2.0, std::ceil(attempt / 10.0));
    return int(qMin<double>(delay, MaxReconnectDelayMs));
}

void RealtimeClient::start(const QUrl &rtUrl, const QString &appId, const QString &apiKey, const QString &userToken)
{
    stop();
    m_url = rtUrlFromInfo(QJsonObject{{QStringLiteral("rtURL"), rtUrl.toString()}});
    m_nsp = QLatin1Char('/') + appId;
    m_apiKey = apiKey;
    m_userToken = userToken;
    if (!isEnabled() || appId.isEmpty())
        return; // no rtURL: Real-Time is off, without a word
    m_attempt = 0;
    if (!m_waitingForToken)
        open();
}

void RealtimeClient::stop()
{
    m_reconnectTimer.stop();
    m_heartbeat.stop();
    m_url.clear();
    const bool wasJoined = m_joined;
    m_joined = false;
    m_socket.abort();
    if (wasJoined)
        emit connectedChanged(false);
}

QUrl RealtimeClient::socketUrl() const
{
    QUrl url = m_url;
    url.setScheme(m_url.scheme().toLower() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(m_nsp + QLatin1Char('/'));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apiKey"), m_apiKey);
    query.addQueryItem(QStringLiteral("clientId"), m_clientId);
    // As the JS SDK: the literal "null" when nobody is signed in.
    query.addQueryItem(QStringLiteral("userToken"), m_userToken.isEmpty() ? QStringLiteral("null") : m_userToken);
    query.addQueryItem(QStringLiteral("EIO"), QStringLiteral("4"));
    query.addQueryItem(QStringLiteral("transport"), QStringLiteral("websocket"));
    url.setQuery(query);
    return url;
}

void RealtimeClient::open()
{
    if (!isEnabled() || m_waitingForToken)
        return;
    ++m_attempt;
    m_heartbeat.start(DefaultHeartbeatMs); // also bounds a connection attempt that hangs
    m_socket.open(socketUrl());
}

void RealtimeClient::dropped()
{
    m_heartbeat.stop();
    const bool wasJoined = m_joined;
    m_joined = false;
    for (const QPointer<RtSubscription> &subscription : std::as_const(m_subscriptions)) {
        if (subscription)
            subscription->m_ready = false;
    }
    if (wasJoined)
        emit connectedChanged(false);
    if (isEnabled() && !m_waitingForToken && !m_reconnectTimer.isActive())
        m_reconnectTimer.start(reconnectDelayMs(m_attempt));
}

void RealtimeClient::receive(const QString &text)
{
    const RtFrames::Frame frame = RtFrames::parse(text, m_nsp);
    switch (frame.kind) {
    case RtFrames::Frame::Kind::Invalid:
    case RtFrames::Frame::Kind::Close:
        m_socket.abort();
        return;
    case RtFrames::Frame::Kind::Open: {
        const QJsonObject open = frame.payload.toObject();
        const int interval = open.value(QStringLiteral("pingInterval")).toInt(25000);
        const int timeout = open.value(QStringLiteral("pingTimeout")).toInt(20000);
        m_heartbeat.start(qBound(1, interval + timeout, 10 * 60 * 1000));
        m_socket.sendTextMessage(RtFrames::connectFrame(m_nsp));
        return;
    }
    case RtFrames::Frame::Kind::Ping:
        m_heartbeat.start();
        m_socket.sendTextMessage(RtFrames::pongFrame());
        return;
    case RtFrames::Frame::Kind::Connected:
        m_joined = true;
        m_attempt = 0;
        for (const QPointer<RtSubscription> &subscription : std::as_const(m_subscriptions)) {
            if (subscription)
                sendSubscribe(subscription);
        }
        emit connectedChanged(true);
        return;
    case RtFrames::Frame::Kind::ConnectError: {
        const QJsonObject error = frame.payload.toObject();
        emit refused(error.value(QStringLiteral("data")).toObject().value(QStringLiteral("code")).toInt(),
                     error.value(QStringLiteral("message")).toString());
        m_socket.abort(); // and try again later: a new token may come meanwhile
        return;
    }
    case RtFrames::Frame::Kind::Disconnected:
        m_socket.abort();
        return;
    case RtFrames::Frame::Kind::Event:
        receiveEvent(frame.name, frame.payload.toObject());
        return;
    default:
        return;
    }
}

void RealtimeClient::receiveEvent(const QString &name, const QJsonObject &data)
{
    const QString id = data.value(QStringLiteral("id")).toString();
    const QPointer<RtSubscription> subscription = m_subscriptions.value(id);
    if (!subscription)
        return; // MET_RES, or an event of a subscription already ended
    if (name == QLatin1String("SUB_READY") && !subscription->m_ready) {
        subscription->m_ready = true;
        emit subscription->ready();
    } else if (name == QLatin1String("SUB_RES") && data.contains(QStringLiteral("error"))) {
        const QJsonObject error = data.value(QStringLiteral("error")).toObject();
        m_subscriptions.remove(id);
        subscription->m_ended = true;
        emit subscription->failed(error.value(QStringLiteral("code")).toInt(),
                                  error.value(QStringLiteral("message")).toString());
    } else if (name == QLatin1String("SUB_RES")) {
        const QJsonObject user = data.value(QStringLiteral("data")).toObject();
        // A notification about this subscription's user only, whatever the server matched.
        if (user.value(QStringLiteral("objectId")).toString() == subscription->m_objectId)
            emit subscription->changed(user);
    }
}

RtSubscription *RealtimeClient::subscribeToUser(const QString &objectId, QObject *parent)
{
    auto *subscription = new RtSubscription(this, newId(), objectId, parent);
    m_subscriptions.insert(subscription->m_id, subscription);
    if (m_joined)
        sendSubscribe(subscription);
    return subscription;
}

void RealtimeClient::sendSubscribe(const RtSubscription *subscription)
{
    QString id = subscription->m_objectId;
    id.replace(QLatin1Char('\''), QStringLiteral("''")); // a quote in a where string is doubled
    send(QStringLiteral("SUB_ON"),
         QJsonObject{{QStringLiteral("id"), subscription->m_id},
                     {QStringLiteral("name"), QStringLiteral("OBJECTS_CHANGES")},
                     {QStringLiteral("options"),
                      QJsonObject{{QStringLiteral("event"), QStringLiteral("updated")},
                                  {QStringLiteral("tableName"), QStringLiteral("Users")},
                                  {QStringLiteral("whereClause"), QStringLiteral("objectId = '%1'").arg(id)}}}});
}

void RealtimeClient::unsubscribe(const QString &id)
{
    if (m_subscriptions.remove(id) > 0 && m_joined)
        send(QStringLiteral("SUB_OFF"), QJsonObject{{QStringLiteral("id"), id}});
}

void RealtimeClient::setUserToken(const QString &token)
{
    m_userToken = token;
    m_waitingForToken = false;
    if (m_joined) {
        send(QStringLiteral("MET_REQ"),
             QJsonObject{{QStringLiteral("id"), newId()},
                         {QStringLiteral("name"), QStringLiteral("SET_USER_TOKEN")},
                         {QStringLiteral("options"), QJsonObject{{QStringLiteral("userToken"), token}}}});
        return;
    }
    if (!isEnabled())
        return;
    // Down, or on its way up with the old token: a connection with this one, now.
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
    m_reconnectTimer.stop();
    m_attempt = 0;
    open();
}

void RealtimeClient::waitForUserToken()
{
    m_waitingForToken = true;
    m_reconnectTimer.stop();
    if (!m_joined && m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort(); // an attempt with the dead token: it would only be refused
}

void RealtimeClient::send(const QString &name, const QJsonObject &data)
{
    m_socket.sendTextMessage(RtFrames::eventFrame(m_nsp, name, data));
}
