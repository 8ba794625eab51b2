#pragma once

#include <QString>
#include <QUrl>

#include "config.h"
#include "settings.h"

// The user's choice of server as the server panel and Settings hold it, and the one place it becomes
// a Config. The app id and key, when given for the local server or a custom URL, go into the classic
// /{appId}/{apiKey} path (which the local server and Backendless Pro answer like /api).
struct ServerChoice
{
    Settings::ServerKind kind = Settings::ServerKind::LocalDemo;
    QString url;    // Custom only
    QString appId;
    QString apiKey;

    static ServerChoice fromSettings(const Settings &settings);
    // demoBaseUrl: the in-process demo server (`--demo`), or invalid for a profiledesk-server on the
    // default port of this machine.
    Config toConfig(const QUrl &demoBaseUrl) const;

    static QUrl defaultLocalServer();
};
