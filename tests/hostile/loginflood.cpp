#include "loginflood.h"

#include "rawhttp.h"

#include <QTcpSocket>

namespace Hostile {

namespace {

// Whether `buffer` starts with one whole answer; if so it is removed.
bool takeAnswer(QByteArray *buffer)
{
    const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const qsizetype at = buffer->toLower().indexOf("content-length:");
    const qint64 length = at < 0 ? 0 : buffer->mid(at + 15, 20).split('\r').value(0).trimmed().toLongLong();
    if (buffer->size() < headEnd + 4 + length)
        return false;
    buffer->remove(0, headEnd + 4 + length);
    return true;
}

// One flooding client on a keep-alive connection: the next login goes out as soon as the
// previous one is answered.
void flood(QObject *context, quint16 port, const QByteArray &request, std::atomic<int> *answered)
{
    auto *socket = new QTcpSocket(context);
    auto *buffer = new QByteArray;
    QObject::connect(socket, &QObject::destroyed, [buffer]() { delete buffer; });
    QObject::connect(socket, &QTcpSocket::connected, socket, [socket, request]() { socket->write(request); });
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, request, answered]() {
        *buffer += socket->readAll();
        while (takeAnswer(buffer)) {
            answered->fetch_add(1);
            socket->write(request);
        }
    });
    socket->connectToHost(QHostAddress::LocalHost, port);
}

} // namespace

LoginFlood::LoginFlood(quint16 port, const QByteArray &body, int clients)
{
    const QByteArray request = RawConnection::request("POST", "/api/users/login", body);
    m_thread.start();
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, context, &QObject::deleteLater);
    QMetaObject::invokeMethod(context, [context, port, request, clients, this]() {
        for (int i = 0; i < clients; ++i)
            flood(context, port, request, &m_answered);
    });
}

LoginFlood::~LoginFlood()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace Hostile
