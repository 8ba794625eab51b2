#include "api/router.h"

#include "protocol/wirenames.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace Server {

namespace {

Method toMethod(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return Method::Get;
    case QHttpServerRequest::Method::Post:
        return Method::Post;
    case QHttpServerRequest::Method::Put:
        return Method::Put;
    case QHttpServerRequest::Method::Delete:
        return Method::Delete;
    default:
        return Method::Other;
    }
}

// Splits the encoded path and decodes each segment, so an encoded '/' (%2F) inside an identity
// stays inside its segment.
QStringList pathSegments(const QUrl &url)
{
    QStringList segments;
    const QStringList encoded = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : encoded)
        segments << QUrl::fromPercentEncoding(segment.toUtf8());
    return segments;
}

} // namespace

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

void Router::add(Method method, const QString &pattern, Handler handler, bool takesBody)
{
    m_routes.append(Route{method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler), takesBody});
}

void Router::addRaw(Method method, const QString &pattern, Handler handler, qsizetype maxBodyBytes)
{
    m_routes.append(Route{method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler), false, true,
                          maxBodyBytes});
}

void Router::setCredentials(const QString &appId, const QString &apiKey, const QString &cloudCodeKey)
{
    m_appId = appId;
    m_apiKey = apiKey;
    m_cloudCodeKey = cloudCodeKey;
}

QString Router::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Other:
        break;
    }
    return QString();
}

bool Router::isRouteRoot(const QString &segment) const
{
    // "services" stays a root when no service is deployed, so that /api/services/... answers 404.
    if (segment == QLatin1String("services"))
        return true;
    return std::any_of(m_routes.cbegin(), m_routes.cend(),
                       [&segment](const Route &route) { return route.segments.value(0) == segment; });
}

bool Router::matches(const Route &route, const QStringList &path, QStringList *args)
{
    const bool rest = !route.segments.isEmpty() && route.segments.constLast() == QLatin1String("**");
    if (rest ? path.size() < route.segments.size() : route.segments.size() != path.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (rest && i >= route.segments.size() - 1) {
            captured << path.at(i);
            continue;
        }
        if (route.segments.at(i) == QLatin1String("*"))
            captured << path.at(i);
        else if (route.segments.at(i) != path.at(i))
            return false;
    }
    *args = captured;
    return true;
}

HttpReply Router::dispatch(const QHttpServerRequest &request) const
{
    // The transport bounds every body before it is read (TransportLimits); a route's own cap is
    // checked once the route is known.
    if (request.body().size() > MaxRawBodyBytes)
        return HttpReply::error(ErrorCode::PayloadTooLarge, QStringLiteral("The request body is too large"));

    // The base URL forms: /api/... (app implied), /{appId}/{apiKey}/... (classic) and
    // /api/{appId}/{apiKey}/... (Backendless Pro, where the SDK appends id and key to .../api).
    QStringList path = pathSegments(request.url());
    bool credentialsInPath = true;
    bool cloudCode = false;
    if (!path.isEmpty() && path.first() == QLatin1String("api")) {
        path.removeFirst();
        credentialsInPath = !path.isEmpty() && !isRouteRoot(path.first());
    }
    if (credentialsInPath) {
        if (path.size() < 2)
            return HttpReply::error(ErrorCode::RouteNotFound, QStringLiteral("No such route"));
        cloudCode = !m_cloudCodeKey.isEmpty() && path.at(1) == m_cloudCodeKey;
        if (path.at(0) != m_appId || (path.at(1) != m_apiKey && !cloudCode))
            return HttpReply::error(ErrorCode::WrongAppIdOrKey, QStringLiteral("Invalid application id or API key"));
        path = path.mid(2);
    }

    ApiRequest apiRequest;
    apiRequest.method = toMethod(request.method());
    apiRequest.path = path;
    apiRequest.cloudCode = cloudCode;
    const Route *route = nullptr;
    QStringList allowed;
    for (const Route &candidate : m_routes) {
        QStringList args;
        if (!matches(candidate, path, &args))
            continue;
        if (candidate.method == apiRequest.method) {
            route = &candidate;
            apiRequest.args = args;
            break;
        }
        allowed << methodName(candidate.method);
    }
    if (!route) {
        if (allowed.isEmpty())
            return HttpReply::error(ErrorCode::RouteNotFound,
                                    QStringLiteral("No such route: /") + path.join(QLatin1Char('/')));
        allowed.removeDuplicates();
        HttpReply reply =
            HttpReply::error(ErrorCode::MethodNotAllowed,
                             QStringLiteral("Method not allowed here; use %1").arg(allowed.join(QStringLiteral(", "))));
        reply.headers.append({QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()});
        return reply;
    }

    const QByteArray body = request.body();
    if (body.size() > route->maxBodyBytes)
        return HttpReply::error(ErrorCode::PayloadTooLarge,
                                QStringLiteral("The request body exceeds %1 bytes").arg(route->maxBodyBytes));
    if (route->raw) {
        apiRequest.rawBody = body;
        apiRequest.contentType = headerValue(request, QByteArrayLiteral("content-type"));
        QUrl origin =
            request.url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        apiRequest.origin = origin.toString(QUrl::FullyEncoded);
    }
    if (route->takesBody && !body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return HttpReply::error(ErrorCode::MalformedRequest,
                                    QStringLiteral("Malformed JSON body: %1 at offset %2")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
        if (!document.isObject())
            return HttpReply::error(ErrorCode::MalformedRequest,
                                    QStringLiteral("The request body must be a JSON object"));
        apiRequest.body = document.object();
    }
    apiRequest.query = request.query();
    apiRequest.userToken = QString::fromUtf8(headerValue(request, QByteArray(WireName::UserToken))).trimmed();
    apiRequest.peer = request.remoteAddress();
    apiRequest.host = QString::fromLatin1(headerValue(request, QByteArrayLiteral("host"))).trimmed();
    return route->handler(apiRequest);
}

} // namespace Server
