#pragma once

#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "host/serverhost.h"

#include <QNetworkAccessManager>

#include <memory>

// One in-process profiledesk-server on an ephemeral port plus the client stack pointed at it, as
// the app wires it: one shared QNAM, one RestClient, the services on top.
class ServerTestEnv
{
public:
    static constexpr const char *AlicePassword = "Alice-pass-1";
    static constexpr const char *BobPassword = "Bob-pass-1";
    static constexpr const char *SupportPassword = "Support-pass-1";

    explicit ServerTestEnv(Server::ServerOptions options = defaultOptions());

    static Server::ServerOptions defaultOptions();

    bool start(QString *error);
    Server::ServerHost &host() { return *m_host; }
    Config config() const;
    RestClient &client() { return *m_client; }
    UserService &users() { return *m_users; }
    DataService &data() { return *m_data; }
    QNetworkAccessManager &nam() { return m_nam; }

    // Non-blocking login through the services, waited for in the test's event loop.
    Error login(const QString &identity, const QString &password);
    Error loginAlice() { return login(QStringLiteral("alice@example.com"), QString::fromLatin1(AlicePassword)); }
    // The objectId of a demo user, found through a separate staff session.
    QString objectIdOf(const QString &identity);

private:
    Server::ServerOptions m_options;
    std::unique_ptr<Server::ServerHost> m_host;
    QNetworkAccessManager m_nam;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<DataService> m_data;
};
