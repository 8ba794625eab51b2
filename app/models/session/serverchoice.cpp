#include "models/session/serverchoice.h"

ServerChoice ServerChoice::fromSettings(const Settings &settings)
{
    ServerChoice choice;
    choice.kind = settings.serverKind();
    choice.url = settings.serverUrl();
    choice.appId = settings.appId();
    choice.apiKey = settings.apiKey();
    choice.allowInsecure = settings.allowsInsecure(choice.url);
    choice.insecureServers = settings.value(Settings::Key::InsecureServers).toStringList();
    return choice;
}

void ServerChoice::save(Settings &settings) const
{
    settings.setServerKind(kind);
    // The demo server's port changes every run: remembering it would only mislead next time.
    if (kind != Settings::ServerKind::LocalDemo) {
        settings.setServerUrl(url.trimmed());
        settings.setAppId(appId.trimmed());
        settings.setApiKey(apiKey.trimmed());
        settings.setValue(Settings::Key::InsecureServers, insecureServers);
    }
}

QUrl ServerChoice::defaultLocalServer()
{
    return QUrl(QStringLiteral("http://127.0.0.1:8080"));
}

Config ServerChoice::toConfig(const QUrl &demoBaseUrl) const
{
    switch (kind) {
    case Settings::ServerKind::BackendlessUS:
        return Config::backendless(Config::Region::US, appId, apiKey);
    case Settings::ServerKind::BackendlessEU:
        return Config::backendless(Config::Region::EU, appId, apiKey);
    case Settings::ServerKind::LocalDemo:
        // With the demo ids: the classic /{appId}/{apiKey} path; without: /api.
        return Config::fromServer(demoBaseUrl.isValid() ? demoBaseUrl : defaultLocalServer(), appId, apiKey);
    case Settings::ServerKind::Custom: {
        const QUrl server = QUrl::fromUserInput(url.trimmed());
        // Without an id and key the URL may carry them (…/api/{appId}/{apiKey}): fromBaseUrl takes
        // them apart, so that the key never names anything.
        if (appId.trimmed().isEmpty() && apiKey.trimmed().isEmpty())
            return Config::fromBaseUrl(server, allowInsecure);
        return Config::fromServer(server, appId, apiKey, allowInsecure);
    }
    }
    return Config();
}
