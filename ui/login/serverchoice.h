#pragma once

#include <QString>
#include <QUrl>

#include "core/config.h"
#include "persistence/settings.h"

// The user's choice of server as the server panel and Settings hold it, and the one place it becomes
// a Config (Config::fromServer: the URL's path is kept, the app id and key are appended to it).
struct ServerChoice
{
    Settings::ServerKind kind = Settings::ServerKind::LocalDemo;
    QString url;    // Custom only
    QString appId;
    QString apiKey;
    bool allowInsecure = false; // plain http:// to a host that is not this machine (Custom only)

    static ServerChoice fromSettings(const Settings &settings);
    // demoBaseUrl: the in-process demo server (`--demo`), or invalid for a profiledesk-server on the
    // default port of this machine.
    Config toConfig(const QUrl &demoBaseUrl) const;

    static QUrl defaultLocalServer();
};
