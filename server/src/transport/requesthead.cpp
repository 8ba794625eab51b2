#include "transport/requesthead.h"

#include <QList>

namespace Server {

namespace {

RequestHead refuse(int status, const QString &message)
{
    RequestHead head;
    head.refusalStatus = status;
    head.refusalMessage = message;
    head.closeAfterResponse = true;
    return head;
}

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// RFC 9110 5.6.2: a field name is a token.
bool isToken(const QByteArray &name)
{
    static constexpr QByteArrayView otherCharacters("!#$%&'*+-.^_`|~");
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool alphanumeric = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alphanumeric && !otherCharacters.contains(c))
            return false;
    }
    return true;
}

} // namespace

bool RequestHead::isFilesTarget(const QByteArray &target)
{
    const qsizetype query = target.indexOf('?');
    const QList<QByteArray> segments = (query < 0 ? target : target.left(query)).split('/');
    return segments.contains(QByteArrayLiteral("files"));
}

RequestHead RequestHead::parse(const QByteArray &block, qint64 maxBodyBytes, qint64 maxFileBodyBytes)
{
    QList<QByteArray> lines = block.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    const QByteArray version = requestLine.value(2);
    // HTTP/1.0 closes unless the client asks to keep the connection; HTTP/1.1 keeps it unless
    // the client asks to close (RFC 9112, 9.3).
    bool keepAlive = version != "HTTP/1.0";
    bool upgrade = false;

    QByteArray contentLength;
    bool hasContentLength = false;
    // QHttpServer 6.4 ignores the verdict of QtNetwork's header parser: on a header that parser
    // refuses it drops every header of the request, Content-Length included, and would then
    // disagree with this count about where the request ends (issue 25, item 1). So whatever that
    // parser refuses is refused here, before QHttpServer reads it.
    if (lines.size() - 1 > MaxFieldCount)
        return refuse(431, QStringLiteral("More than %1 header fields").arg(MaxFieldCount));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.size() > MaxFieldBytes)
            return refuse(431, QStringLiteral("A header field exceeds %1 bytes").arg(MaxFieldBytes));
        if (line.startsWith(' ') || line.startsWith('\t'))
            return refuse(400, QStringLiteral("Header lines folded onto the previous one (obs-fold) are not accepted"));
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || !isToken(line.left(colon)))
            return refuse(400, QStringLiteral("Invalid header field name"));
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            // Two different lengths let a proxy and this server disagree on where a request
            // ends (request smuggling): refused, as RFC 9112 6.3 asks.
            if (hasContentLength && value != contentLength)
                return refuse(400, QStringLiteral("Conflicting Content-Length headers"));
            hasContentLength = true;
            contentLength = value;
        } else if (name == "transfer-encoding") {
            // Every client of this server sends Content-Length; a chunked body would have to be
            // framed here a second time to be bounded, so it is refused (RFC 9110 15.5.12).
            return refuse(411, QStringLiteral("Send the body with a Content-Length, not Transfer-Encoding"));
        } else if (name == "upgrade") {
            upgrade = value.toLower() == "websocket";
        } else if (name == "connection") {
            const QByteArray token = value.toLower();
            if (token.contains("close"))
                keepAlive = false;
            else if (token.contains("keep-alive"))
                keepAlive = true;
        }
    }

    RequestHead head;
    head.closeAfterResponse = !keepAlive;
    head.webSocketUpgrade = upgrade;
    if (!hasContentLength)
        return head;
    // QHttpServer 6.4 reads "-1" or 2^64-1 as "no body" and serves the body bytes as the next
    // request; only plain decimal digits of a sane length pass.
    if (!isDigits(contentLength) || contentLength.size() > 18)
        return refuse(400, QStringLiteral("Invalid Content-Length"));
    head.bodyLength = contentLength.toLongLong();
    if (isFilesTarget(requestLine.value(1)))
        maxBodyBytes = qMax(maxBodyBytes, maxFileBodyBytes);
    if (head.bodyLength > maxBodyBytes)
        return refuse(413, QStringLiteral("The request body exceeds %1 bytes").arg(maxBodyBytes));
    return head;
}

} // namespace Server
