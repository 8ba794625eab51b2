#include "files/multipartform.h"

#include <QList>

namespace Server {

namespace {

// A parameter of a header value ("form-data; name=\"file\"; filename=\"a.jpg\""), quoted or not.
QByteArray parameter(QByteArrayView value, QByteArrayView key)
{
    const QList<QByteArray> items = value.toByteArray().split(';');
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QByteArray item = items.at(i).trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals < 0 || item.left(equals).trimmed().toLower() != key)
            continue;
        QByteArray text = item.mid(equals + 1).trimmed();
        if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
            text = text.mid(1, text.size() - 2);
        return text;
    }
    return QByteArray();
}

} // namespace

QByteArray MultipartForm::boundaryOf(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    if (type != "multipart/form-data")
        return QByteArray();
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 70)
        return QByteArray();
    return boundary;
}

bool MultipartForm::parseHeaders(QByteArrayView block, FormPart *part)
{
    const QList<QByteArray> lines = block.toByteArray().split('\n');
    bool formData = false;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray key = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "content-disposition") {
            formData = value.split(';').value(0).trimmed().toLower() == "form-data";
            part->name = parameter(value, "name");
            part->fileName = QString::fromUtf8(parameter(value, "filename"));
        } else if (key == "content-type") {
            part->contentType = value;
        }
    }
    return formData;
}

bool MultipartForm::find(const QByteArray &body, const QByteArray &boundary, const QByteArray &name, FormPart *part,
                         QString *error)
{
    if (boundary.isEmpty()) {
        *error = QStringLiteral("Send the file as multipart/form-data with a boundary");
        return false;
    }
    const QByteArray delimiter = "--" + boundary;
    const QByteArray nextDelimiter = "\r\n" + delimiter;
    qsizetype at = body.startsWith(delimiter) ? 0 : body.indexOf(nextDelimiter);
    if (at < 0) {
        *error = QStringLiteral("The multipart body has no boundary line");
        return false;
    }
    at += at == 0 ? delimiter.size() : nextDelimiter.size();
    for (int parts = 0; parts < MaxParts; ++parts) {
        // After a delimiter: "--" ends the body, else the line ends and a part's headers follow.
        if (body.mid(at, 2) == "--")
            break;
        const qsizetype lineEnd = body.indexOf("\r\n", at);
        if (lineEnd < 0 || lineEnd - at > 1024) {
            *error = QStringLiteral("The multipart body is malformed");
            return false;
        }
        const qsizetype headersStart = lineEnd + 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", headersStart - 2);
        if (headersEnd < 0 || headersEnd - headersStart > MaxHeaderBytes) {
            *error = QStringLiteral("A part's headers are malformed or longer than %1 bytes").arg(MaxHeaderBytes);
            return false;
        }
        FormPart candidate;
        if (!parseHeaders(QByteArrayView(body).sliced(headersStart, qMax<qsizetype>(0, headersEnd - headersStart)),
                          &candidate)) {
            *error = QStringLiteral("A part has no form-data Content-Disposition");
            return false;
        }
        const qsizetype contentStart = headersEnd + 4;
        const qsizetype contentEnd = body.indexOf(nextDelimiter, contentStart);
        if (contentEnd < 0) {
            *error = QStringLiteral("The multipart body ends inside a part");
            return false;
        }
        if (candidate.name == name) {
            candidate.body = body.mid(contentStart, contentEnd - contentStart);
            *part = candidate;
            return true;
        }
        at = contentEnd + nextDelimiter.size();
    }
    *error = QStringLiteral("The multipart body has no part named '%1'").arg(QString::fromLatin1(name));
    return false;
}

} // namespace Server
