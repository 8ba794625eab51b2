#include "guardedtcpserver.h"

#include "connectionguard.h"

#include <QTcpSocket>

namespace Server {

GuardedTcpServer::GuardedTcpServer(const TransportLimits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        ConnectionGuard::refuse(socket, 503, QStringLiteral("Too many open connections; try again later"));
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits);
    ++m_open;
    connect(guard, &QObject::destroyed, this, [this]() { --m_open; });
    // QHttpServer 6.4 takes the socket and connects its own readyRead slot in here, synchronously
    // (pendingConnectionAvailable), so the guard's two slots run before and after it.
    addPendingConnection(socket);
    guard->watchAfterServer();
}

} // namespace Server
