#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

class QSslSocket;

// A local HTTPS server with the certificate it is given (self-signed in the tests), answering every
// complete request with one canned reply. It records what arrived decrypted: a client that rejects
// the certificate must not have sent a single byte of its request.
class TlsTestServer : public QTcpServer
{
    Q_OBJECT

public:
    TlsTestServer(const QSslCertificate &certificate, const QSslKey &key, QObject *parent = nullptr);

    void setReply(const QByteArray &reply) { m_reply = reply; }
    int handshakes() const { return m_handshakes; } // TLS sessions established
    int connections() const { return m_connections; } // TCP connections accepted
    QByteArray received() const { return m_received; } // decrypted request bytes

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QSslSocket *socket);

    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_reply;
    int m_handshakes = 0;
    int m_connections = 0;
    QByteArray m_received;
};
