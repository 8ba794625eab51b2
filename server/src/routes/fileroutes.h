#pragma once

#include "api/httpreply.h"
#include "auth/accesscontrol.h"

#include <QString>

namespace Server {

class FilePath;
class FileStore;
class Router;
struct ApiRequest;
struct ServiceContext;

// The Files API (docs/PROTOCOL.md, "Files API"): upload (multipart), save from base64, exists,
// read and delete, over a FileStore. Who may write: a signed-in user under users/{their objectId}/,
// SupportStaff anywhere under users/; anyone may read.
class FileRoutes
{
public:
    FileRoutes(ServiceContext &context, FileStore &store, QString appId, QString apiKey);

    void registerRoutes(Router &router);

    HttpReply upload(const ApiRequest &request);
    HttpReply saveBase64(const ApiRequest &request);
    HttpReply get(const ApiRequest &request);
    HttpReply remove(const ApiRequest &request);

    // Backendless's limit on a save from bytes: the base64 text, in bytes.
    static constexpr qsizetype MaxBase64Bytes = 2'800'000;

private:
    // The checked path of `segments`, or an error reply in `refusal`.
    static FilePath pathOf(const QStringList &segments, HttpReply *refusal);
    // Whether the caller may write `path`; otherwise the error reply in `refusal`.
    bool mayWrite(const ApiRequest &request, const FilePath &path, QString *ownerId, HttpReply *refusal) const;
    HttpReply store(const ApiRequest &request, const FilePath &path, const QByteArray &bytes, bool asObject);
    QString urlOf(const ApiRequest &request, const FilePath &path) const;

    FileStore &m_store;
    AccessControl m_access;
    QString m_appId;
    QString m_apiKey;
};

} // namespace Server
