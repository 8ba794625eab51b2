#include "serverchoice.h"

namespace {
QUrl withCredentials(QUrl base, const QString &appId, const QString &apiKey)
{
    QString path = base.path();
    if (path.endsWith(QLatin1String("/api")))
        path.chop(4);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + QLatin1Char('/') + Config::encodeSegment(appId) + QLatin1Char('/')
                     + Config::encodeSegment(apiKey),
                 QUrl::TolerantMode);
    return base;
}
} // namespace

ServerChoice ServerChoice::fromSettings(const Settings &settings)
{
    ServerChoice choice;
    choice.kind = settings.serverKind();
    choice.url = settings.serverUrl();
    choice.appId = settings.appId();
    choice.apiKey = settings.apiKey();
    return choice;
}

QUrl ServerChoice::defaultLocalServer()
{
    return QUrl(QStringLiteral("http://127.0.0.1:8080"));
}

Config ServerChoice::toConfig(const QUrl &demoBaseUrl) const
{
    const QString id = appId.trimmed();
    const QString key = apiKey.trimmed();
    const bool credentials = !id.isEmpty() || !key.isEmpty();
    switch (kind) {
    case Settings::ServerKind::BackendlessUS:
        return Config::backendless(Config::Region::US, id, key);
    case Settings::ServerKind::BackendlessEU:
        return Config::backendless(Config::Region::EU, id, key);
    case Settings::ServerKind::LocalDemo: {
        QUrl base = demoBaseUrl.isValid() ? demoBaseUrl : defaultLocalServer();
        if (credentials)
            return Config::fromBaseUrl(withCredentials(base, id, key));
        if (!base.path().endsWith(QLatin1String("/api")))
            base.setPath(QStringLiteral("/api"));
        return Config::fromBaseUrl(base);
    }
    case Settings::ServerKind::Custom: {
        const QUrl base = QUrl::fromUserInput(url.trimmed());
        return credentials ? Config::fromBaseUrl(withCredentials(base, id, key)) : Config::fromBaseUrl(base);
    }
    }
    return Config();
}
