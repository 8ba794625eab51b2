#pragma once

#include "host/serverhost.h"

#include <QHostAddress>
#include <QNetworkInterface>

#include <memory>

// For the insecure opt-in tests: a server reached "from the network", through this machine's own
// non-loopback address.
namespace TestSupport {

// This machine's first IPv4 address that is not loopback (null when it has none).
inline QHostAddress lanAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return QHostAddress();
}

// profiledesk-server on every address (--host 0.0.0.0) with only the demo accounts; null + *error
// when it cannot start.
inline std::unique_ptr<Server::ServerHost> startLanServer(QString *error)
{
    Server::ServerOptions options;
    options.host = QStringLiteral("0.0.0.0");
    options.demoUsers = 0;
    auto server = std::make_unique<Server::ServerHost>(options);
    if (!server->start(error))
        server.reset();
    return server;
}

} // namespace TestSupport
