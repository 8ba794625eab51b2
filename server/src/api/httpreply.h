#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

#include <memory>

template<typename T>
class QFuture;

namespace Server {

// What a route handler answers; the transport (ServerInstance) turns it into a QHttpServerResponse.
// A value, so handlers stay independent of QtHttpServer and easy to read.
struct HttpReply
{
    int status = 200;
    QByteArray mimeType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Set when the answer comes later (work on the worker pool, a throttled login); the fields
    // above are then unused and the transport waits for this.
    std::shared_ptr<QFuture<HttpReply>> deferred;

    // Any JSON value, including the bare `true` / number bodies of isvalidusertoken and count.
    static HttpReply json(const QJsonValue &value, int status = 200);
    static HttpReply error(const ApiError &error);
    static HttpReply error(int code, const QString &message);
    // Backendless answers logout and restorepassword with an empty body.
    static HttpReply empty();
    static HttpReply later(const QFuture<HttpReply> &future);
};

// Serialises any JSON value compactly (QJsonDocument only takes objects and arrays).
QByteArray toJsonBytes(const QJsonValue &value);

} // namespace Server
