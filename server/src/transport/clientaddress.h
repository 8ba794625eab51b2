#pragma once

#include <QHostAddress>

namespace Server {

// What the server counts as one client host: an IPv4 address, or an IPv6 /64. One IPv6 client
// commonly holds a whole /64; counting per exact address there would give it 2^64 fresh starts
// (connection slots, unread answers, the login throttle).
inline QHostAddress clientKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4);
    Q_IPV6ADDR v6 = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        v6[i] = 0;
    return QHostAddress(v6);
}

} // namespace Server
