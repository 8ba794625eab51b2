#pragma once

#include "transport/transportlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

namespace Server {

// The QTcpServer handed to QHttpServer::bind(): puts a ConnectionGuard on every socket before
// QHttpServer sees it, and refuses connections past the caps (in all, and per client address)
// with 503 instead of letting idle sockets use up the process's descriptors.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const TransportLimits &limits, QObject *parent = nullptr);

    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    TransportLimits m_limits;
    int m_open = 0;
    QHash<QHostAddress, int> m_openByAddress;
};

} // namespace Server
