#include "host/serverinstance.h"

#include "api/router.h"
#include "auth/loginguard.h"
#include "auth/loginthrottle.h"
#include "auth/sessionregistry.h"
#include "config/runtimesettings.h"
#include "files/filestore.h"
#include "host/servicecontext.h"
#include "realtime/realtimehub.h"
#include "realtime/userchangefeed.h"
#include "routes/accountroutes.h"
#include "routes/dataroutes.h"
#include "routes/fileroutes.h"
#include "routes/journalroutes.h"
#include "routes/staffserviceroutes.h"
#include "routes/userroutes.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/journalstore.h"
#include "storage/maillog.h"
#include "storage/schemastore.h"
#include "storage/sessionstore.h"
#include "storage/userrepository.h"
#include "transport/connectionguard.h"
#include "transport/guardedtcpserver.h"

#include <QFuture>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QWebSocket>

namespace Server {

ServerInstance::ServerInstance(ServerOptions options, ServerConfig config, std::shared_ptr<RuntimeSettings> settings,
                               QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_config(std::move(config))
    , m_settings(std::move(settings))
{ }

ServerInstance::~ServerInstance()
{
    stop();
}

bool ServerInstance::start(QString *error)
{
    if (!openStorage(error))
        return false;
    registerRoutes();

    const QHostAddress address(m_options.host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                            : m_options.host);
    if (address.isNull()) {
        *error = QStringLiteral("'%1' is not an IP address to listen on").arg(m_options.host);
        return false;
    }
    m_http = std::make_unique<QHttpServer>();
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        respond(request, std::move(responder));
    });
    // Our own QTcpServer, bound to QHttpServer: a failed listen reports its reason, and every
    // connection gets a ConnectionGuard in front of QHttpServer (limits, timeouts, close).
    auto *tcp = new GuardedTcpServer(m_options.transport, m_http.get());
    if (!tcp->listen(address, m_options.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_options.host)
                     .arg(m_options.port)
                     .arg(tcp->errorString());
        m_http.reset();
        return false;
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    // QHttpServer 6.4 upgrades a WebSocket request only when a route of its own matches it, so the
    // Engine.IO path has one: it lets an upgrade through (answering nothing; the guard stops timing
    // the connection once its upgrade request is in) and hands every other request to respond().
    // The hub then keeps the WebSockets of its path and query and closes the rest.
    m_http->route(QLatin1Char('/') + m_options.appId + QLatin1Char('/'),
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      if (request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) != 0)
                          respond(request, std::move(responder));
                  });
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this, [this]() {
        while (auto socket = m_http->nextPendingWebSocketConnection())
            m_realtime->attach(std::move(socket));
    });
    return true;
}

void ServerInstance::stop()
{
    m_realtime.reset();
    m_http.reset();
    // Work still on the pool holds references into the services below.
    if (m_workers)
        m_workers->waitForDone();
    m_router.reset();
    m_journalRoutes.reset();
    m_staffRoutes.reset();
    m_accountRoutes.reset();
    m_dataRoutes.reset();
    m_fileRoutes.reset();
    m_userRoutes.reset();
    m_context.reset();
    m_changes.reset();
    m_mail.reset();
    m_loginGuard.reset();
    m_loginThrottle.reset();
    m_sessions.reset();
    m_sessionStore.reset();
    m_files.reset();
    m_users.reset();
    m_schema.reset();
    m_db.reset();
    m_port = 0;
}

