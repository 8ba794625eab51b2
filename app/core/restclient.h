#pragma once

#include "core/config.h"
#include "core/error.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <chrono>

class QHttpMultiPart;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// What a call expects in a 2xx body; anything else is a Kind::Protocol error.
enum class Expect {
    Object, // a JSON object (a user)
    Array, // a JSON array (find, userclassprops, userroles)
    Boolean, // bare true/false (isvalidusertoken)
    Number, // bare number (count)
    Nothing // empty body or any JSON (logout, restorepassword)
};

struct RestRequest
{
    QByteArray verb = QByteArrayLiteral("GET");
    QString path; // relative, percent-encoded per segment: "users/login"
    QUrlQuery query;
    QJsonValue body = QJsonValue(QJsonValue::Undefined); // Undefined = no body
    QString userToken; // sent as "user-token" when not empty
    Expect expect = Expect::Object;
    // What the log shows instead of `path` when the path holds a secret (isvalidusertoken/{token}).
    QString logPath;
    // A multipart/form-data body instead of `body` (a Files API upload); RestClient::send() takes
    // ownership (the reply holds it while it is sent, or it is deleted when nothing is sent).
    QHttpMultiPart *multipart = nullptr;
};

// One request in flight. Emits finished() exactly once (never from inside RestClient::send, so a
// caller can always connect after sending), then deletes itself with deleteLater(): copy error()
// and value() in the slot. cancel() finishes it at once with Kind::Cancelled.
class RestCall : public QObject
{
    Q_OBJECT

public:
    ~RestCall() override;

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    QJsonValue value() const { return m_value; }
    int httpStatus() const { return m_httpStatus; }

    void cancel();

Q_SIGNALS:
    void finished();
    // The request body going out (a file upload): bytes sent so far of `total`.
    void uploadProgress(qint64 sent, qint64 total);

private:
    friend class RestClient;
    explicit RestCall(Expect expect, QObject *parent);
    void start(QNetworkReply *reply, std::chrono::milliseconds timeout);
    void failBeforeSending(const Error &error);
    void onReplyFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    void onReadyRead();
    void refuseTooLarge();
    void abortWith(const Error &error);
    void finish(const Error &error, const QJsonValue &value);

    Expect m_expect;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body; // what has arrived, taken off the reply as it comes (see start())
    QTimer *m_timer = nullptr;
    Error m_error;
    QJsonValue m_value;
    int m_httpStatus = 0;
    bool m_finished = false;
    QString m_secret; // the token, to redact it from Qt's error strings
    QString m_logPath;
};

// Builds Backendless REST requests on ONE shared QNetworkAccessManager (not owned) and turns every
// reply into a value or an Error. TLS errors are never ignored; redirects are not followed (a REST
// endpoint that redirects is misconfigured, and following a redirect would drop PUT/POST bodies).
class RestClient : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxReplyBytes = 16 * 1024 * 1024;
    // How much a reply may hold unread before the network thread stops reading the socket.
    static constexpr qint64 ReadChunkBytes = 256 * 1024;
    static constexpr std::chrono::milliseconds DefaultTimeout{30000};

    RestClient(const Config &config, QNetworkAccessManager *shared, QObject *parent = nullptr);

    const Config &config() const { return m_config; }
    void setConfig(const Config &config) { m_config = config; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // The whole call (connect, send, receive) must complete within this time, else Kind::Timeout.
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Never returns nullptr; an invalid Config finishes the call with Kind::Local.
    RestCall *send(const RestRequest &request);

    // Parses a complete reply body (exposed for tests of the protocol rules).
    static Error parseBody(const QByteArray &body, int httpStatus, Expect expect, QJsonValue *value);

private:
    Config m_config;
    QNetworkAccessManager *m_nam;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};
