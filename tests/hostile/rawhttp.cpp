#include "rawhttp.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace Hostile {

QJsonObject RawResponse::object() const
{
    return QJsonDocument::fromJson(body).object();
}

RawConnection::RawConnection(quint16 port, const QHostAddress &from, const QHostAddress &to)
    : m_socket(std::make_unique<QTcpSocket>())
{
    if (!from.isNull())
        m_socket->bind(from);
    m_socket->connectToHost(to, port);
    m_socket->waitForConnected(5000);
}

bool RawConnection::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void RawConnection::stopReading()
{
    m_socket->setReadBufferSize(4096);
    m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
}

void RawConnection::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->waitForBytesWritten(5000);
}

void RawConnection::push(const QByteArray &bytes, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    m_socket->write(bytes);
    while (m_socket->bytesToWrite() > 0 && isConnected() && timer.elapsed() < timeoutMs)
        m_socket->waitForBytesWritten(50);
}

QByteArray RawConnection::request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                                  const QByteArray &extraHeaders)
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

RawResponse RawConnection::readResponse(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    RawResponse response;
    while (timer.elapsed() < timeoutMs) {
        m_buffer += m_socket->readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = m_buffer.left(headEnd);
            qint64 length = 0;
            const QList<QByteArray> lines = head.split('\n');
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() >= headEnd + 4 + length) {
                response.headers = head;
                response.status = head.split(' ').value(1).toInt();
                response.body = m_buffer.mid(headEnd + 4, length);
                m_buffer.remove(0, headEnd + 4 + length);
                break;
            }
        }
        if (!m_socket->waitForReadyRead(20) && m_socket->state() != QAbstractSocket::ConnectedState
            && m_socket->bytesAvailable() == 0)
            break;
    }
    response.elapsedMs = timer.elapsed();
    return response;
}

bool RawConnection::waitClosed(int timeoutMs)
{
    m_socket->setReadBufferSize(0); // what was sent before the close is read at once
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            return true;
        m_socket->waitForReadyRead(50);
        m_socket->readAll();
    }
    return m_socket->state() == QAbstractSocket::UnconnectedState;
}

qint64 probeInfoMs(quint16 port, const QHostAddress &from, const QHostAddress &to)
{
    QElapsedTimer timer;
    timer.start();
    RawConnection connection(port, from, to);
    connection.send(RawConnection::request("GET", "/api/info"));
    const RawResponse response = connection.readResponse(5000);
    return response.status == 200 ? timer.elapsed() : -1;
}

RawResponse call(quint16 port, const QByteArray &method, const QByteArray &path, const QJsonObject &body,
                 const QByteArray &token, int timeoutMs)
{
    RawConnection connection(port);
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    connection.send(
        RawConnection::request(method, path, bytes, token.isEmpty() ? QByteArray() : "user-token: " + token + "\r\n"));
    return connection.readResponse(timeoutMs);
}

} // namespace Hostile