bool ServerInstance::openStorage(QString *error)
{
    m_db = std::make_unique<Database>();
    if (!m_db->open(m_options.databasePath, error))
        return false;
    m_schema = std::make_unique<SchemaStore>(*m_db);
    const QList<Column> schema =
        m_config.schema.value_or(m_options.demo ? DemoData::demoSchema() : DemoData::basicSchema());
    if (!m_schema->initialise(schema, error))
        return false;

    DemoSeeder seeder(*m_db, *m_schema);
    bool empty = false;
    if (!seeder.isEmpty(&empty, error))
        return false;
    if (empty) {
        QList<SeedUser> users = m_config.users;
        if (m_options.demo)
            users = DemoData::namedUsers() + users;
        if (!seeder.seed(users, m_options.demo ? m_options.demoUsers : 0, error))
            return false;
    }

    // The demo app has the team journal's table, as a customer's app has it once created in the
    // Console (README "The team journal"); other servers answer 1009 for it.
    if (m_options.demo && !JournalStore(*m_db).create(error))
        return false;

    m_users = std::make_unique<UserRepository>(*m_db, *m_schema);
    m_files = std::make_unique<FileStore>(*m_db);
    if (!m_files->initialise(error))
        return false;
    m_sessionStore = std::make_unique<SessionStore>(*m_db);
    m_sessions = std::make_unique<SessionRegistry>(m_settings->sessionTimeoutSeconds, m_sessionStore.get());
    if (!m_sessions->restore(error))
        return false;
    m_loginGuard = std::make_unique<LoginGuard>(m_settings->maxFailedLogins, m_settings->lockoutSeconds);
    m_loginThrottle = std::make_unique<LoginThrottle>(m_settings->loginThrottle);
    m_workers = std::make_unique<QThreadPool>();
    // One core stays with the HTTP thread: a login flood then slows logins, not everything else.
    m_workers->setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
    m_changes = std::make_unique<UserChangeFeed>();
    // Custom roles: the demo app's two, the config's, and any a seeded user holds.
    m_customRoles = QStringList{QStringLiteral("SupportStaff"), QStringLiteral("Beta")} + m_config.roles;
    for (const SeedUser &user : std::as_const(m_config.users))
        m_customRoles += user.roles;
    m_customRoles.removeDuplicates();
    QString mailPath = m_options.mailLogPath;
    if (mailPath.isEmpty() && m_options.databasePath != QLatin1String(":memory:"))
        mailPath = m_options.databasePath + QStringLiteral(".mail.jsonl");
    m_mail = std::make_unique<MailLog>(mailPath);
    m_context = std::make_unique<ServiceContext>(ServiceContext{*m_db, *m_schema, *m_users, *m_sessions, *m_loginGuard,
                                                                *m_loginThrottle, *m_settings, *m_mail, m_customRoles,
                                                                *m_workers, *m_changes});
    return true;
}

void ServerInstance::registerRoutes()
{
    m_router = std::make_unique<Router>();
    m_router->setCredentials(m_options.appId, m_options.apiKey, m_options.cloudCodeKey);
    m_userRoutes = std::make_unique<UserRoutes>(*m_context);
    m_dataRoutes = std::make_unique<DataRoutes>(*m_context);
    m_journalRoutes = std::make_unique<JournalRoutes>(*m_context);
    m_accountRoutes = std::make_unique<AccountRoutes>(*m_context);
    m_userRoutes->registerRoutes(*m_router);
    m_journalRoutes->registerRoutes(*m_router); // before DataRoutes' catch-all for other tables
    m_dataRoutes->registerRoutes(*m_router);
    m_accountRoutes->registerRoutes(*m_router);
    if (m_options.staffService) {
        m_staffRoutes = std::make_unique<StaffServiceRoutes>(*m_context);
        m_staffRoutes->registerRoutes(*m_router);
    }
    m_fileRoutes = std::make_unique<FileRoutes>(*m_context, *m_files, m_options.appId, m_options.apiKey);
    m_fileRoutes->registerRoutes(*m_router);
    m_realtime = std::make_unique<RealtimeHub>(*m_context, m_options.appId, m_options.apiKey, m_options.realtime);
    // Queued: the update's own answer goes out first, then the events.
    connect(m_changes.get(), &UserChangeFeed::updated, m_realtime.get(), &RealtimeHub::publishUpdate,
            Qt::QueuedConnection);
    // The JS SDK's first call. rtURL: where Real-Time is (this very port, as the client named it);
    // the SDK opens socket.io on rtURL + "/" + appId.
    m_router->add(Method::Get, QStringLiteral("info"), [this](const ApiRequest &request) {
        const QString host =
            request.host.isEmpty() ? QStringLiteral("%1:%2").arg(m_options.host).arg(m_port) : request.host;
        return HttpReply::json(QJsonObject{
            {QStringLiteral("rtURL"), QString(QStringLiteral("http://") + host)},
            {QStringLiteral("server"), QStringLiteral("profiledesk-server")},
            {QStringLiteral("version"), QStringLiteral(PROFILEDESK_VERSION)},
            {QStringLiteral("appId"), m_options.appId},
            {QStringLiteral("dynamicSchema"), m_settings->dynamicSchema.load()},
        });
    });
}

