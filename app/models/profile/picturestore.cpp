#include "models/profile/picturestore.h"

#include "core/fileservice.h"
#include "core/fileurl.h"
#include "core/restclient.h"
#include "core/user.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

#include <utility>

Q_LOGGING_CATEGORY(lcPicture, "profiledesk.models.picture", QtWarningMsg)

PictureStore::PictureStore(FileService *files, const QString &apiKey, const QString &objectId, QObject *parent)
    : QObject(parent)
    , m_files(files)
    , m_apiKey(apiKey)
    , m_objectId(objectId)
{ }

void PictureStore::setLocalDirectory(const QString &directory)
{
    m_localDirectory = directory.isEmpty() ? QString() : QDir::cleanPath(QDir(directory).absolutePath());
}

QString PictureStore::keepLocal(const QByteArray &bytes, const QString &suffix, QString *error)
{
    if (m_localDirectory.isEmpty() || !QDir().mkpath(m_localDirectory)) {
        if (error)
            *error = tr("The picture cannot be kept until it is saved: there is no place for it on this computer.");
        return QString();
    }
    const QString path = m_localDirectory + QStringLiteral("/picture-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('.') + suffix;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("The picture cannot be kept until it is saved: %1").arg(file.errorString());
        return QString();
    }
    return QUrl::fromLocalFile(path).toString();
}

bool PictureStore::isLocal(const QVariant &value)
{
    return value.toString().startsWith(QLatin1String("file:"));
}

bool PictureStore::ownsLocal(const QString &path) const
{
    return !m_localDirectory.isEmpty() && QDir::cleanPath(QFileInfo(path).absolutePath()) == m_localDirectory;
}

void PictureStore::discardLocal(const QVariant &value)
{
    if (!isLocal(value))
        return;
    const QString path = QUrl(value.toString()).toLocalFile();
    if (ownsLocal(path))
        QFile::remove(path);
}

void PictureStore::keepReferenced(const QVariantMap &changes)
{
    QStringList referenced;
    for (const QVariant &value : changes) {
        if (isLocal(value))
            referenced << value.toString();
    }
    for (const QString &local : std::as_const(m_referenced)) {
        if (!referenced.contains(local))
            discardLocal(local);
    }
    m_referenced = referenced;
}

