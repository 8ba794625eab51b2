#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace TestSupport {

// One finished HTTP exchange, as a value.
struct HttpResult
{
    int status = 0; // 0: no HTTP answer (see networkError)
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;

    // The body as JSON (any value: objects, arrays, bare true/false/numbers); undefined if not JSON.
    QJsonValue json() const;
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
    // The Backendless code of an error body, 0 for anything else.
    int errorCode() const;
    QString errorMessage() const;
    QByteArray header(const QByteArray &name) const;
};

// A blocking HTTP client for tests: each call starts a request on one shared
// QNetworkAccessManager and waits for it with QSignalSpy (the server under test runs on a thread
// of its own, so waiting here never starves it). Paths are appended to the base URL.
class HttpTestClient
{
public:
    explicit HttpTestClient(const QUrl &baseUrl = QUrl());

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl url(const QString &path, const QUrlQuery &query = QUrlQuery()) const;

    HttpResult get(const QString &path, const QString &token = QString(), const QUrlQuery &query = QUrlQuery());
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token = QString());
    HttpResult put(const QString &path, const QJsonObject &body, const QString &token = QString());
    // Any verb, any raw body (malformed JSON, oversized bodies, wrong methods).
    HttpResult send(const QByteArray &verb, const QString &path, const QByteArray &body = QByteArray(),
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // Starts a request without waiting, for tests that run several at once; finish with wait().
    QNetworkReply *start(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers);
    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 15000);

    // POST users/login; returns the user object (with "user-token") or an empty object.
    QJsonObject login(const QString &identity, const QString &password);

    static QByteArray toJson(const QJsonObject &object);

private:
    static QList<QPair<QByteArray, QByteArray>> tokenHeaders(const QString &token);

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
};

} // namespace TestSupport
