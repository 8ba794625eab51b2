#include "transport/connectionguard.h"

#include "api/httpreply.h"
#include "transport/guardedtcpserver.h"
#include "transport/requesthead.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

#include <cstring>

namespace Server {

namespace {

// After a refusal the client may still be sending the body it announced. Closing with unread
// bytes makes the kernel send a reset that can destroy the answer before the client reads it,
// so the guard reads and drops what arrives for this long, then closes.
constexpr int DrainBeforeCloseMs = 1000;
// disconnectFromHost() waits for the write buffer to drain; a peer that stops reading is aborted.
constexpr int CloseGraceMs = 5000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Error");
    }
}

// QHttpServerResponder cannot be had outside QAbstractHttpServer, so a refusal made before
// QHttpServer has a request is written here; the body is the usual JSON error shape.
QByteArray errorResponse(int status, const QString &message)
{
    const QByteArray body = HttpReply::error(ApiError{status, message, status}).body;
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + QByteArrayLiteral("\r\nContent-Type: application/json\r\nContent-Length: ") + QByteArray::number(body.size())
        + QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + body;
}

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const TransportLimits &limits, GuardedTcpServer *server)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_server(server)
{
    // Bounds what the socket buffers even if the guard's count were wrong: one request of the
    // largest allowed size, head included.
    socket->setReadBufferSize(qMax(limits.maxBodyBytes, limits.maxFileBodyBytes) + limits.maxHeaderBytes + 64 * 1024);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::scanFresh);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::timedOut);
    m_timer.start(limits.requestTimeoutMs);
    m_answerTimer.setSingleShot(true);
    connect(&m_answerTimer, &QTimer::timeout, this, &ConnectionGuard::answerOverdue);
}

ConnectionGuard::~ConnectionGuard()
{
    releaseLargeBody();
}

void ConnectionGuard::releaseLargeBody()
{
    if (m_server && m_largeBodyReserved > 0)
        m_server->releaseLargeBody(m_largeBodyReserved);
    m_largeBodyReserved = 0;
}

void ConnectionGuard::watchAfterServer()
{
    // Runs after QHttpServer's own readyRead slot: what it left unread is not new next time.
    connect(m_socket, &QTcpSocket::readyRead, this, [this]() { m_unreadByServer = m_socket->bytesAvailable(); });
}

void ConnectionGuard::closeGracefully(QTcpSocket *socket)
{
    socket->disconnectFromHost();
    QTimer::singleShot(CloseGraceMs, socket, [socket]() { socket->abort(); });
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

bool ConnectionGuard::beginResponse()
{
    const bool close = m_closeAfter.isEmpty() ? false : m_closeAfter.dequeue();
    m_inFlight = qMax(0, m_inFlight - 1);
    if (m_inFlight > 0)
        m_answerTimer.start(m_limits.answerTimeoutMs); // the next answer gets its own time
    else
        m_answerTimer.stop();
    armIdleTimer();
    return close;
}

bool ConnectionGuard::mayWrite(qint64 answerBytes) const
{
    if (m_socket->bytesToWrite() + answerBytes > m_limits.maxUnreadAnswerBytes && m_socket->bytesToWrite() > 0)
        return false; // one answer always fits a connection that has read everything before it
    return !m_server
        || m_server->unreadAnswerBytes(m_socket->peerAddress()) + answerBytes
        <= m_limits.maxUnreadAnswerBytesPerAddress;
}

bool ConnectionGuard::isIdle() const
{
    return m_idleSinceMs >= 0 && m_phase == Phase::Head && m_head.isEmpty() && m_inFlight == 0;
}

void ConnectionGuard::evict()
{
    m_phase = Phase::Refused;
    m_idleSinceMs = -1;
    m_timer.stop();
    closeGracefully(m_socket);
}

void ConnectionGuard::armIdleTimer()
{
    if (m_inFlight == 0 && m_phase == Phase::Head && m_head.isEmpty()) {
        m_timer.start(m_limits.idleTimeoutMs);
        m_idleSinceMs = nowMs();
    }
}

void ConnectionGuard::cutForUnreadAnswers()
{
    if (m_server && m_server->unreadAnswerBytes(m_socket->peerAddress()) > m_limits.maxUnreadAnswerBytesPerAddress / 2)
        m_server->cutUnreadConnections(m_socket->peerAddress());
    cut();
}

void ConnectionGuard::answerOverdue()
{
    // QHttpServer never answered what the guard counted as a request: rather than hold the slot
    // forever, the connection is cut.
    cut();
}

void ConnectionGuard::cut()
{
    if (m_phase == Phase::Refused && m_socket->state() == QAbstractSocket::UnconnectedState)
        return;
    m_phase = Phase::Refused;
    m_timer.stop();
    m_answerTimer.stop();
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    m_socket->abort();
}

void ConnectionGuard::scanFresh()
{
    if (m_phase == Phase::Refused || m_phase == Phase::Upgraded)
        return;
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unreadByServer;
    m_unreadByServer = available;
    if (fresh > 0)
        scan(m_socket->peek(available).right(fresh));
}

void ConnectionGuard::scan(const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() && m_phase != Phase::Refused && m_phase != Phase::Upgraded) {
        if (m_phase == Phase::Body) {
            const qint64 taken = qMin<qint64>(m_bodyLeft, bytes.size() - i);
            m_bodyLeft -= taken;
            i += taken;
            if (m_bodyLeft == 0)
                requestComplete();
            continue;
        }
        if (m_head.isEmpty()) {
            // QHttpServer skips blank space left over between requests; so does the count.
            while (i < bytes.size()
                   && (bytes.at(i) == '\r' || bytes.at(i) == '\n' || bytes.at(i) == ' ' || bytes.at(i) == '\t'))
                ++i;
            if (i == bytes.size())
                return;
            m_timer.start(m_limits.requestTimeoutMs); // the request's clock starts at its first byte
            m_idleSinceMs = -1;
        }
        i += takeHead(QByteArrayView(bytes).sliced(i));
    }
}

