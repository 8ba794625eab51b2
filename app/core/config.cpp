#include "config.h"

#include <QHostAddress>

namespace {

const QString usCloudHost = QStringLiteral("api.backendless.com");
const QString euCloudHost = QStringLiteral("eu-api.backendless.com");

bool isCloudHost(const QString &host)
{
    return host == usCloudHost || host == euCloudHost;
}

QStringList pathSegments(const QUrl &url)
{
    return url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

} // namespace

Config::Config()
    : m_error(tr("No server is configured."))
{
}

Config Config::backendless(Region region, const QString &appId, const QString &apiKey)
{
    if (appId.trimmed().isEmpty() || apiKey.trimmed().isEmpty()) {
        Config config;
        config.m_error = tr("Backendless needs both an application ID and a REST API key.");
        return config;
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(region == Region::EU ? euCloudHost : usCloudHost);
    url.setPath(QLatin1Char('/') + encodeSegment(appId.trimmed()) + QLatin1Char('/')
                    + encodeSegment(apiKey.trimmed()),
                QUrl::TolerantMode);
    return fromBaseUrl(url);
}

Config Config::local(quint16 port)
{
    return fromBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(port)));
}

Config Config::fromBaseUrl(const QUrl &baseUrl, bool allowInsecureRemote)
{
    Config config;
    config.m_allowInsecureRemote = allowInsecureRemote;

    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        config.m_error = tr("\"%1\" is not a server address.").arg(baseUrl.toDisplayString());
        return config;
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        config.m_error = tr("The server address must start with https:// (or http:// for a local server).");
        return config;
    }
    if (!baseUrl.userInfo().isEmpty() || baseUrl.hasQuery() || baseUrl.hasFragment()) {
        config.m_error = tr("The server address must not contain a user name, a query or a fragment.");
        return config;
    }

    QUrl url = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    config.m_baseUrl = url;

    const QStringList segments = pathSegments(url);
    const bool cloud = isCloudHost(url.host());
    if (cloud) {
        if (segments.size() != 2) {
            config.m_error = tr("A Backendless cloud address must be https://%1/APP-ID/REST-API-KEY.")
                                 .arg(url.host());
            return config;
        }
        if (scheme != QLatin1String("https")) {
            config.m_error = tr("Backendless cloud is only reachable over https://.");
            return config;
        }
    }
    // The classic form carries the app id as the first of two segments; the "/api" forms imply it.
    if (segments.size() == 2)
        config.m_appId = QUrl::fromPercentEncoding(segments.first().toUtf8());

    if (scheme == QLatin1String("http") && !config.isLoopback() && !allowInsecureRemote) {
        config.m_error = tr("Plain http:// to %1 would send your password and session unencrypted; "
                            "use https:// or explicitly allow insecure connections.")
                             .arg(url.host());
        return config;
    }

    QUrl keyUrl = url;
    if (segments.size() == 2) // drop the REST API key: the server key is not a secret
        keyUrl.setPath(QLatin1Char('/') + segments.first(), QUrl::TolerantMode);
    config.m_serverKey = keyUrl.toString(QUrl::FullyEncoded);
    config.m_error.clear();
    return config;
}

bool Config::isLoopback() const
{
    const QString host = m_baseUrl.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl Config::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString relative = path;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    url.setPath(m_baseUrl.path(QUrl::FullyEncoded) + QLatin1Char('/') + relative, QUrl::TolerantMode);
    return url;
}

QString Config::encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString Config::serverKey() const
{
    return m_serverKey;
}

bool Config::operator==(const Config &other) const
{
    return m_baseUrl == other.m_baseUrl && m_allowInsecureRemote == other.m_allowInsecureRemote
        && m_error == other.m_error;
}
