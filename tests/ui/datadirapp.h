#pragma once

// The app as main.cpp wires it, against an in-process server, with every file it writes (settings,
// drafts, the server's SQLite database) in one given directory, so that a second process (or a
// second instance after a crash) finds the same files. The crash-recovery test and the program it
// kills (crashvictim) both build one on the same directory.

#include "host/serverhost.h"
#include "persistence/sessionstore.h"
#include "persistence/settings.h"
#include "ui/shell/appcontroller.h"

#include <QNetworkAccessManager>

#include <memory>

class DataDirApp
{
public:
    explicit DataDirApp(const QString &directory)
        : m_directory(directory)
        , m_settings(std::make_unique<Settings>(directory + QStringLiteral("/settings.ini")))
    {
        m_settings->setServerKind(Settings::ServerKind::LocalDemo);
    }
    ~DataDirApp()
    {
        m_app.reset();
        m_server.reset();
    }

    // port 0 = ephemeral; the draft belongs to the server's URL, so a restart takes the same port.
    bool startServer(quint16 port, QString *error)
    {
        Server::ServerOptions options;
        options.port = port;
        options.demoUsers = 3;
        options.databasePath = m_directory + QStringLiteral("/server.sqlite");
        m_server = std::make_unique<Server::ServerHost>(options);
        return m_server->start(error);
    }
    quint16 port() const { return m_server ? m_server->port() : 0; }

    AppController *startApp()
    {
        m_app = std::make_unique<AppController>(m_settings.get(), &m_sessions, &m_nam);
        m_app->setDemoServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())), m_server->options().appId,
                             m_server->options().apiKey, {});
        m_app->setDraftDirectory(draftDirectory());
        m_app->start();
        return m_app.get();
    }
    AppController *app() const { return m_app.get(); }
    QString draftDirectory() const { return m_directory + QStringLiteral("/drafts"); }

private:
    QString m_directory;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Server::ServerHost> m_server;
    MemorySessionStore m_sessions;
    QNetworkAccessManager m_nam;
    std::unique_ptr<AppController> m_app;
};
