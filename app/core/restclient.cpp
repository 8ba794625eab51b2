#include "core/restclient.h"

#include "core/userproperties.h"

#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcRest, "profiledesk.core.rest", QtWarningMsg)

namespace {

// QJsonDocument only parses objects and arrays; bare `true` or `42` (isvalidusertoken, count) are
// parsed as the single element of an array.
bool parseJson(const QByteArray &body, QJsonValue *value, QString *error)
{
    QJsonParseError parseError;
    const QByteArray trimmed = body.trimmed();
    const bool container = trimmed.startsWith('{') || trimmed.startsWith('[');
    const QJsonDocument document =
        QJsonDocument::fromJson(container ? trimmed : QByteArray('[' + trimmed + ']'), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    if (container) {
        *value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        return true;
    }
    const QJsonArray wrapper = document.array();
    if (wrapper.size() != 1) {
        *error = QStringLiteral("not a single JSON value");
        return false;
    }
    *value = wrapper.first();
    return true;
}

bool matches(const QJsonValue &value, Expect expect)
{
    switch (expect) {
    case Expect::Object:
        return value.isObject();
    case Expect::Array:
        return value.isArray();
    case Expect::Boolean:
        return value.isBool();
    case Expect::Number:
        return value.isDouble();
    case Expect::Nothing:
        return true;
    }
    return false;
}

const char *expectedName(Expect expect)
{
    switch (expect) {
    case Expect::Object:
        return "a JSON object";
    case Expect::Array:
        return "a JSON array";
    case Expect::Boolean:
        return "true or false";
    case Expect::Number:
        return "a number";
    case Expect::Nothing:
        return "nothing";
    }
    return "?";
}

// Where the call went, as a person typed it: the host and the port, never the path (which holds
// the application id and the REST API key).
QString serverName(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

Error::NetworkCause networkCause(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return Error::NetworkCause::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return Error::NetworkCause::Refused;
    case QNetworkReply::SslHandshakeFailedError:
        return Error::NetworkCause::Tls;
    case QNetworkReply::RemoteHostClosedError:
        return Error::NetworkCause::Closed;
    default:
        return Error::NetworkCause::Other;
    }
}

} // namespace

// --- RestCall ---------------------------------------------------------------------------------

RestCall::RestCall(Expect expect, QObject *parent)
    : QObject(parent)
    , m_expect(expect)
{ }

RestCall::~RestCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RestCall::start(QNetworkReply *reply, std::chrono::milliseconds timeout)
{
    m_reply = reply;
    // The reply's own buffer is bounded, and the body is taken off it as it arrives: otherwise
    // QNetworkAccessManager's network thread reads a fast hostile server into memory far past the
    // cap (hundreds of MiB) before the first progress signal reaches this thread.
    reply->setReadBufferSize(RestClient::ReadChunkBytes);
    connect(reply, &QNetworkReply::readyRead, this, &RestCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &RestCall::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &RestCall::onDownloadProgress);
    connect(reply, &QNetworkReply::uploadProgress, this, &RestCall::uploadProgress);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    const QString server = serverName(reply->url());
    connect(m_timer, &QTimer::timeout, this, [this, server] { abortWith(Error::timeout(server)); });
    m_timer->start(timeout);
}

void RestCall::failBeforeSending(const Error &error)
{
    // Queued: finished() must never be emitted before the caller could connect to it.
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error, QJsonValue()); }, Qt::QueuedConnection);
}

void RestCall::cancel()
{
    abortWith(Error::cancelled());
}

void RestCall::onDownloadProgress(qint64 received, qint64 total)
{
    if (received > RestClient::MaxReplyBytes || total > RestClient::MaxReplyBytes)
        refuseTooLarge();
}

void RestCall::onReadyRead()
{
    if (!m_reply)
        return;
    // Counted after decompression: a small gzip body can unpack to anything.
    m_body += m_reply->readAll();
    if (m_body.size() > RestClient::MaxReplyBytes)
        refuseTooLarge();
}

void RestCall::refuseTooLarge()
{
    m_body.clear();
    abortWith(Error::protocol(QStringLiteral("reply larger than %1 bytes").arg(RestClient::MaxReplyBytes),
                              m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0));
}

void RestCall::abortWith(const Error &error)
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(error, QJsonValue());
}

void RestCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_httpStatus = status;
    const QNetworkReply::NetworkError networkError = reply->error();
    // Qt's codes below 200 are transport failures; 200+ only mirror the HTTP status we parse ourselves.
    if (networkError != QNetworkReply::NoError && networkError < QNetworkReply::ContentAccessDenied) {
        if (status > 0) {
            finish(Error::protocol(QStringLiteral("the connection closed before the reply was complete"), status),
                   QJsonValue());
        } else {
            QString message = reply->errorString();
            if (!m_secret.isEmpty())
                message.replace(m_secret, QLatin1String("<token>"));
            finish(Error::network(message, networkCause(networkError), serverName(reply->url())), QJsonValue());
        }
        return;
    }
    m_body += reply->readAll();
    const QByteArray body = std::exchange(m_body, QByteArray());
    QJsonValue value;
    const Error error = RestClient::parseBody(body, status, m_expect, &value);
    finish(error, value);
}

void RestCall::finish(const Error &error, const QJsonValue &value)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    m_error = error;
    m_value = value;
    qCDebug(lcRest) << "finished" << m_logPath << error;
    m_secret.clear();
    Q_EMIT finished();
    deleteLater();
}

// --- RestClient -------------------------------------------------------------------------------

RestClient::RestClient(const Config &config, QNetworkAccessManager *shared, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(shared)
{
    Q_ASSERT(shared);
}

RestCall *RestClient::send(const RestRequest &request)
{
    auto *call = new RestCall(request.expect, this);
    call->m_secret = request.userToken;
    call->m_logPath = QString::fromLatin1(request.verb) + QLatin1Char(' ')
        + (request.logPath.isEmpty() ? request.path : request.logPath);
    if (!m_config.isValid()) {
        delete request.multipart;
        call->failBeforeSending(Error::local(m_config.errorString()));
        return call;
    }

    QUrl url = m_config.endpoint(request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!request.userToken.isEmpty())
        networkRequest.setRawHeader(UserProperties::userToken().toLatin1(), request.userToken.toUtf8());

    QByteArray data;
    if (!request.body.isUndefined()) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        data = request.body.isArray() ? QJsonDocument(request.body.toArray()).toJson(QJsonDocument::Compact)
                                      : QJsonDocument(request.body.toObject()).toJson(QJsonDocument::Compact);
    }
    qCDebug(lcRest) << "sending" << call->m_logPath;
    QNetworkReply *reply = nullptr;
    if (request.multipart) {
        reply = m_nam->sendCustomRequest(networkRequest, request.verb, request.multipart);
        request.multipart->setParent(reply);
    } else if (request.verb == "GET" && data.isEmpty()) {
        reply = m_nam->get(networkRequest);
    } else {
        reply = m_nam->sendCustomRequest(networkRequest, request.verb, data);
    }
    call->start(reply, m_timeout);
    return call;
}

Error RestClient::parseBody(const QByteArray &body, int httpStatus, Expect expect, QJsonValue *value)
{
    const bool success = httpStatus >= 200 && httpStatus < 300;
    QJsonValue parsed;
    QString parseError;
    if (body.trimmed().isEmpty()) {
        if (success && expect == Expect::Nothing) {
            *value = QJsonValue(QJsonValue::Null);
            return Error();
        }
        return success ? Error::protocol(
                   QStringLiteral("empty reply, expected %1").arg(QLatin1String(expectedName(expect))), httpStatus)
                       : Error::protocol(QStringLiteral("HTTP %1 with an empty body").arg(httpStatus), httpStatus);
    }
    const bool isJson = parseJson(body, &parsed, &parseError);
    if (!success) {
        const QJsonObject object = parsed.toObject();
        const QJsonValue code = object.value(QLatin1String("code"));
        bool numeric = code.isDouble();
        const int codeValue = numeric ? code.toInt() : code.toString().toInt(&numeric);
        if (isJson && numeric)
            return Error::server(codeValue, object.value(QLatin1String("message")).toString(), httpStatus);
        return Error::protocol(QStringLiteral("HTTP %1 without a Backendless error body").arg(httpStatus), httpStatus);
    }
    if (!isJson)
        return Error::protocol(QStringLiteral("the reply is not JSON (%1)").arg(parseError), httpStatus);
    if (!matches(parsed, expect))
        return Error::protocol(QStringLiteral("expected %1").arg(QLatin1String(expectedName(expect))), httpStatus);
    *value = parsed;
    return Error();
}
