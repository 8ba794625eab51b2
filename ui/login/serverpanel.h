#pragma once

#include <QGroupBox>
#include <QUrl>

#include <memory>

#include "core/config.h"
#include "models/session/serverchoice.h"
#include "persistence/settings.h"

namespace Ui {
class ServerPanel;
}

// Which Backendless the login goes to: the local demo server, Backendless US or EU (app id + REST
// key), or a custom URL (a custom domain, a *.backendless.app subdomain, or self-hosted Pro).
// Remembered in Settings; config() turns the inputs into a validated Config. Plain http:// to a
// host that is not this machine needs the visible opt-in (a checkbox with a warning), which
// Settings remembers per server.
class ServerPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ServerPanel(QWidget *parent = nullptr);
    ~ServerPanel() override;

    // The server that `profiledesk --demo` started in-process; without one, "Local demo" means a
    // profiledesk-server on this machine's default port.
    void setDemoServer(const QUrl &baseUrl, const QString &appId, const QString &apiKey);

    void load(const Settings &settings);
    // What to remember of the inputs (the person's own app id and key, not the demo server's);
    // the sign-in flow saves it once signed in.
    ServerChoice choice() const;

    Settings::ServerKind kind() const;
    void setKind(Settings::ServerKind kind);
    void setServerUrl(const QString &url);
    void setAppId(const QString &appId);
    void setApiKey(const QString &apiKey);
    void setAllowInsecure(bool allowed); // for the server URL shown now

    // Invalid Config (with errorString) when the inputs do not make a usable server; the message is
    // also shown in the panel.
    Config config();
    void showError(const QString &message);
    // For the owner's tab order: the panel's inputs come as one block.
    QWidget *firstInput() const;
    QWidget *lastInput() const;
    // 2002: the application id and key are the likely culprits.
    void focusCredentials();
    // Where the sign-in goes, as a line for the dialog: "on Backendless (US)", "on example.org".
    QString destination() const;

Q_SIGNALS:
    void changed();
    // destination() changed: another kind of server, or a custom URL being typed.
    void destinationChanged();

private:
    void updateForKind();
    bool usesDemoCredentials() const;
    void rememberCredentials();
    void showInsecureChoice();

    std::unique_ptr<Ui::ServerPanel> m_ui;
    QString m_customUrl;
    QString m_appId;
    QString m_apiKey;
    QStringList m_insecureServers; // Settings::serverOrigin()s the user allowed plain http:// to
    QUrl m_demoBaseUrl;
    QString m_demoAppId;
    QString m_demoApiKey;
};
