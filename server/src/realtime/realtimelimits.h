#pragma once

#include <QtGlobal>

namespace Server {

// What one Real-Time client may cost the server (docs/PROTOCOL.md "Real-Time"). A stranger controls
// every figure here: how many sessions, how large a frame, how many subscriptions, how fast it reads.
struct RealtimeLimits
{
    // Engine.IO v4's defaults (engine.io server): the server pings every pingInterval and drops a
    // session whose pong has not come pingTimeout later.
    int pingIntervalMs = 25 * 1000;
    int pingTimeoutMs = 20 * 1000;
    // The largest packet or polling payload a client may send, announced in the handshake as
    // `maxPayload` (engine.io-client then batches its polling writes below it).
    int maxPayloadBytes = 64 * 1024;
    // Bytes queued for one session that its client has not taken yet (a slow reader, or a polling
    // client that stopped polling): past it the session is closed rather than held in memory.
    qint64 maxQueuedBytes = 1024 * 1024;
    // Sessions one client host (transport/clientaddress.h's clientKey) may hold, and in all.
    int maxSessionsPerAddress = 64;
    int maxSessions = 2048;
    int maxSubscriptionsPerSession = 256;
    int maxWhereClauseChars = 4096;
};

} // namespace Server
