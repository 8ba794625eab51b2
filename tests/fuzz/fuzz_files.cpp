// Server: the Files API's parsers, a stranger's input both. The first line of an input is a
// Content-Type for MultipartForm (the rest is the body); the same bytes, split on '/' and
// percent-decoded as the router does, are a path for FilePath. Invariants: a path FilePath accepts
// has no '.', '..', empty segment, '/' or '\' inside a segment, no control character, and stays
// within the size caps; a part MultipartForm finds lies inside the body; a refusal says why.
#include "files/filepath.h"
#include "files/multipartform.h"
#include "fuzzsupport.h"

#include <QUrl>

namespace {

void checkPath(const QByteArray &input)
{
    QStringList segments;
    for (const QByteArray &encoded : input.split('/')) {
        if (!encoded.isEmpty())
            segments << QUrl::fromPercentEncoding(encoded);
    }
    QString error;
    const Server::FilePath path = Server::FilePath::parse(segments, &error);
    if (!path.isValid()) {
        if (error.isEmpty())
            Fuzz::finding("a path refused without a reason");
        return;
    }
    if (path.segments().size() > Server::FilePath::MaxSegments
        || path.text().toUtf8().size() > Server::FilePath::MaxPathBytes)
        Fuzz::finding("an accepted path past the size caps");
    for (const QString &segment : path.segments()) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            Fuzz::finding("an accepted path with an empty, '.' or '..' segment");
        for (const QChar c : segment) {
            if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20 || c.unicode() == 0x7f)
                Fuzz::finding("an accepted segment with a separator or a control character");
        }
    }
    // The URL form decodes back to the same segments.
    QStringList again;
    for (const QString &encoded : path.encoded().split(QLatin1Char('/')))
        again << QUrl::fromPercentEncoding(encoded.toUtf8());
    if (again != path.segments())
        Fuzz::finding("encoded() does not decode back to the path");
}

void checkMultipart(const QByteArray &input)
{
    const qsizetype newline = input.indexOf('\n');
    const QByteArray contentType = newline < 0 ? QByteArray() : input.left(newline);
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);
    const QByteArray boundary = Server::MultipartForm::boundaryOf(contentType);
    if (boundary.size() > 70)
        Fuzz::finding("a boundary over 70 characters");
    Server::FormPart part;
    QString error;
    if (!Server::MultipartForm::find(body, boundary, "file", &part, &error)) {
        if (error.isEmpty())
            Fuzz::finding("a multipart body refused without a reason");
        return;
    }
    if (part.name != "file")
        Fuzz::finding("found a part with another name");
    if (part.body.size() > body.size() || (!part.body.isEmpty() && !body.contains(part.body)))
        Fuzz::finding("a part's bytes that are not in the body");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    checkPath(input);
    checkMultipart(input);
    return 0;
}
