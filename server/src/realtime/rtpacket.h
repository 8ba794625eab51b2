#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Server {

// Engine.IO v4 packets: one type digit and its data (github.com/socketio/engine.io-protocol, v4).
struct EnginePacket
{
    enum Type : char { Open = '0', Close = '1', Ping = '2', Pong = '3', Message = '4', Upgrade = '5', Noop = '6' };

    char type = Noop;
    QByteArray data;

    // A text packet; false for an empty one, an unknown type or a binary one ('b…', which RT never uses).
    static bool parse(const QByteArray &text, EnginePacket *out);
    // A polling payload: packets separated by the record separator 0x1e. At most `maxPackets`.
    static bool parsePayload(const QByteArray &payload, int maxPackets, QList<EnginePacket> *out);
    QByteArray encode() const { return type + data; }
    static QByteArray joinPayload(const QList<QByteArray> &encoded);
};

// socket.io v5 packets, text only: type digit, optional "/namespace,", optional ack id, optional JSON
// (github.com/socketio/socket.io-protocol, v5).
struct SocketPacket
{
    enum Type : char { Connect = '0', Disconnect = '1', Event = '2', Ack = '3', ConnectError = '4' };

    char type = Event;
    QString nsp = QStringLiteral("/");
    qint64 ackId = -1;
    QJsonValue payload = QJsonValue(QJsonValue::Undefined); // when the packet has none

    // False for binary packets (5, 6), a malformed namespace, ack id or JSON, or a payload of the wrong
    // kind for the type (CONNECT: an object or nothing; EVENT: an array starting with a string name).
    static bool parse(const QByteArray &text, SocketPacket *out);
    QByteArray encode() const;

    // An EVENT packet ["name", data] on `nsp`.
    static QByteArray event(const QString &nsp, const QString &name, const QJsonValue &data);
};

} // namespace Server
