#include "api/httpreply.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Server {

QByteArray toJsonBytes(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // Wrap a scalar in an array and strip the brackets: keeps Qt's number and string escaping.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

HttpReply HttpReply::json(const QJsonValue &value, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.mimeType = QByteArrayLiteral("application/json");
    reply.body = toJsonBytes(value);
    return reply;
}

HttpReply HttpReply::error(const ApiError &error)
{
    const QJsonObject body{
        {QStringLiteral("code"), error.code},
        {QStringLiteral("message"), error.message},
        {QStringLiteral("errorData"), QJsonObject()},
    };
    return json(body, error.httpStatus ? error.httpStatus : ApiError::statusFor(error.code));
}

HttpReply HttpReply::error(int code, const QString &message)
{
    return error(ApiError::make(code, message));
}

HttpReply HttpReply::empty()
{
    HttpReply reply;
    reply.mimeType = QByteArrayLiteral("application/json");
    return reply;
}

HttpReply HttpReply::later(const QFuture<HttpReply> &future)
{
    HttpReply reply;
    reply.deferred = std::make_shared<QFuture<HttpReply>>(future);
    return reply;
}

} // namespace Server