void ServerInstance::respond(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const HttpReply reply =
        m_realtime->claims(request.url()) ? m_realtime->handle(request) : m_router->dispatch(request);
    if (!reply.deferred) {
        send(reply, std::move(responder));
        return;
    }
    // The answer comes later (worker pool, throttled login); the responder waits meanwhile, and a
    // client that hung up is simply not answered.
    QPointer<QTcpSocket> socket(responder.socket());
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    reply.deferred->then(this, [this, socket, pending](const HttpReply &later) {
        if (socket)
            send(later, std::move(*pending));
    });
}

void ServerInstance::send(const HttpReply &reply, QHttpServerResponder &&responder)
{
    auto response = std::make_shared<QHttpServerResponse>(reply.mimeType, reply.body,
                                                          static_cast<QHttpServerResponse::StatusCode>(reply.status));
    for (const auto &header : reply.headers)
        response->addHeader(header.first, header.second);

    const int delay = m_settings->responseDelayMs.load();
    if (delay <= 0) {
        write(response, std::move(responder));
        return;
    }
    // Delay without blocking the thread, so other clients are served meanwhile.
    QPointer<QTcpSocket> socket(responder.socket());
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(delay, this, [this, socket, pending, response]() {
        if (socket)
            write(response, std::move(*pending));
    });
}

void ServerInstance::write(const std::shared_ptr<QHttpServerResponse> &response, QHttpServerResponder &&responder)
{
    // QHttpServer 6.4 ignores `Connection: close` and HTTP/1.0; the guard remembers what the
    // request asked for, and the connection closes once the answer is out.
    QTcpSocket *socket = responder.socket();
    ConnectionGuard *guard = ConnectionGuard::of(socket);
    const bool close = guard && guard->beginResponse();
    // A client that asks and never reads would have every answer held in memory here: past the
    // unread caps (per connection and per client host) it is cut off instead (issue 25, item 3).
    if (guard && !guard->mayWrite(response->data().size())) {
        guard->cutForUnreadAnswers();
        return;
    }
    if (close)
        response->addHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    response->write(std::move(responder));
    if (close)
        ConnectionGuard::closeGracefully(socket);
}

QString ServerInstance::mailLogPath() const
{
    return m_mail ? m_mail->path() : QString();
}

void ServerInstance::expireAllSessions()
{
    if (m_sessions)
        m_sessions->closeAll();
}

bool ServerInstance::setUserStatus(const QString &identity, const QString &status)
{
    if (!m_users)
        return false;
    QVariantMap row;
    if (m_users->findByIdentity(identity, &row) != UserRepository::Lookup::Found)
        return false;
    return m_users->update(row.value(QStringLiteral("objectId")).toString(), {{QStringLiteral("userStatus"), status}});
}

void ServerInstance::clearLoginFailures()
{
    if (m_loginGuard)
        m_loginGuard->clear();
    if (m_loginThrottle)
        m_loginThrottle->clear();
}

} // namespace Server
