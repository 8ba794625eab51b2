#pragma once

#include "transport/transportlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>

namespace Server {

class ConnectionGuard;

// The QTcpServer handed to QHttpServer::bind(): puts a ConnectionGuard on every socket before
// QHttpServer sees it, and keeps the caps on open connections (in all, and per client host: an
// IPv4 address or an IPv6 /64). When a cap is reached the longest-idle keep-alive connection makes
// room; with none idle, the newcomer gets 503 instead of letting sockets use up the process's
// descriptors.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const TransportLimits &limits, QObject *parent = nullptr);

    int openConnections() const { return m_open; }
    // Answer bytes written to the connections of `peer`'s host that it has not read yet.
    qint64 unreadAnswerBytes(const QHostAddress &peer) const;
    // Cuts every connection of `peer`'s host that leaves answers unread: past the host's cap,
    // the next answer on any of them would be cut anyway, after the work of making it.
    void cutUnreadConnections(const QHostAddress &peer);
    // The budget of large bodies (TransportLimits::maxLargeBodyBytesInFlight): false when
    // `bytes` more would pass it.
    bool reserveLargeBody(qint64 bytes);
    void releaseLargeBody(qint64 bytes) { m_largeBodyBytes -= bytes; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    // Closes the longest-idle connection among `guards`; false when none is idle.
    static bool evictIdle(const QList<ConnectionGuard *> &guards);

    TransportLimits m_limits;
    int m_open = 0;
    qint64 m_largeBodyBytes = 0;
    QHash<QHostAddress, QList<ConnectionGuard *>> m_guardsByHost;
};

} // namespace Server
