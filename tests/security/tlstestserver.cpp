#include "tlstestserver.h"

#include <QSslSocket>

TlsTestServer::TlsTestServer(const QSslCertificate &certificate, const QSslKey &key, QObject *parent)
    : QTcpServer(parent)
    , m_certificate(certificate)
    , m_key(key)
{ }

void TlsTestServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_connections;
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QSslSocket::encrypted, this, [this] { ++m_handshakes; });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

void TlsTestServer::onReadyRead(QSslSocket *socket)
{
    m_received += socket->readAll();
    // One request per connection is all the tests send: answer once its headers and body are in.
    const qsizetype headerEnd = m_received.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray lengthHeader = "content-length:";
    const QByteArray headers = m_received.left(headerEnd).toLower();
    const qsizetype at = headers.indexOf(lengthHeader);
    const qsizetype length = at < 0
        ? 0
        : headers.mid(at + lengthHeader.size(), headers.indexOf('\r', at) - at - lengthHeader.size())
              .trimmed()
              .toLongLong();
    if (m_received.size() < headerEnd + 4 + length)
        return;
    socket->write(m_reply);
    socket->disconnectFromHost();
}
