#pragma once

#include "api/httpreply.h"
#include "realtime/realtimelimits.h"

#include <QList>
#include <QObject>
#include <QPromise>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace Server {

struct EnginePacket;

// One Engine.IO v4 session: its transport (HTTP long-polling, then the WebSocket it upgrades to, or a
// WebSocket from the start), the packets queued for the client, and the heartbeat. What the client
// says in message packets goes out as message(); what the server says goes in through send().
// Bounded: a payload past maxPayloadBytes, more queued than maxQueuedBytes (a slow or absent
// reader) or a missed pong closes the session; nothing here ever waits for the client.
class RtSession : public QObject
{
    Q_OBJECT
public:
    RtSession(const QString &sid, const RealtimeLimits &limits, QObject *parent = nullptr);
    ~RtSession() override;

    QString sid() const { return m_sid; }
    bool isClosed() const { return m_closed; }
    // The open packet: "0{sid, upgrades, pingInterval, pingTimeout, maxPayload}".
    QByteArray openPacket(bool polling) const;

    // GET ...&transport=polling&sid=: answers now when packets wait, else when one is queued.
    HttpReply poll();
    // POST ...&transport=polling&sid=: the client's packets; "ok".
    HttpReply post(const QByteArray &payload);
    // A WebSocket for this session: `upgrade` for one that probes and upgrades from polling, else
    // one that opened with transport=websocket (the open packet goes out on it first).
    void attach(std::unique_ptr<QWebSocket> socket, bool upgrade);

    // Queues a message packet ("4" + data) for the client.
    void send(const QByteArray &data);
    // Sends the close packet and ends the session.
    void close();

    // An Engine.IO error answer ({"code":N,"message":...}, as engine.io's server words them).
    static HttpReply engineError(int code, const QString &message);

signals:
    void message(const QByteArray &data);
    void closed();

private:
    void enqueue(const QByteArray &packet);
    void flush();
    void answerPoll(const QByteArray &payload);
    void receive(const EnginePacket &packet);
    void receiveWebSocketText(const QString &text);
    void sendPing();
    void finish();

    QString m_sid;
    RealtimeLimits m_limits;
    QList<QByteArray> m_queue;
    qint64 m_queuedBytes = 0;
    std::unique_ptr<QPromise<HttpReply>> m_poll; // the long-poll GET being held
    std::unique_ptr<QWebSocket> m_socket;
    bool m_upgraded = false; // the WebSocket carries the packets (after "5", or from the start)
    bool m_closed = false;
    QTimer m_pingTimer;
    QTimer m_pongTimer;
};

} // namespace Server
