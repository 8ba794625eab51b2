// Server: the Real-Time packet parsers (EnginePacket for polling payloads and WebSocket frames,
// SocketPacket for the socket.io packet inside), which read whatever a stranger sends. Never a crash;
// a payload never yields more packets than allowed; what parses re-encodes to something that parses
// to the same packets.
#include "fuzzsupport.h"
#include "realtime/rtpacket.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    constexpr int MaxPackets = 16;
    QList<Server::EnginePacket> packets;
    if (Server::EnginePacket::parsePayload(input, MaxPackets, &packets)) {
        if (packets.isEmpty() || packets.size() > MaxPackets)
            Fuzz::finding("a payload parsed into no packets or more than allowed");
        QList<QByteArray> encoded;
        for (const Server::EnginePacket &packet : packets)
            encoded << packet.encode();
        if (Server::EnginePacket::joinPayload(encoded) != input)
            Fuzz::finding("a payload does not re-encode to itself");
    }
    Server::SocketPacket packet;
    if (!Server::SocketPacket::parse(input, &packet))
        return 0;
    Server::SocketPacket again;
    if (!Server::SocketPacket::parse(packet.encode(), &again))
        Fuzz::finding("an accepted socket.io packet's encoding is refused");
    if (again.type != packet.type || again.nsp != packet.nsp || again.ackId != packet.ackId
        || again.payload != packet.payload)
        Fuzz::finding("an accepted socket.io packet changes through its encoding");
    return 0;
}
