#include "misbehavingserver.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <sys/socket.h>

MisbehavingServer::MisbehavingServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MisbehavingServer::onNewConnection);
}

MisbehavingServer::~MisbehavingServer()
{
    // The sockets' disconnected() handlers use m_buffers, which dies before m_server deletes them.
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool MisbehavingServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl MisbehavingServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(port()));
}

QByteArray MisbehavingServer::response(int status, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

int MisbehavingServer::openConnections() const
{
    return int(m_buffers.size());
}

void MisbehavingServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void MisbehavingServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_requests.append(request);
    answer(socket);
}

void MisbehavingServer::answer(QTcpSocket *socket)
{
    switch (m_behaviour) {
    case Behaviour::Raw:
        socket->write(m_rawReply);
        socket->disconnectFromHost();
        break;
    case Behaviour::Hang:
        break;
    case Behaviour::Reset: {
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const linger hard{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
        break;
    }
    case Behaviour::CutShort:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n"
                      "{\"objectId\":\"A1\",\"email\":");
        socket->flush();
        socket->disconnectFromHost();
        break;
    case Behaviour::HugeChunked:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feedHugeBody(socket); });
        feedHugeBody(socket);
        break;
    }
}

void MisbehavingServer::feedHugeBody(QTcpSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > 1024 * 1024)
        return;
    static const QByteArray chunk = QByteArray(64 * 1024 - 2, '7') + ",\n";
    for (int i = 0; i < 16; ++i)
        socket->write(chunk);
}
