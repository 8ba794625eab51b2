#pragma once

#include <QJsonValue>
#include <QString>

// The Engine.IO v4 / socket.io v5 text frames a Real-Time client reads and writes over a WebSocket
// (docs/PROTOCOL.md "Real-Time"): the subset Backendless RT uses, no binary, no acks. Pure functions,
// so the parser is fuzzed on its own (tests/fuzz/fuzz_rtframe.cpp).
namespace RtFrames {

struct Frame
{
    enum class Kind {
        Invalid, // not a frame of this subset: the connection is dropped
        Open, // "0{...}": the session's sid and heartbeat
        Close, // "1"
        Ping, // "2": answered with a pong
        Pong,
        Noop,
        Connected, // "40/ns,{...}": the namespace joined
        ConnectError, // "44/ns,{...}": refused; `payload` holds {message, data}
        Disconnected, // "41/ns,"
        Event, // "42/ns,[name, data]": `name` and `payload` (the data)
        Other, // a valid frame for another namespace, or a kind RT does not use
    };

    Kind kind = Kind::Invalid;
    QString name; // Event
    QJsonValue payload; // Open: the handshake object; Event: its data; ConnectError: the error
};

// One WebSocket text message; `nsp` is the joined namespace ("/" + appId).
Frame parse(const QString &text, const QString &nsp);

// The frames the client sends.
QString connectFrame(const QString &nsp);
QString pongFrame();
QString eventFrame(const QString &nsp, const QString &name, const QJsonValue &data);

} // namespace RtFrames
