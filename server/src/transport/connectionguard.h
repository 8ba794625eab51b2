#pragma once

#include "transport/transportlimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QQueue>
#include <QTimer>

class QTcpSocket;

namespace Server {

class GuardedTcpServer;

// Watches one connection in front of QHttpServer 6.4, which buffers any body the client
// announces, never times a connection out, and ignores `Connection: close`. The guard sees every
// byte before QHttpServer reads it (its readyRead slot is connected first), follows where each
// request's head and body end, and refuses a request whose head says it is too large or
// malformed with the JSON error shape and a close, before the body is read. It also times out
// slow and idle connections and tells the responder whether to close after an answer.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // Becomes a child of `socket`; call before QHttpServer gets the socket. `server` (optional)
    // answers how many answer bytes the client's other connections have not read.
    ConnectionGuard(QTcpSocket *socket, const TransportLimits &limits, GuardedTcpServer *server = nullptr);
    ~ConnectionGuard() override;

    // Call right after QHttpServer has connected to the socket.
    void watchAfterServer();

    // The responder is about to answer the oldest request in flight: whether to close after it.
    bool beginResponse();

    // Whether an answer of this many bytes may be written now: false once the client leaves too
    // much unread, on this connection or on all of its host's; the caller then cuts it.
    bool mayWrite(qint64 answerBytes) const;
    // Aborts the connection, and with it every answer still owed (the unread caps); when the
    // host's cap is the one passed, the host's other connections that leave answers unread too.
    void cutForUnreadAnswers();
    void cut();
    // A keep-alive connection waiting for its next request, and since when (ms, monotonic).
    bool isIdle() const;
    qint64 idleSinceMs() const { return m_idleSinceMs; }
    // Closes an idle connection to give its slot to a new one.
    void evict();
    QTcpSocket *socket() const { return m_socket; }

    static ConnectionGuard *of(QTcpSocket *socket);
    // Closes once the last answer is out, or at once if the peer stops taking bytes.
    static void closeGracefully(QTcpSocket *socket);
    // Answers with a JSON error and closes, without letting QHttpServer read any further.
    static void refuse(QTcpSocket *socket, int status, const QString &message);

private:
    // Upgraded: a WebSocket now owns the connection (the Real-Time hub bounds it); the guard no
    // longer reads or times it, and it still counts against the caps until it closes.
    enum class Phase { Head, Body, Refused, Upgraded };

    void scanFresh();
    void scan(const QByteArray &bytes);
    // Adds head bytes; on the head's end, handles it. Returns how many of `bytes` it used.
    qsizetype takeHead(QByteArrayView bytes);
    void headComplete();
    void requestComplete();
    void timedOut();
    void answerOverdue();
    void refuseRequest(int status, const QString &message);
    void armIdleTimer();

    QTcpSocket *m_socket;
    TransportLimits m_limits;
    Phase m_phase = Phase::Head;
    QByteArray m_head;
    qsizetype m_lineStart = 0; // where the head's current line starts in m_head
    qint64 m_bodyLeft = 0;
    qint64 m_unreadByServer = 0; // bytes QHttpServer left in the socket after its last read
    int m_inFlight = 0;
    QQueue<bool> m_closeAfter; // one per request in flight, oldest first
    QTimer m_timer;
    QTimer m_answerTimer; // runs while the server owes an answer
    GuardedTcpServer *m_server;
    qint64 m_idleSinceMs = -1; // -1: not an idle keep-alive connection
    qint64 m_largeBodyReserved = 0; // of the server's large-body budget, while that body arrives
    void releaseLargeBody();
};

} // namespace Server
