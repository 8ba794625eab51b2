#include "cannedreply.h"

#include <cstring>

namespace {

// The error QNAM reports for an HTTP status: only statuses below 200 mean "no usable exchange".
QNetworkReply::NetworkError errorForStatus(int status)
{
    if (status < 400)
        return QNetworkReply::NoError;
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status < 500 ? QNetworkReply::UnknownContentError : QNetworkReply::UnknownServerError;
    }
}

} // namespace

CannedReply::CannedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, int status,
                         const QByteArray &body, QObject *parent)
    : QNetworkReply(parent)
    , m_body(body)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const QNetworkReply::NetworkError error = errorForStatus(status);
    if (error != QNetworkReply::NoError)
        setError(error, QStringLiteral("HTTP %1").arg(status));
    // Queued, as a real reply: nothing is delivered before the caller has connected.
    QMetaObject::invokeMethod(this, &CannedReply::deliver, Qt::QueuedConnection);
}

void CannedReply::deliver()
{
    if (isFinished())
        return;
    Q_EMIT metaDataChanged();
    Q_EMIT readyRead();
    Q_EMIT downloadProgress(m_body.size(), m_body.size());
    if (error() != QNetworkReply::NoError)
        Q_EMIT errorOccurred(error());
    setFinished(true);
    Q_EMIT finished();
}

void CannedReply::abort()
{
    if (isFinished())
        return;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"));
    setFinished(true);
    close();
}

qint64 CannedReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 CannedReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_body.size() - m_offset);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

QNetworkReply *CannedNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                         QIODevice *)
{
    return new CannedReply(operation, request, m_status, m_body, this);
}
