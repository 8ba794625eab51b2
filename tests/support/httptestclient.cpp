#include "httptestclient.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace TestSupport {

QJsonValue HttpResult::json() const
{
    // Wrapping in an array accepts every JSON value, bare scalars included.
    QJsonParseError error;
    const QByteArray wrapped = '[' + body + ']';
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return document.array().first();
}

int HttpResult::errorCode() const
{
    const QJsonObject object = json().toObject();
    return object.contains(QStringLiteral("errorData")) ? object.value(QStringLiteral("code")).toInt() : 0;
}

QString HttpResult::errorMessage() const
{
    return json().toObject().value(QStringLiteral("message")).toString();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

HttpTestClient::HttpTestClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{ }

QUrl HttpTestClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl result = m_baseUrl;
    result.setPath(m_baseUrl.path(QUrl::FullyEncoded) + QLatin1Char('/') + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

QList<QPair<QByteArray, QByteArray>> HttpTestClient::tokenHeaders(const QString &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("user-token"), token.toUtf8()});
    return headers;
}

QByteArray HttpTestClient::toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpResult HttpTestClient::get(const QString &path, const QString &token, const QUrlQuery &query)
{
    return wait(start(QByteArrayLiteral("GET"), url(path, query), QByteArray(), tokenHeaders(token)));
}

HttpResult HttpTestClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return wait(start(QByteArrayLiteral("POST"), url(path), toJson(body), tokenHeaders(token)));
}

HttpResult HttpTestClient::put(const QString &path, const QJsonObject &body, const QString &token)
{
    return wait(start(QByteArrayLiteral("PUT"), url(path), toJson(body), tokenHeaders(token)));
}

HttpResult HttpTestClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return wait(start(verb, url(path), body, headers));
}

QNetworkReply *HttpTestClient::start(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                     const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    return m_nam.sendCustomRequest(request, verb, body);
}

HttpResult HttpTestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    HttpResult result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(timeoutMs)) {
            result.timedOut = true;
            reply->abort();
        }
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.headers = reply->rawHeaderPairs();
    result.networkError = reply->error();
    reply->deleteLater();
    return result;
}

QJsonObject HttpTestClient::login(const QString &identity, const QString &password)
{
    const HttpResult result =
        post(QStringLiteral("users/login"),
             QJsonObject{{QStringLiteral("login"), identity}, {QStringLiteral("password"), password}});
    return result.status == 200 ? result.object() : QJsonObject();
}

} // namespace TestSupport
