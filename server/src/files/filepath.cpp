#include "files/filepath.h"

#include <QUrl>

namespace Server {

namespace {

QString checkSegment(const QString &segment)
{
    if (segment.isEmpty())
        return QStringLiteral("The path has an empty segment (an absolute or doubled path)");
    if (segment == QLatin1String(".") || segment == QLatin1String(".."))
        return QStringLiteral("The path may not contain '.' or '..'");
    if (segment.toUtf8().size() > FilePath::MaxSegmentBytes)
        return QStringLiteral("A name in the path is longer than %1 bytes").arg(FilePath::MaxSegmentBytes);
    for (const QChar c : segment) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return QStringLiteral("A name in the path contains '/' or '\\'");
        if (c.category() == QChar::Other_Control || c.isSurrogate() || c == QChar(0xFFFD))
            return QStringLiteral("The path contains a control character or invalid UTF-8");
    }
    return QString();
}

} // namespace

FilePath FilePath::parse(const QStringList &segments, QString *error)
{
    FilePath path;
    if (segments.isEmpty()) {
        *error = QStringLiteral("No file path");
        return path;
    }
    if (segments.size() > MaxSegments) {
        *error = QStringLiteral("The path has more than %1 segments").arg(MaxSegments);
        return path;
    }
    qsizetype bytes = 0;
    for (const QString &segment : segments) {
        const QString refusal = checkSegment(segment);
        if (!refusal.isEmpty()) {
            *error = refusal;
            return path;
        }
        bytes += segment.toUtf8().size() + 1;
    }
    if (bytes - 1 > MaxPathBytes) {
        *error = QStringLiteral("The path is longer than %1 bytes").arg(MaxPathBytes);
        return path;
    }
    path.m_segments = segments;
    return path;
}

QString FilePath::encoded() const
{
    QStringList parts;
    parts.reserve(m_segments.size());
    for (const QString &segment : m_segments)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return parts.join(QLatin1Char('/'));
}

} // namespace Server
