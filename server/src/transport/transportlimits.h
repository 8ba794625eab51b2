#pragma once

#include <QtGlobal>

namespace Server {

// What one connection may cost the server (issue 12, H1 and M3). QHttpServer 6.4 enforces none
// of these; ConnectionGuard does, in front of it.
struct TransportLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    // A request's headers and body must arrive within this time of its first byte (slow clients
    // holding a connection open byte by byte), and a new connection must start one within it.
    int requestTimeoutMs = 10 * 1000;
    // A keep-alive connection with nothing in flight is closed after this long.
    int idleTimeoutMs = 60 * 1000;
    // Below the default 1,024 descriptors of a process, so the database and the log keep theirs.
    int maxConnections = 512;
    // One client address may hold at most this many, so a single host cannot take every slot.
    int maxConnectionsPerAddress = 128;
};

} // namespace Server