qsizetype ConnectionGuard::takeHead(QByteArrayView bytes)
{
    // Only the bytes of this head are looked at and kept, line by line, so a read holding many
    // pipelined requests costs time in proportion to its size (issue 25, item 2). The head ends
    // at an empty line; QHttpServer accepts bare LF line ends too.
    qsizetype used = 0;
    while (used < bytes.size()) {
        const char *start = bytes.data() + used;
        // One byte past the limit is enough to know the head is too large.
        const qsizetype span = qMin<qsizetype>(bytes.size() - used, m_limits.maxHeaderBytes - m_head.size() + 1);
        const auto *newline = static_cast<const char *>(memchr(start, '\n', size_t(span)));
        const qsizetype taken = newline ? newline - start + 1 : span;
        m_head.append(start, taken);
        used += taken;
        if (m_head.size() > m_limits.maxHeaderBytes) {
            refuseRequest(431, QStringLiteral("The request headers exceed %1 bytes").arg(m_limits.maxHeaderBytes));
            return bytes.size();
        }
        if (!newline)
            return used;
        const qsizetype lineLength = m_head.size() - m_lineStart; // with its '\n'
        const bool blank = lineLength == 1 || (lineLength == 2 && m_head.at(m_lineStart) == '\r');
        m_lineStart = m_head.size();
        if (blank) {
            headComplete();
            return used;
        }
    }
    return used;
}

void ConnectionGuard::headComplete()
{
    const RequestHead head = RequestHead::parse(m_head.trimmed(), m_limits.maxBodyBytes, m_limits.maxFileBodyBytes);
    m_head.clear();
    m_lineStart = 0;
    if (head.refusalStatus != 0) {
        refuseRequest(head.refusalStatus, head.refusalMessage);
        return;
    }
    // A body above the ordinary cap (a file) is admitted only within the server-wide budget, so
    // that many slow uploads together cannot hold more than that in memory.
    if (head.bodyLength > m_limits.maxBodyBytes && m_server) {
        if (!m_server->reserveLargeBody(head.bodyLength)) {
            refuseRequest(503, QStringLiteral("Too many large uploads at once; try again later"));
            return;
        }
        m_largeBodyReserved = head.bodyLength;
    }
    if (head.webSocketUpgrade && head.bodyLength == 0) {
        m_phase = Phase::Upgraded;
        m_timer.stop();
        m_answerTimer.stop();
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
        return;
    }
    m_closeAfter.enqueue(head.closeAfterResponse);
    m_bodyLeft = head.bodyLength;
    if (m_bodyLeft == 0)
        requestComplete();
    else
        m_phase = Phase::Body;
}

void ConnectionGuard::requestComplete()
{
    // QHttpServer takes the whole request on this readyRead, before the next one is read.
    releaseLargeBody();
    m_phase = Phase::Head;
    ++m_inFlight;
    m_timer.stop(); // the server owes an answer now; the client is not the one being slow
    if (!m_answerTimer.isActive())
        m_answerTimer.start(m_limits.answerTimeoutMs);
    // Past this many requests sent ahead of their answers (no SDK pipelines at all) the client is
    // cut off: every head costs the guard a parse before QHttpServer reads the first one, and
    // 1 MiB of tiny requests held the thread for 70 ms (issue 25, item 2).
    if (m_socket->bytesToWrite() > m_limits.maxUnreadAnswerBytes || m_inFlight > m_limits.maxPipelinedRequests) {
        m_phase = Phase::Refused;
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        m_socket->abort();
    }
}

void ConnectionGuard::timedOut()
{
    if (m_phase == Phase::Refused || m_phase == Phase::Upgraded)
        return;
    if (m_phase == Phase::Body || !m_head.isEmpty()) {
        refuseRequest(408, QStringLiteral("The request did not arrive within %1 ms").arg(m_limits.requestTimeoutMs));
        return;
    }
    if (m_inFlight > 0)
        return;
    closeGracefully(m_socket);
}

void ConnectionGuard::refuseRequest(int status, const QString &message)
{
    releaseLargeBody();
    m_phase = Phase::Refused;
    m_timer.stop();
    refuse(m_socket, status, message);
}

void ConnectionGuard::refuse(QTcpSocket *socket, int status, const QString &message)
{
    // QHttpServer reads inside a transaction and would keep every byte; end it, stop it reading,
    // and drop whatever still arrives.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    socket->readAll();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket]() { socket->readAll(); });
    socket->write(errorResponse(status, message));
    socket->flush();
    QTimer::singleShot(DrainBeforeCloseMs, socket, [socket]() { closeGracefully(socket); });
}

} // namespace Server
