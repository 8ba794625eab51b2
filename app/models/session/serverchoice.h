#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/config.h"
#include "persistence/settings.h"

// The user's choice of server as the server panel and Settings hold it, and the one place it becomes
// a Config (Config::fromServer: the URL's path is kept, the app id and key are appended to it).
struct ServerChoice
{
    Settings::ServerKind kind = Settings::ServerKind::LocalDemo;
    QString url; // Custom only
    QString appId;
    QString apiKey;
    bool allowInsecure = false; // plain http:// to a host that is not this machine (Custom only)
    // Every Settings::serverOrigin() the user allowed plain http:// to, this one's or not.
    QStringList insecureServers;

    static ServerChoice fromSettings(const Settings &settings);
    // Remembered for next time, all but the demo server's URL and ids (see the .cpp).
    void save(Settings &settings) const;
    // demoBaseUrl: the in-process demo server (`--demo`), or invalid for a profiledesk-server on the
    // default port of this machine.
    Config toConfig(const QUrl &demoBaseUrl) const;

    static QUrl defaultLocalServer();
};
