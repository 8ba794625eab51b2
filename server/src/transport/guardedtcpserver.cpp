#include "transport/guardedtcpserver.h"

#include "transport/connectionguard.h"

#include <QTcpSocket>

namespace Server {

GuardedTcpServer::GuardedTcpServer(const TransportLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (m_open >= m_limits.maxConnections || m_openByAddress.value(peer) >= m_limits.maxConnectionsPerAddress) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        ConnectionGuard::refuse(socket, 503, QStringLiteral("Too many open connections; try again later"));
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits);
    ++m_open;
    ++m_openByAddress[peer];
    connect(guard, &QObject::destroyed, this, [this, peer]() {
        --m_open;
        if (--m_openByAddress[peer] <= 0)
            m_openByAddress.remove(peer);
    });
    // QHttpServer 6.4 takes the socket and connects its own readyRead slot in here, synchronously
    // (pendingConnectionAvailable), so the guard's two slots run before and after it.
    addPendingConnection(socket);
    guard->watchAfterServer();
}

} // namespace Server
