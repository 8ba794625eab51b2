#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QTcpSocket>

#include <memory>

namespace Hostile {

struct RawResponse
{
    int status = 0; // 0: no complete answer in time
    QByteArray headers;
    QByteArray body;
    qint64 elapsedMs = 0;

    QJsonObject object() const;
    int code() const { return object().value(QStringLiteral("code")).toInt(); }
};

// One blocking HTTP/1.1 connection written byte for byte, so that a test can send what no
// well-behaved client would: lying Content-Lengths, silence, half a request. Optionally from
// another loopback address (127.0.0.2), to play a second client host, and to another address
// than 127.0.0.1 (an IPv6 one inside a test's own network namespace).
class RawConnection
{
public:
    explicit RawConnection(quint16 port, const QHostAddress &from = QHostAddress(),
                           const QHostAddress &to = QHostAddress(QHostAddress::LocalHost));

    bool isConnected() const;
    // From now on this client reads nothing: neither Qt (a 4 KiB read buffer) nor the kernel (a
    // small receive buffer) take more of the server's answers than that, as a client that never
    // reads holds them.
    void stopReading();
    void send(const QByteArray &bytes);
    // Writes as much of `bytes` as the server takes within the time, without failing when it
    // stops reading or closes (what an attacker sees).
    void push(const QByteArray &bytes, int timeoutMs);
    RawResponse readResponse(int timeoutMs);
    // Whether the server closed the connection within the time (unread bytes are dropped).
    bool waitClosed(int timeoutMs);

    static QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body = QByteArray(),
                              const QByteArray &extraHeaders = QByteArray());

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

// GET /api/info on a fresh connection (from `from` to `to`); the elapsed time, or -1 if it did not answer 200 in 5 s.
qint64 probeInfoMs(quint16 port, const QHostAddress &from = QHostAddress(),
                   const QHostAddress &to = QHostAddress(QHostAddress::LocalHost));

// A request through a keep-alive connection that must answer: status and JSON.
RawResponse call(quint16 port, const QByteArray &method, const QByteArray &path, const QJsonObject &body = {},
                 const QByteArray &token = QByteArray(), int timeoutMs = 15000);

} // namespace Hostile
