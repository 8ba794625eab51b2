#pragma once

#include <QByteArray>
#include <QString>

namespace Server {

// One part of a multipart/form-data body (RFC 7578), as the Files API's upload sends it: the SDK's
// FormData puts the file in a part named `file`.
struct FormPart
{
    QByteArray name;
    QString fileName;
    QByteArray contentType;
    QByteArray body;
};

// Finds a named part in a multipart/form-data body. Bounded for a stranger's input: the body is
// already capped by the transport; here the boundary is at most 70 characters (RFC 2046), a part's
// header block at most MaxHeaderBytes, and at most MaxParts parts are looked at. Never recursive:
// a nested multipart part is just bytes.
class MultipartForm
{
public:
    static constexpr int MaxParts = 16;
    static constexpr int MaxHeaderBytes = 8 * 1024;

    // The boundary parameter of a Content-Type header; empty unless multipart/form-data with one.
    static QByteArray boundaryOf(const QByteArray &contentType);
    // false, with `error`, when the body is malformed or has no part called `name`.
    static bool find(const QByteArray &body, const QByteArray &boundary, const QByteArray &name, FormPart *part,
                     QString *error);

private:
    static bool parseHeaders(QByteArrayView block, FormPart *part);
};

} // namespace Server
