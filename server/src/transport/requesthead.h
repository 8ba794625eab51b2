#pragma once

#include <QByteArray>
#include <QString>

namespace Server {

// What the transport needs to know about one request before QHttpServer reads its body: how
// many body bytes follow, and whether the connection closes after the answer. Parsed from the
// header block alone, so an oversized or malformed request is refused before any body is held.
struct RequestHead
{
    qint64 bodyLength = 0;
    bool closeAfterResponse = false;
    // `Upgrade: websocket`: QHttpServer hands the connection to its WebSocket server (Real-Time).
    bool webSocketUpgrade = false;

    // A refusal: the HTTP status (and equal JSON code) plus a message; status 0 = accepted.
    int refusalStatus = 0;
    QString refusalMessage;

    // QtNetwork's header parser (QHttpHeaderParser, which QHttpServer 6.4 uses) refuses more
    // fields than this, and any one field (name, colon and value) longer than this.
    static constexpr int MaxFieldCount = 100;
    static constexpr int MaxFieldBytes = 8 * 1024;

    // `block`: the request line and headers up to, not including, the empty line. A request whose
    // target has a `files` path segment (the Files API) may carry up to `maxFileBodyBytes`.
    static RequestHead parse(const QByteArray &block, qint64 maxBodyBytes, qint64 maxFileBodyBytes = 0);
    static bool isFilesTarget(const QByteArray &target);
};

} // namespace Server
