#include "core/fileservice.h"

#include "core/config.h"
#include "core/restclient.h"
#include "core/userservice.h"

#include <QHttpMultiPart>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

FileService::FileService(RestClient *client, UserService *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
{
    Q_ASSERT(client && session);
}

QString FileService::encodedPath(const QString &path)
{
    QStringList segments;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        segments << Config::encodeSegment(segment);
    return segments.join(QLatin1Char('/'));
}

UploadCall *FileService::upload(const QString &directory, const QString &name, const QByteArray &bytes,
                                const QString &contentType, bool overwrite)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    // The name goes into a quoted header value: a quote or a line break in it would end the header.
    QString safeName = name;
    safeName.remove(QLatin1Char('"')).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(safeName));
    part.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    part.setBody(bytes);
    multipart->append(part);

    RestRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.path = QStringLiteral("files/") + encodedPath(directory) + QLatin1Char('/') + Config::encodeSegment(name);
    if (overwrite)
        request.query.addQueryItem(QStringLiteral("overwrite"), QStringLiteral("true"));
    request.multipart = multipart;
    request.userToken = m_session->userToken();
    request.expect = Expect::Nothing;

    auto *call = new UploadCall(this);
    RestCall *rest = m_client->send(request);
    connect(rest, &RestCall::uploadProgress, call, &UploadCall::progress);
    call->attach(
        rest,
        [call](const QJsonValue &value) {
            const QString url =
                value.isString() ? value.toString() : value.toObject().value(QStringLiteral("fileURL")).toString();
            if (url.isEmpty())
                return Error::protocol(QStringLiteral("the upload's answer holds no file URL"));
            call->setResult(url);
            return Error();
        },
        [session = QPointer<UserService>(m_session), token = request.userToken](PendingCall *done) {
            if (session && done->error().isError())
                session->handleCallError(done->error(), token);
        });
    return call;
}

PendingCall *FileService::remove(const QString &path)
{
    RestRequest request;
    request.verb = QByteArrayLiteral("DELETE");
    request.path = QStringLiteral("files/") + encodedPath(path);
    request.userToken = m_session->userToken();
    request.expect = Expect::Nothing;
    auto *call = new PendingCall(this);
    call->attach(m_client->send(request), {},
                 [session = QPointer<UserService>(m_session), token = request.userToken](PendingCall *done) {
                     if (session && done->error().isError())
                         session->handleCallError(done->error(), token);
                 });
    return call;
}

QString FileService::pathOf(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return QString();
    const QString path = parsed.path(QUrl::FullyDecoded);
    const qsizetype at = path.indexOf(QLatin1String("/files/"));
    return at < 0 ? QString() : path.mid(at + 7);
}

QString FileService::urlOf(const QString &path) const
{
    QString base = m_client->config().baseUrl().toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/files/") + encodedPath(path);
}

QString FileService::userDirectory(const QString &objectId)
{
    return QStringLiteral("users/") + objectId;
}
