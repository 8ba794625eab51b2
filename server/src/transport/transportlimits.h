#pragma once

#include <QtGlobal>

namespace Server {

// What one connection may cost the server (issue 12, H1 and M3). QHttpServer 6.4 enforces none
// of these; ConnectionGuard does, in front of it.
struct TransportLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    // A request to the Files API (a `files` segment in its path) may carry up to this much: a
    // base64 payload of Backendless's 2,800,000-byte limit and a little more, so that the route
    // answers 6016 itself (Router::MaxRawBodyBytes is the same figure).
    qint64 maxFileBodyBytes = 4 * 1024 * 1024;
    // Body bytes above maxBodyBytes that all connections together may be receiving at once: the
    // larger file bodies are admitted against this budget, and a request past it gets 503. The
    // server holds about twice this while they arrive (the socket's buffer and QHttpServer's copy:
    // 16 x 3 MiB held open measured 67 MiB of growth with a 32 MiB budget), so 16 MiB keeps that
    // within tests/hostile's 40 MiB.
    qint64 maxLargeBodyBytesInFlight = 16 * 1024 * 1024;
    // A request's headers and body must arrive within this time of its first byte (slow clients
    // holding a connection open byte by byte), and a new connection must start one within it.
    int requestTimeoutMs = 10 * 1000;
    // A keep-alive connection with nothing in flight is closed after this long.
    int idleTimeoutMs = 60 * 1000;
    // A request the server has read must be answered within this; past it the connection is cut.
    // Above the login throttle's longest wait (LoginThrottle::MaxQueuedMs) plus a hash.
    int answerTimeoutMs = 90 * 1000;
    // Answer bytes a client has not read yet, per connection and per client host (clientKey),
    // checked when an answer is written: past either, the connection is cut instead.
    qint64 maxUnreadAnswerBytes = 8 * 1024 * 1024;
    qint64 maxUnreadAnswerBytesPerAddress = 16 * 1024 * 1024;
    // Requests one connection may send ahead of their answers (HTTP/1.1 pipelining); past it the
    // connection is cut.
    int maxPipelinedRequests = 32;
    // Below the default 1,024 descriptors of a process, so the database and the log keep theirs.
    int maxConnections = 512;
    // One client host (an IPv4 address or an IPv6 /64) may hold at most this many, so a single
    // host cannot take every slot. When a cap is reached, the longest-idle keep-alive connection
    // (of that host, or of anyone for the overall cap) is closed to make room (issue 25, item 6).
    int maxConnectionsPerAddress = 128;
};

} // namespace Server
