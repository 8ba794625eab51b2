#include "transport/guardedtcpserver.h"

#include "transport/clientaddress.h"
#include "transport/connectionguard.h"

#include <QTcpSocket>

namespace Server {

GuardedTcpServer::GuardedTcpServer(const TransportLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

qint64 GuardedTcpServer::unreadAnswerBytes(const QHostAddress &peer) const
{
    qint64 unread = 0;
    for (const ConnectionGuard *guard : m_guardsByHost.value(clientKey(peer)))
        unread += guard->socket()->bytesToWrite();
    return unread;
}

void GuardedTcpServer::cutUnreadConnections(const QHostAddress &peer)
{
    // Copied: aborting a socket can destroy its guard, which edits the list.
    const QList<ConnectionGuard *> guards = m_guardsByHost.value(clientKey(peer));
    for (ConnectionGuard *guard : guards) {
        if (guard->socket()->bytesToWrite() > 0)
            guard->cut();
    }
}

bool GuardedTcpServer::evictIdle(const QList<ConnectionGuard *> &guards)
{
    ConnectionGuard *oldest = nullptr;
    for (ConnectionGuard *guard : guards) {
        if (guard->isIdle() && (!oldest || guard->idleSinceMs() < oldest->idleSinceMs()))
            oldest = guard;
    }
    if (!oldest)
        return false;
    oldest->evict();
    return true;
}

bool GuardedTcpServer::reserveLargeBody(qint64 bytes)
{
    if (m_largeBodyBytes + bytes > m_limits.maxLargeBodyBytesInFlight)
        return false;
    m_largeBodyBytes += bytes;
    return true;
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    const QHostAddress host = clientKey(socket->peerAddress());
    QList<ConnectionGuard *> &ofHost = m_guardsByHost[host];
    bool room = true;
    bool evicted = false;
    if (ofHost.size() >= m_limits.maxConnectionsPerAddress)
        room = evicted = evictIdle(ofHost);
    if (room && !evicted && m_open >= m_limits.maxConnections) {
        QList<ConnectionGuard *> all;
        all.reserve(m_open);
        for (const QList<ConnectionGuard *> &guards : std::as_const(m_guardsByHost))
            all += guards;
        room = evictIdle(all);
    }
    if (!room) {
        if (ofHost.isEmpty())
            m_guardsByHost.remove(host);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        ConnectionGuard::refuse(socket, 503, QStringLiteral("Too many open connections; try again later"));
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits, this);
    ++m_open;
    ofHost.append(guard);
    connect(guard, &QObject::destroyed, this, [this, host, guard]() {
        --m_open;
        const auto it = m_guardsByHost.find(host);
        if (it == m_guardsByHost.end())
            return;
        it->removeOne(guard);
        if (it->isEmpty())
            m_guardsByHost.erase(it);
    });
    // QHttpServer 6.4 takes the socket and connects its own readyRead slot in here, synchronously
    // (pendingConnectionAvailable), so the guard's two slots run before and after it.
    addPendingConnection(socket);
    guard->watchAfterServer();
}

} // namespace Server
