#pragma once

#include <QString>
#include <QStringList>

namespace Server {

// A path of the Files API ("users/A1/avatar-1.jpg"), checked: the segments as the router decoded
// them, each a plain name. Refused (docs/PROTOCOL.md, "Files API"): no segment at all, an empty
// segment (an absolute or doubled path), `.` and `..`, a '/' or '\' inside a segment (sent as %2F
// or %5C), NUL and every other control character, a segment over MaxSegmentBytes, a path over
// MaxPathBytes or MaxSegments. Nothing of it ever reaches a file system: the store is a table.
class FilePath
{
public:
    static constexpr int MaxSegmentBytes = 255;
    static constexpr int MaxPathBytes = 1024;
    static constexpr int MaxSegments = 32;

    // An invalid path, with `error` saying why, when `segments` is not acceptable.
    static FilePath parse(const QStringList &segments, QString *error);

    bool isValid() const { return !m_segments.isEmpty(); }
    const QStringList &segments() const { return m_segments; }
    // "users/A1/avatar-1.jpg": the key in the store.
    QString text() const { return m_segments.join(QLatin1Char('/')); }
    QString fileName() const { return m_segments.isEmpty() ? QString() : m_segments.constLast(); }
    // Each segment percent-encoded, for a URL that points at the file.
    QString encoded() const;

private:
    QStringList m_segments;
};

} // namespace Server
