#pragma once

#include "core/pendingcall.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class RestClient;
class UserService;

// An upload in flight: finished() once with the file's URL as the server returned it (result(); it
// carries the REST API key: store it only through FileUrl::redact), and progress() while the body
// goes out. cancel() aborts the upload.
class UploadCall : public Call<QString>
{
    Q_OBJECT
public:
    using Call<QString>::Call;

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
};

// The Backendless Files API (docs/PROTOCOL.md, "Files API") with the UserService's token: what a
// profile picture needs. A session-ending error is reported back to the UserService, as the Data
// API's calls do.
class FileService : public QObject
{
    Q_OBJECT

public:
    FileService(RestClient *client, UserService *session, QObject *parent = nullptr);
    RestClient *client() const { return m_client; }

    // POST files/{directory}/{name}[?overwrite=true], multipart/form-data with one part "file".
    // The answer: {"fileURL": url} or the URL as a bare string. `directory` is slash-separated.
    UploadCall *upload(const QString &directory, const QString &name, const QByteArray &bytes,
                       const QString &contentType, bool overwrite = false);
    // DELETE files/{path}; 6000 when there is no such file.
    PendingCall *remove(const QString &path);

    // The path of a Files API URL (what follows "/files/", percent-decoded), whether it carries the
    // key or FileUrl's placeholder; empty when `url` is not one.
    static QString pathOf(const QString &url);
    // The URL of the file at `path` in this client's own base form ({baseUrl}/files/{path}).
    QString urlOf(const QString &path) const;
    // Where a user's own files go: users/{objectId} (the server lets a user write only there).
    static QString userDirectory(const QString &objectId);

private:
    static QString encodedPath(const QString &path);

    RestClient *m_client;
    UserService *m_session;
};
