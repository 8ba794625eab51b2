#pragma once

#include "config/serverconfig.h"
#include "config/serveroptions.h"

#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
class QThreadPool;
class QWebSocket;

namespace Server {

class AccountRoutes;
class Database;
class DataRoutes;
class JournalRoutes;
class FileRoutes;
class FileStore;
class LoginGuard;
class LoginThrottle;
class MailLog;
struct HttpReply;
class RealtimeHub;
class Router;
class SchemaStore;
class SessionRegistry;
class SessionStore;
class StaffServiceRoutes;
class UserRepository;
class UserRoutes;
struct RuntimeSettings;
struct ServiceContext;
class UserChangeFeed;

// One running server: database, schema, sessions and the HTTP front. Everything it owns lives on
// the thread that calls start() (QtSql and QHttpServer demand that); ServerHost gives it a thread
// of its own, profiledesk-server's main() runs it on the main thread.
class ServerInstance : public QObject
{
    Q_OBJECT
public:
    ServerInstance(ServerOptions options, ServerConfig config, std::shared_ptr<RuntimeSettings> settings,
                   QObject *parent = nullptr);
    ~ServerInstance() override;

    // Opens (and seeds) the database and listens; on failure says why.
    bool start(QString *error);
    void stop();
    quint16 port() const { return m_port; }
    // Where the reset and confirmation mails go (empty: nowhere).
    QString mailLogPath() const;

    // Test and demo controls; call them on the instance's thread (ServerHost does).
    void expireAllSessions();
    bool setUserStatus(const QString &identity, const QString &status);
    void clearLoginFailures();
    // The Real-Time endpoint, for tests that count its sessions and subscriptions.
    const RealtimeHub *realtime() const { return m_realtime.get(); }

private:
    bool openStorage(QString *error);
    void registerRoutes();
    void respond(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void send(const HttpReply &reply, QHttpServerResponder &&responder);
    void write(const std::shared_ptr<QHttpServerResponse> &response, QHttpServerResponder &&responder);

    ServerOptions m_options;
    ServerConfig m_config;
    std::shared_ptr<RuntimeSettings> m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SchemaStore> m_schema;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<FileStore> m_files;
    std::unique_ptr<SessionStore> m_sessionStore;
    std::unique_ptr<SessionRegistry> m_sessions;
    std::unique_ptr<LoginGuard> m_loginGuard;
    std::unique_ptr<LoginThrottle> m_loginThrottle;
    std::unique_ptr<QThreadPool> m_workers;
    std::unique_ptr<UserChangeFeed> m_changes;
    std::unique_ptr<MailLog> m_mail;
    QStringList m_customRoles;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<UserRoutes> m_userRoutes;
    std::unique_ptr<DataRoutes> m_dataRoutes;
    std::unique_ptr<JournalRoutes> m_journalRoutes;
    std::unique_ptr<AccountRoutes> m_accountRoutes;
    std::unique_ptr<StaffServiceRoutes> m_staffRoutes;
    std::unique_ptr<FileRoutes> m_fileRoutes;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<RealtimeHub> m_realtime;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
};

} // namespace Server
