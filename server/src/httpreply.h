#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace Server {

// What a route handler answers; the transport (ServerInstance) turns it into a QHttpServerResponse.
// A value, so handlers stay independent of QtHttpServer and easy to read.
struct HttpReply
{
    int status = 200;
    QByteArray mimeType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // Any JSON value, including the bare `true` / number bodies of isvalidusertoken and count.
    static HttpReply json(const QJsonValue &value, int status = 200);
    static HttpReply error(const ApiError &error);
    static HttpReply error(int code, const QString &message);
    // Backendless answers logout and restorepassword with an empty body.
    static HttpReply empty();
};

// Serialises any JSON value compactly (QJsonDocument only takes objects and arrays).
QByteArray toJsonBytes(const QJsonValue &value);

} // namespace Server
