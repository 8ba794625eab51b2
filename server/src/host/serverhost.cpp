#include "host/serverhost.h"

#include "config/runtimesettings.h"
#include "config/serverconfig.h"
#include "host/serverinstance.h"

#include <QThread>

namespace Server {

ServerHost::ServerHost(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::make_shared<RuntimeSettings>())
{ }

ServerHost::~ServerHost()
{
    stop();
}

bool ServerHost::start(QString *errorMessage)
{
    if (m_instance)
        return true;
    QString error;
    ServerConfig config;
    if (!m_options.configFile.isEmpty() && !ServerConfig::load(m_options.configFile, &config, &error)) {
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    config.applyTo(m_options);
    m_settings->apply(m_options);

    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("profiledesk-server"));
    m_thread->start();
    m_instance = new ServerInstance(m_options, config, m_settings);
    m_instance->moveToThread(m_thread.get());

    bool started = false;
    runOnServerThread([&]() {
        started = m_instance->start(&error);
        m_port = m_instance->port();
    });
    if (!started) {
        stop();
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    return true;
}

void ServerHost::stop()
{
    if (!m_thread)
        return;
    if (m_instance) {
        // The instance's database and sockets belong to the server thread: delete them there.
        ServerInstance *instance = m_instance;
        runOnServerThread([instance]() { delete instance; });
        m_instance = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_port = 0;
}

void ServerHost::runOnServerThread(const std::function<void()> &work) const
{
    if (!m_instance)
        return;
    if (QThread::currentThread() == m_thread.get())
        work();
    else
        QMetaObject::invokeMethod(m_instance, work, Qt::BlockingQueuedConnection);
}

quint16 ServerHost::port() const
{
    return m_port;
}

QUrl ServerHost::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_port));
}

QUrl ServerHost::classicBaseUrl() const
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    // Encoded per segment, so an id or key holding '/' or '%' stays one segment.
    url.setPath(QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(m_options.appId)) + QLatin1Char('/')
                    + QString::fromLatin1(QUrl::toPercentEncoding(m_options.apiKey)),
                QUrl::TolerantMode);
    return url;
}

void ServerHost::setResponseDelay(int milliseconds)
{
    m_settings->responseDelayMs = qMax(0, milliseconds);
}

void ServerHost::setDynamicSchema(bool on)
{
    m_settings->dynamicSchema = on;
}

void ServerHost::setSessionTimeout(int seconds)
{
    m_settings->sessionTimeoutSeconds = seconds;
}

void ServerHost::setLockout(int maxFailedLogins, int lockoutSeconds)
{
    m_settings->maxFailedLogins = maxFailedLogins;
    m_settings->lockoutSeconds = lockoutSeconds;
}

void ServerHost::setLoginPolicy(const LoginPolicy &policy)
{
    m_settings->applyLoginPolicy(policy);
}

void ServerHost::setLoginThrottle(bool on)
{
    m_settings->loginThrottle = on;
}

void ServerHost::setDropUnknownProperties(bool on)
{
    m_settings->dropUnknownProperties = on;
}

void ServerHost::expireAllSessions()
{
    runOnServerThread([this]() { m_instance->expireAllSessions(); });
}

bool ServerHost::setUserStatus(const QString &identity, const QString &status)
{
    bool changed = false;
    runOnServerThread([&]() { changed = m_instance->setUserStatus(identity, status); });
    return changed;
}

void ServerHost::clearLoginFailures()
{
    runOnServerThread([this]() { m_instance->clearLoginFailures(); });
}

} // namespace Server
