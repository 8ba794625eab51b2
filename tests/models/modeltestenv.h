#pragma once

// Shared set-up of the UserModel tests: an in-process server, client sessions against it, and
// a gateway that records what a save sent (the seam is ProfileGateway itself, not a friend).

#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "demoaccounts.h"
#include "host/serverhost.h"
#include "models/profile/usermodel.h"
#include "models/profilegateway.h"
#include "pendingcallwait.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

// One client: its own RestClient + UserService + DataService (so one session), sharing the QNAM.
class ClientSession
{
public:
    ClientSession(const Config &config, QNetworkAccessManager *nam);
    ~ClientSession();

    User login(const QString &identity, const QString &password, Error *error = nullptr);
    UserSchema describeUserClass();
    User get(const QString &objectId, Error *error = nullptr);
    User updateData(const QString &objectId, const QVariantMap &changes, Error *error = nullptr);
    User updateSelf(const QVariantMap &changes, Error *error = nullptr);

    RestClient *client() const { return m_client.get(); }
    UserService *users() const { return m_users.get(); }
    DataService *data() const { return m_data.get(); }

private:
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<DataService> m_data;
};

// Passes every call to a real gateway and remembers what save() was given.
class RecordingGateway final : public ProfileGateway
{
    Q_OBJECT
public:
    explicit RecordingGateway(ProfileGateway *real, QObject *parent = nullptr);
    UserCall *fetch(const QString &objectId) override;
    UserCall *save(const QString &objectId, const QVariantMap &changes) override;
    void cancel() override;

    int fetches = 0;
    QList<QVariantMap> saves;

private:
    ProfileGateway *m_real;
};

class ModelTestEnv
{
public:
    explicit ModelTestEnv(Server::ServerOptions options = smallServer());
    ~ModelTestEnv();
    static Server::ServerOptions smallServer();

    // On `port` (0: any free one): a server started again on its port, as a restart is.
    bool start(quint16 port = 0);
    Server::ServerHost *server() const { return m_server.get(); }
    void stopServer() { m_server.reset(); }
    Config config() const;
    QNetworkAccessManager *nam() { return &m_nam; }

    std::unique_ptr<ClientSession> session(const QString &identity = QString(), const QString &password = QString());

private:
    Server::ServerOptions m_options;
    std::unique_ptr<Server::ServerHost> m_server;
    QNetworkAccessManager m_nam;
};
