#include "realtime/rtsession.h"

#include "realtime/rtpacket.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>

namespace Server {

namespace {

// Packets one polling POST may carry: far above what engine.io-client batches (it stays below
// maxPayload), far below what a stranger's payload of tiny packets would cost to dispatch.
constexpr int MaxPacketsPerPost = 256;

HttpReply text(const QByteArray &body, const QByteArray &mimeType = QByteArrayLiteral("text/plain; charset=UTF-8"))
{
    HttpReply reply;
    reply.mimeType = mimeType;
    reply.body = body;
    return reply;
}

} // namespace

RtSession::RtSession(const QString &sid, const RealtimeLimits &limits, QObject *parent)
    : QObject(parent)
    , m_sid(sid)
    , m_limits(limits)
{
    m_pingTimer.setInterval(limits.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &RtSession::sendPing);
    m_pingTimer.start();
    m_pongTimer.setSingleShot(true);
    m_pongTimer.setInterval(limits.pingTimeoutMs);
    connect(&m_pongTimer, &QTimer::timeout, this, &RtSession::finish);
}

RtSession::~RtSession()
{
    if (m_socket)
        m_socket->disconnect(this);
    if (m_poll) {
        m_poll->addResult(text(EnginePacket{EnginePacket::Close, {}}.encode()));
        m_poll->finish();
    }
}

HttpReply RtSession::engineError(int code, const QString &message)
{
    return HttpReply::json(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}, 400);
}

QByteArray RtSession::openPacket(bool polling) const
{
    const QJsonObject open{
        {QStringLiteral("sid"), m_sid},
        {QStringLiteral("upgrades"), polling ? QJsonArray{QStringLiteral("websocket")} : QJsonArray()},
        {QStringLiteral("pingInterval"), m_limits.pingIntervalMs},
        {QStringLiteral("pingTimeout"), m_limits.pingTimeoutMs},
        {QStringLiteral("maxPayload"), m_limits.maxPayloadBytes},
    };
    return EnginePacket{EnginePacket::Open, QJsonDocument(open).toJson(QJsonDocument::Compact)}.encode();
}

HttpReply RtSession::poll()
{
    if (m_upgraded || m_closed)
        return engineError(3, QStringLiteral("Bad request"));
    if (m_poll) {
        // engine.io closes a session that polls twice at once.
        finish();
        return engineError(3, QStringLiteral("Bad request"));
    }
    if (!m_queue.isEmpty()) {
        const QByteArray payload = EnginePacket::joinPayload(m_queue);
        m_queue.clear();
        m_queuedBytes = 0;
        return text(payload);
    }
    m_poll = std::make_unique<QPromise<HttpReply>>();
    m_poll->start();
    return HttpReply::later(m_poll->future());
}

HttpReply RtSession::post(const QByteArray &payload)
{
    if (m_upgraded || m_closed)
        return engineError(3, QStringLiteral("Bad request"));
    QList<EnginePacket> packets;
    if (payload.size() > m_limits.maxPayloadBytes
        || !EnginePacket::parsePayload(payload, MaxPacketsPerPost, &packets)) {
        finish();
        return engineError(3, QStringLiteral("Bad request"));
    }
    QPointer<RtSession> alive(this);
    for (const EnginePacket &packet : std::as_const(packets)) {
        receive(packet);
        if (!alive || m_closed)
            break;
    }
    return text(QByteArrayLiteral("ok"), QByteArrayLiteral("text/html"));
}

void RtSession::attach(std::unique_ptr<QWebSocket> socket, bool upgrade)
{
    if (m_socket || m_closed) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    m_socket = std::move(socket);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxPayloadBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxPayloadBytes));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &RtSession::receiveWebSocketText);
    // Binary frames are no part of RT; a client that sends one is done.
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &RtSession::finish);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &RtSession::finish);
    if (!upgrade) {
        m_upgraded = true;
        m_socket->sendTextMessage(QString::fromUtf8(openPacket(false)));
        flush();
    }
}