UploadCall *PictureStore::upload(const QString &localUrl)
{
    const QString path = QUrl(localUrl).toLocalFile();
    QFile file(path);
    QByteArray bytes;
    if (ownsLocal(path) && file.open(QIODevice::ReadOnly) && file.size() <= MaxPictureBytes)
        bytes = file.readAll();
    const QString suffix =
        QFileInfo(path).suffix().toLower() == QLatin1String("png") ? QStringLiteral("png") : QStringLiteral("jpg");
    if (!m_files || bytes.isEmpty()) {
        auto *call = new UploadCall(this);
        call->failLater(Error::local(tr("The chosen picture is no longer on this computer. Choose it again.")));
        return call;
    }
    // A new name for every upload: the previous picture stays until the row points elsewhere.
    const QString name =
        QStringLiteral("picture-") + QUuid::createUuid().toString(QUuid::Id128).left(16) + QLatin1Char('.') + suffix;
    return m_files->upload(FileService::userDirectory(m_objectId), name, bytes,
                           suffix == QLatin1String("png") ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"));
}

QString PictureStore::stored(const QString &returnedUrl) const
{
    // Signed in by a domain form ({domain}/api): no key of ours to replace, yet a server may answer
    // in the {appId}/{REST-key} form (the local server does). The file is then stored by its URL in
    // the form the client addresses it, which names no key.
    const QString path = FileService::pathOf(returnedUrl);
    if (m_apiKey.isEmpty() && m_files && !path.isEmpty())
        return m_files->urlOf(path);
    return FileUrl::redact(returnedUrl, m_apiKey);
}

PendingCall *PictureStore::removeStored(const QVariant &value)
{
    const QString path = FileService::pathOf(value.toString());
    const QString mine = FileService::userDirectory(m_objectId) + QLatin1Char('/');
    if (!m_files || isLocal(value) || !path.startsWith(mine) || path.mid(mine.size()).contains(QLatin1Char('/')))
        return nullptr;
    PendingCall *call = m_files->remove(path);
    connect(call, &PendingCall::finished, this, [call, path] {
        if (call->error().isError())
            qCInfo(lcPicture) << "the previous picture was not deleted:" << path << call->error().message;
    });
    return call;
}

BytesCall *PictureStore::fetch(const QVariant &value)
{
    auto *call = new BytesCall(this);
    if (isLocal(value)) {
        QFile file(QUrl(value.toString()).toLocalFile());
        if (file.open(QIODevice::ReadOnly) && file.size() <= MaxPictureBytes) {
            call->setResult(file.readAll());
            call->succeedLater();
        } else {
            call->failLater(Error::local(tr("The chosen picture is no longer on this computer. Choose it again.")));
        }
        return call;
    }
    const QUrl url(FileUrl::restore(value.toString(), m_apiKey));
    RestClient *client = m_files ? m_files->client() : nullptr;
    if (!client || !url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        call->failLater(Error::local(tr("The picture's address cannot be read.")));
        return call;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = client->networkAccessManager()->get(request);
    reply->setParent(call);
    reply->setReadBufferSize(MaxPictureBytes + 1);
    connect(reply, &QNetworkReply::downloadProgress, call, [reply](qint64 received, qint64 total) {
        if (received > MaxPictureBytes || total > MaxPictureBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, call, [call, reply] {
        const QByteArray bytes = reply->readAll();
        if (reply->error() != QNetworkReply::NoError || bytes.size() > MaxPictureBytes) {
            call->failLater(Error::local(tr("The picture could not be loaded.")));
            return;
        }
        call->setResult(bytes);
        call->succeedLater();
    });
    return call;
}

bool PictureStore::hasChosen(const QVariantMap &changes)
{
    for (const QVariant &value : changes) {
        if (isLocal(value))
            return true;
    }
    return false;
}

ChangesCall *PictureStore::uploadChosen(const QVariantMap &changes)
{
    m_uploads.clear();
    auto *answer = new ChangesCall(this);
    QStringList names;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (isLocal(it.value()))
            names << it.key();
    }
    // The answer's cancel() (it has no request of its own) finishes it: the upload stops with it.
    connect(answer, &PendingCall::finished, this, [this, answer] {
        if (answer->error().kind == Error::Kind::Cancelled && m_upload)
            m_upload->cancel();
    });
    uploadNext(answer, changes, names);
    return answer;
}

void PictureStore::uploadNext(ChangesCall *answer, QVariantMap changes, QStringList names)
{
    if (names.isEmpty()) {
        answer->setResult(changes);
        answer->succeedLater();
        return;
    }
    const QString name = names.takeFirst();
    const QString local = changes.value(name).toString();
    UploadCall *upload = this->upload(local);
    m_upload = upload;
    connect(upload, &UploadCall::progress, this,
            [this, name](qint64 sent, qint64 total) { Q_EMIT uploadProgress(name, sent, total); });
    QPointer<ChangesCall> waiting(answer);
    connect(upload, &PendingCall::finished, this, [this, upload, waiting, changes, names, name, local]() mutable {
        Q_EMIT uploadProgress(name, 0, 0);
        if (!waiting || waiting->isFinished())
            return; // cancelled meanwhile
        if (upload->error().isError()) {
            dropUploads();
            waiting->setResult({{QStringLiteral("field"), name}});
            waiting->failLater(upload->error());
            return;
        }
        const QString url = stored(upload->result());
        m_uploads.insert(name, QStringList{url, local});
        changes.insert(name, url);
        uploadNext(waiting, changes, names);
    });
}

QList<PendingCall *> PictureStore::dropUploads()
{
    QList<PendingCall *> deletes;
    for (const QVariant &upload : std::as_const(m_uploads)) {
        if (PendingCall *call = removeStored(upload.toStringList().value(0)))
            deletes << call;
    }
    m_uploads.clear();
    return deletes;
}

void PictureStore::dropUploadsUnlessStored(UserCall *reread)
{
    const QVariantMap uploads = std::exchange(m_uploads, {});
    if (uploads.isEmpty())
        return;
    connect(reread, &PendingCall::finished, this, [this, reread, uploads] {
        if (reread->error().isError()) {
            qCInfo(lcPicture) << "a cancelled save's upload is kept: the row could not be read again"
                              << reread->error().message;
            return;
        }
        for (auto it = uploads.cbegin(); it != uploads.cend(); ++it) {
            const QString url = it.value().toStringList().value(0);
            if (reread->result().value(it.key()).toString() != url)
                removeStored(url);
        }
    });
}

QList<PendingCall *> PictureStore::saved(const QVariantMap &previous, const QVariantMap &sent,
                                         const QStringList &notStored)
{
    QList<PendingCall *> deletes;
    for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
        if (!sent.contains(it.key()) || notStored.contains(it.key()))
            continue;
        if (it.value().toString() != sent.value(it.key()).toString()) {
            if (PendingCall *call = removeStored(it.value()))
                deletes << call;
        }
        discardLocal(m_uploads.value(it.key()).toStringList().value(1));
    }
    m_uploads.clear();
    return deletes;
}
