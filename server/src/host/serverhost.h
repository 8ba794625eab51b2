#pragma once

#include "auth/loginpolicy.h"
#include "config/serveroptions.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QThread;

namespace Server {

class ServerInstance;
struct RuntimeSettings;

// Runs a server on a QThread of its own, so serving never stalls the caller's thread.
// The in-process API of tests and of `profiledesk --demo`. Every method is safe to call from
// any thread but the server's own.
class ServerHost : public QObject
{
    Q_OBJECT
public:
    explicit ServerHost(ServerOptions options = {}, QObject *parent = nullptr);
    ~ServerHost() override; // stops the server and joins the thread

    bool start(QString *errorMessage = nullptr); // blocks until listening (or failed)
    void stop();
    bool isRunning() const { return m_instance != nullptr; }
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT/api
    QUrl classicBaseUrl() const; // http://127.0.0.1:PORT/<appId>/<apiKey>
    const ServerOptions &options() const { return m_options; }

    void setResponseDelay(int milliseconds); // delays every reply (for tests/benchmarks)
    void setDynamicSchema(bool on); // tests flip it to provoke 3031
    void setSessionTimeout(int seconds); // applies to live sessions too
    // The account lock (0 = off, Backendless's default): past N failures, 3036 for the period.
    void setLockout(int maxFailedLogins, int lockoutSeconds);
    // Backendless's login policy (multiple logins, their maximum, refusing a second login).
    void setLoginPolicy(const LoginPolicy &policy);
    // Per-address delays after failed logins (on by default); tests of many failures turn it off.
    void setLoginThrottle(bool on);
    // With dynamic schema off: unknown properties vanish with a 200 (Backendless's silent drop).
    void setDropUnknownProperties(bool on);

    // Controls that provoke the remaining error codes deterministically:
    void expireAllSessions(); // every token becomes dead: 3064, isvalidusertoken false
    // ENABLED / DISABLED (3090 on login and on the user's live session); false if no such user.
    bool setUserStatus(const QString &identity, const QString &status);
    void clearLoginFailures(); // lifts every 3036 lockout and every address's throttle

private:
    void runOnServerThread(const std::function<void()> &work) const;

    ServerOptions m_options;
    std::shared_ptr<RuntimeSettings> m_settings;
    std::unique_ptr<QThread> m_thread;
    ServerInstance *m_instance = nullptr; // lives on m_thread
    quint16 m_port = 0;
};

} // namespace Server