void RtSession::send(const QByteArray &data)
{
    enqueue(EnginePacket{EnginePacket::Message, data}.encode());
}

void RtSession::close()
{
    if (m_closed)
        return;
    enqueue(EnginePacket{EnginePacket::Close, {}}.encode());
    finish();
}

void RtSession::enqueue(const QByteArray &packet)
{
    if (m_closed)
        return;
    m_queue.append(packet);
    m_queuedBytes += packet.size();
    flush();
    if (m_queuedBytes > m_limits.maxQueuedBytes)
        finish(); // a client that does not take what it asked for is not held in memory
}

void RtSession::flush()
{
    if (m_queue.isEmpty())
        return;
    if (m_upgraded && m_socket) {
        for (const QByteArray &packet : std::as_const(m_queue))
            m_socket->sendTextMessage(QString::fromUtf8(packet));
        m_queue.clear();
        m_queuedBytes = 0;
        // What the socket has not written yet counts as queued: a reader that stops reading is cut.
        if (m_socket->bytesToWrite() > m_limits.maxQueuedBytes)
            finish();
        return;
    }
    if (m_poll) {
        const QByteArray payload = EnginePacket::joinPayload(m_queue);
        m_queue.clear();
        m_queuedBytes = 0;
        answerPoll(payload);
    }
}

void RtSession::answerPoll(const QByteArray &payload)
{
    if (!m_poll)
        return;
    m_poll->addResult(text(payload));
    m_poll->finish();
    m_poll.reset();
}

void RtSession::receive(const EnginePacket &packet)
{
    switch (packet.type) {
    case EnginePacket::Pong:
        m_pongTimer.stop();
        return;
    case EnginePacket::Message:
        emit message(packet.data);
        return;
    case EnginePacket::Close:
        finish();
        return;
    case EnginePacket::Noop:
        return;
    default:
        finish(); // open, ping and upgrade are not the client's to send here
        return;
    }
}

void RtSession::receiveWebSocketText(const QString &message)
{
    const QByteArray bytes = message.toUtf8();
    if (!m_upgraded) {
        // The upgrade handshake: "2probe" answered "3probe" (and a held poll ends with a noop so
        // the client can pause polling), then "5" moves the session onto the WebSocket.
        if (bytes == "2probe") {
            m_socket->sendTextMessage(QStringLiteral("3probe"));
            answerPoll(EnginePacket{EnginePacket::Noop, {}}.encode());
        } else if (bytes == "5") {
            m_upgraded = true;
            answerPoll(EnginePacket{EnginePacket::Noop, {}}.encode());
            flush();
        } else {
            finish();
        }
        return;
    }
    EnginePacket packet;
    if (!EnginePacket::parse(bytes, &packet)) {
        finish();
        return;
    }
    receive(packet);
}

void RtSession::sendPing()
{
    if (m_pongTimer.isActive())
        return;
    enqueue(EnginePacket{EnginePacket::Ping, {}}.encode());
    m_pongTimer.start();
}

void RtSession::finish()
{
    if (m_closed)
        return;
    m_closed = true;
    m_pingTimer.stop();
    m_pongTimer.stop();
    if (m_poll) {
        // The held poll ends with what is queued (the close packet, when close() queued it).
        answerPoll(m_queue.isEmpty() ? EnginePacket{EnginePacket::Close, {}}.encode()
                                     : EnginePacket::joinPayload(m_queue));
    }
    m_queue.clear();
    m_queuedBytes = 0;
    if (m_socket) {
        m_socket->disconnect(this);
        // The close frame gets a moment to go out; a peer that does not answer it is dropped.
        QWebSocket *socket = m_socket.release();
        // Owned by the hub meanwhile: a server stopped within that moment still frees it.
        socket->setParent(parent());
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, &QObject::deleteLater);
        socket->close();
    }
    emit closed();
}

} // namespace Server
