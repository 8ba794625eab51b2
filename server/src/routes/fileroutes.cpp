#include "routes/fileroutes.h"

#include "api/router.h"
#include "files/filepath.h"
#include "files/filestore.h"
#include "files/multipartform.h"

#include <QJsonObject>
#include <QMimeDatabase>

namespace Server {

namespace {

bool overwriteAsked(const ApiRequest &request)
{
    return request.query.queryItemValue(QStringLiteral("overwrite")).compare(QLatin1String("true"), Qt::CaseInsensitive)
        == 0;
}

} // namespace

FileRoutes::FileRoutes(ServiceContext &context, FileStore &store, QString appId, QString apiKey)
    : m_store(store)
    , m_access(context)
    , m_appId(std::move(appId))
    , m_apiKey(std::move(apiKey))
{ }

void FileRoutes::registerRoutes(Router &router)
{
    // files/binary/... first: a PUT there is a save from bytes, not a file called "binary".
    router.addRaw(Method::Put, QStringLiteral("files/binary/**"), bindRoute(this, &FileRoutes::saveBase64),
                  Router::MaxRawBodyBytes);
    router.addRaw(Method::Post, QStringLiteral("files/**"), bindRoute(this, &FileRoutes::upload),
                  Router::MaxRawBodyBytes);
    router.add(Method::Get, QStringLiteral("files/**"), bindRoute(this, &FileRoutes::get));
    router.add(Method::Delete, QStringLiteral("files/**"), bindRoute(this, &FileRoutes::remove));
}

FilePath FileRoutes::pathOf(const QStringList &segments, HttpReply *refusal)
{
    QString error;
    const FilePath path = FilePath::parse(segments, &error);
    if (!path.isValid())
        *refusal = HttpReply::error(ErrorCode::MalformedRequest, QStringLiteral("Invalid file path: %1").arg(error));
    return path;
}

bool FileRoutes::mayWrite(const ApiRequest &request, const FilePath &path, QString *ownerId, HttpReply *refusal) const
{
    Caller caller;
    ApiError error;
    if (!m_access.identify(request.userToken, &caller, &error)) {
        *refusal = HttpReply::error(error);
        return false;
    }
    const QStringList &segments = path.segments();
    // users/{objectId}/{name...}: a file inside a user's folder, never the folder itself.
    const bool inUserFolder = segments.size() >= 3 && segments.first() == QLatin1String("users");
    if (inUserFolder && (caller.isStaff() || caller.isSelf(segments.at(1)))) {
        *ownerId = caller.objectId;
        return true;
    }
    *refusal = HttpReply::error(
        ErrorCode::FileAccessDenied,
        caller.isAuthenticated()
            ? QStringLiteral("You may write files only under users/%1/").arg(caller.objectId)
            : QStringLiteral("Sign in to write files; a user may write only under users/{their objectId}/"));
    return false;
}

QString FileRoutes::urlOf(const ApiRequest &request, const FilePath &path) const
{
    // Backendless's shape, {host}/{appId}/{REST-API-key}/files/{path}, which this server's router
    // serves whatever base form the call came in by.
    const QString origin = request.origin.isEmpty() ? QStringLiteral("http://127.0.0.1") : request.origin;
    return QStringLiteral("%1/%2/%3/files/%4")
        .arg(origin, QString::fromLatin1(QUrl::toPercentEncoding(m_appId)),
             QString::fromLatin1(QUrl::toPercentEncoding(m_apiKey)), path.encoded());
}

HttpReply FileRoutes::store(const ApiRequest &request, const FilePath &path, const QByteArray &bytes, bool asObject)
{
    HttpReply refusal;
    QString ownerId;
    if (!mayWrite(request, path, &ownerId, &refusal))
        return refusal;
    switch (m_store.put(path, bytes, overwriteAsked(request), ownerId)) {
    case FileStore::Write::Written:
        break;
    case FileStore::Write::Exists:
        return HttpReply::error(
            ErrorCode::FileExists,
            QStringLiteral("The file %1 already exists; send overwrite=true to replace it").arg(path.text()));
    case FileStore::Write::TooLarge:
        return HttpReply::error(ErrorCode::PayloadTooLarge,
                                QStringLiteral("A file may hold at most %1 bytes").arg(FileStore::MaxFileBytes));
    case FileStore::Write::StoreFull:
        return HttpReply::error(ErrorCode::StorageFull, QStringLiteral("The file store is full; nothing was written"));
    case FileStore::Write::Failed:
        return HttpReply::error(ErrorCode::InternalError, QStringLiteral("Database error; nothing was written"));
    }
    const QString url = urlOf(request, path);
    return asObject ? HttpReply::json(QJsonObject{{QStringLiteral("fileURL"), url}}) : HttpReply::json(url);
}

HttpReply FileRoutes::upload(const ApiRequest &request)
{
    HttpReply refusal;
    const FilePath path = pathOf(request.args, &refusal);
    if (!path.isValid())
        return refusal;
    FormPart part;
    QString error;
    if (!MultipartForm::find(request.rawBody, MultipartForm::boundaryOf(request.contentType), "file", &part, &error))
        return HttpReply::error(ErrorCode::MalformedRequest, error);
    return store(request, path, part.body, true);
}

HttpReply FileRoutes::saveBase64(const ApiRequest &request)
{
    // Checked first: an oversized payload is refused before anything else is looked at, and
    // nothing is stored.
    if (request.rawBody.size() > MaxBase64Bytes)
        return HttpReply::error(ErrorCode::FilePayloadTooLarge,
                                QStringLiteral("The file content exceeds %1 bytes of base64").arg(MaxBase64Bytes));
    HttpReply refusal;
    const FilePath path = pathOf(request.args, &refusal);
    if (!path.isValid())
        return refusal;
    const auto decoded =
        QByteArray::fromBase64Encoding(request.rawBody.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return HttpReply::error(ErrorCode::MalformedRequest, QStringLiteral("The body is not base64"));
    return store(request, path, *decoded, false);
}

HttpReply FileRoutes::get(const ApiRequest &request)
{
    HttpReply refusal;
    const FilePath path = pathOf(request.args, &refusal);
    if (!path.isValid())
        return refusal;
    if (request.query.queryItemValue(QStringLiteral("action")) == QLatin1String("exists"))
        return HttpReply::json(m_store.exists(path));
    QByteArray bytes;
    if (!m_store.read(path, &bytes))
        return HttpReply::error(ErrorCode::FilePathNotFound, QStringLiteral("File not found: %1").arg(path.text()));
    HttpReply reply;
    reply.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path.fileName(), bytes).name().toLatin1();
    reply.body = bytes;
    // Whatever a user uploaded is shown as the type found, never run as a page of this origin.
    reply.headers.append({QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")});
    reply.headers.append({QByteArrayLiteral("Content-Security-Policy"), QByteArrayLiteral("sandbox")});
    return reply;
}

HttpReply FileRoutes::remove(const ApiRequest &request)
{
    HttpReply refusal;
    const FilePath path = pathOf(request.args, &refusal);
    if (!path.isValid())
        return refusal;
    QString ownerId;
    if (!mayWrite(request, path, &ownerId, &refusal))
        return refusal;
    const int removed = m_store.remove(path);
    if (removed < 0)
        return HttpReply::error(ErrorCode::InternalError, QStringLiteral("Database error; nothing was deleted"));
    if (removed == 0)
        return HttpReply::error(ErrorCode::FileNotFound,
                                QStringLiteral("File or directory not found: %1").arg(path.text()));
    return HttpReply::empty();
}

} // namespace Server
