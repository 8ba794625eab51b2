#include "core/config.h"

#include <QHostAddress>

namespace {

const QString usCloudHost = QStringLiteral("api.backendless.com");
const QString euCloudHost = QStringLiteral("eu-api.backendless.com");
const QString apiSegment = QStringLiteral("api");

bool isCloudHost(const QString &host)
{
    return host == usCloudHost || host == euCloudHost;
}

bool isBackendlessAppHost(const QString &host)
{
    return host.endsWith(QLatin1String(".backendless.app"));
}

QStringList pathSegments(const QUrl &url)
{
    return url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString joinedPath(const QStringList &segments)
{
    return segments.isEmpty() ? QString() : QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

} // namespace

Config::Config()
    : m_error(tr("No server is configured."))
{ }

Config Config::backendless(Region region, const QString &appId, const QString &apiKey)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(region == Region::EU ? euCloudHost : usCloudHost);
    return fromServer(url, appId, apiKey);
}

Config Config::local(quint16 port)
{
    return fromBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(port)));
}

Config Config::fromBaseUrl(const QUrl &baseUrl, bool allowInsecureRemote)
{
    // Which two segments are the id and key: the last two after "api" (Pro), the only two of the
    // classic form, or the two of a cloud address. Anything else is a server root as it stands.
    QStringList root = pathSegments(baseUrl);
    const qsizetype n = root.size();
    const bool classic = n == 2 && root.first() != apiSegment;
    const bool pro = n >= 3 && root.at(n - 3) == apiSegment;
    if (!classic && !pro && !(isCloudHost(baseUrl.host().toLower()) && n == 2))
        return fromServer(baseUrl, QString(), QString(), allowInsecureRemote);
    const QString appId = QUrl::fromPercentEncoding(root.at(n - 2).toUtf8());
    const QString apiKey = QUrl::fromPercentEncoding(root.at(n - 1).toUtf8());
    root.resize(n - 2);
    QUrl server = baseUrl;
    server.setPath(joinedPath(root), QUrl::TolerantMode);
    return fromServer(server, appId, apiKey, allowInsecureRemote);
}

Config Config::fromServer(const QUrl &serverUrl, const QString &appId, const QString &apiKey, bool allowInsecureRemote)
{
    Config config;
    config.m_allowInsecureRemote = allowInsecureRemote;

    const QString scheme = serverUrl.scheme().toLower();
    if (!serverUrl.isValid() || serverUrl.host().isEmpty()) {
        config.m_error = tr("\"%1\" is not a server address.").arg(serverUrl.toDisplayString());
        return config;
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        config.m_error = tr("The server address must start with https:// (or http:// for a local server).");
        return config;
    }
    if (!serverUrl.userInfo().isEmpty() || serverUrl.hasQuery() || serverUrl.hasFragment()) {
        config.m_error = tr("The server address must not contain a user name, a query or a fragment.");
        return config;
    }
    const QString id = appId.trimmed();
    const QString key = apiKey.trimmed();
    if (id.isEmpty() != key.isEmpty()) {
        config.m_error = tr("Give both an application ID and a REST API key, or neither.");
        return config;
    }

    QUrl root = serverUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    root.setScheme(scheme);
    root.setHost(root.host().toLower());
    QStringList segments = pathSegments(root);
    if (isCloudHost(root.host())) {
        if (id.isEmpty() || !segments.isEmpty()) {
            config.m_error = tr("Backendless cloud needs both an application ID and a REST API key.");
            return config;
        }
        if (scheme != QLatin1String("https")) {
            config.m_error = tr("Backendless cloud is only reachable over https://.");
            return config;
        }
    } else if ((segments.isEmpty() && id.isEmpty())
               || (isBackendlessAppHost(root.host()) && !segments.contains(apiSegment))) {
        // A bare domain, or a backendless.app page URL: the API is under /api.
        segments.append(apiSegment);
    }
    if (!id.isEmpty())
        segments << encodeSegment(id);
    // The server and the app, never the REST API key: this names keychain entries and drafts.
    root.setPath(joinedPath(segments), QUrl::TolerantMode);
    const QString serverKey = root.toString(QUrl::FullyEncoded);
    config.m_appId = id;
    config.m_baseUrl = root;
    if (!id.isEmpty())
        config.m_baseUrl.setPath(joinedPath(segments << encodeSegment(key)), QUrl::TolerantMode);

    if (scheme == QLatin1String("http") && !config.isLoopback() && !allowInsecureRemote) {
        config.m_error = tr("Plain http:// to %1 would send your password and session unencrypted; "
                            "use https:// or explicitly allow insecure connections.")
                             .arg(root.host());
        return config;
    }

    config.m_serverKey = serverKey;
    config.m_error.clear();
    return config;
}

bool Config::isLoopback() const
{
    return isLoopbackHost(m_baseUrl.host());
}

bool Config::isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Config::apiKey() const
{
    if (m_appId.isEmpty())
        return QString();
    return QUrl::fromPercentEncoding(m_baseUrl.path(QUrl::FullyEncoded).section(QLatin1Char('/'), -1).toLatin1());
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
