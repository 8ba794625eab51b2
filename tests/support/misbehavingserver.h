#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A one-trick HTTP server for client tests: it answers every request the same bad (or exactly
// scripted) way, so that the client's handling of broken servers can be tested deterministically.
class MisbehavingServer : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour {
        Raw, // write rawReply() verbatim, then close
        Hang, // read the request, never answer
        Reset, // read the request, then reset the connection (RST, no reply at all)
        CutShort, // headers promise more body than is sent, then close
        HugeChunked, // 200 with an endless body and no Content-Length (until the client gives up)
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // path + query, as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit MisbehavingServer(QObject *parent = nullptr);
    ~MisbehavingServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/api

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    // A full HTTP response (status line, headers, body) for Behaviour::Raw.
    void setRawReply(const QByteArray &reply) { m_rawReply = reply; }
    // Convenience: status + content type + body, with a correct Content-Length.
    static QByteArray response(int status, const QByteArray &contentType, const QByteArray &body);

    QList<Request> requests() const { return m_requests; }
    int openConnections() const;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket);
    void feedHugeBody(QTcpSocket *socket);

    QTcpServer m_server;
    Behaviour m_behaviour = Behaviour::Raw;
    QByteArray m_rawReply;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};
