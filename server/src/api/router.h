#pragma once

#include "api/httpreply.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

class QHttpServerRequest;

namespace Server {

enum class Method { Get, Post, Put, Delete, Other };

// One API call as the handlers see it: the path after the app prefix, already split and
// decoded; the JSON body already parsed (an object, or empty).
struct ApiRequest
{
    Method method = Method::Get;
    QStringList path;
    QStringList args; // the values matched by `*` segments of the route
    QUrlQuery query;
    QJsonObject body;
    QString userToken;
    QHostAddress peer; // the client's address (login throttling)
    QString host; // the Host header: the server as the client names it (rtURL in /info)
    // The path carried the Cloud Code key, not the REST key: Business Logic is calling.
    bool cloudCode = false;
    // Routes added with addRaw() only: the body as sent, its Content-Type, and the scheme and
    // authority the client addressed ("http://127.0.0.1:8080"), for URLs that point back here.
    QByteArray rawBody;
    QByteArray contentType;
    QString origin;
};

// Dispatches every request. QHttpServer 6.4's own router matches path and method together, so it
// cannot tell "no such path" (404) from "wrong method" (405), and has no hook that runs before a
// route; the checks every call shares (body size, the app prefix and 2002, JSON parsing) live here,
// once, in front of a table of routes.
class Router
{
public:
    using Handler = std::function<HttpReply(const ApiRequest &request)>;

    // `pattern`: segments after the prefix, `*` matching any one segment ("data/Users/*"), and a
    // last `**` matching one or more (each captured in `args`).
    void add(Method method, const QString &pattern, Handler handler, bool takesBody = false);
    // `cloudCodeKey` empty: the app has no Cloud Code key.
    void setCredentials(const QString &appId, const QString &apiKey, const QString &cloudCodeKey = QString());
    // A route whose body is not JSON (the Files API): handed over raw, up to `maxBodyBytes`.
    void addRaw(Method method, const QString &pattern, Handler handler, qsizetype maxBodyBytes);

    HttpReply dispatch(const QHttpServerRequest &request) const;

    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;
    // The largest raw body any route takes (the Files API); TransportLimits::maxFileBodyBytes.
    static constexpr qsizetype MaxRawBodyBytes = 4 * 1024 * 1024;

private:
    struct Route
    {
        Method method;
        QStringList segments;
        Handler handler;
        bool takesBody;
        bool raw = false;
        qsizetype maxBodyBytes = MaxBodyBytes;
    };

    // "users", "data", "info": the first segment of some route, so not an app id.
    bool isRouteRoot(const QString &segment) const;
    static bool matches(const Route &route, const QStringList &path, QStringList *args);
    static QString methodName(Method method);

    QList<Route> m_routes;
    QString m_appId;
    QString m_apiKey;
    QString m_cloudCodeKey;
};

// A route handler calling a member function of a routes object.
template<typename Routes>
Router::Handler bindRoute(Routes *routes, HttpReply (Routes::*member)(const ApiRequest &))
{
    return [routes, member](const ApiRequest &request) { return (routes->*member)(request); };
}

// Header names are case-insensitive (RFC 9110); QHttpServerRequest::value() in Qt 6.4 is not
// guaranteed to be, so headers are looked up here.
QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name);

} // namespace Server
