#include "core/fileurl.h"

#include <QStringList>

namespace FileUrl {

namespace {

// The path segments of `url` (scheme and authority kept aside), and the index of "files" after
// {appId}/{key}; -1 when the URL does not have that shape.
qsizetype keySegment(const QStringList &parts)
{
    // parts: "https:", "", "host", appId, key, "files", ...
    for (qsizetype i = 4; i < parts.size(); ++i) {
        if (parts.at(i) == QLatin1String("files"))
            return i - 1;
    }
    return -1;
}

QString replaceKey(const QString &url, const QString &from, const QString &to)
{
    if (from.isEmpty())
        return url;
    QStringList parts = url.split(QLatin1Char('/'));
    const qsizetype index = keySegment(parts);
    if (index < 0 || parts.at(index) != from)
        return url;
    parts[index] = to;
    return parts.join(QLatin1Char('/'));
}

} // namespace

QString redact(const QString &url, const QString &apiKey)
{
    return replaceKey(url, apiKey, QLatin1String(KeyPlaceholder));
}

QString restore(const QString &url, const QString &apiKey)
{
    return replaceKey(url, QLatin1String(KeyPlaceholder), apiKey);
}

bool carriesKey(const QString &text, const QString &apiKey)
{
    return !apiKey.isEmpty() && text.contains(apiKey);
}

bool isOnServer(const QString &url, const QUrl &server)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative() || server.host().isEmpty())
        return false;
    const QString scheme = parsed.scheme().toLower();
    return (scheme == QLatin1String("https") || scheme == QLatin1String("http")) && scheme == server.scheme().toLower()
        && parsed.host().compare(server.host(), Qt::CaseInsensitive) == 0 && parsed.port(-1) == server.port(-1)
        && parsed.userInfo().isEmpty();
}

} // namespace FileUrl
