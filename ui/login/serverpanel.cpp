#include "ui/login/serverpanel.h"
#include "ui_serverpanel.h"

#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/statuspalette.h"

namespace {
// A server as a person names it: its host, and its port when it is not the scheme's own.
QString hostAndPort(const QUrl &url)
{
    return url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}
} // namespace

ServerPanel::ServerPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::ServerPanel>())
{
    m_ui->setupUi(this);
    m_ui->serverKindCombo->addItem(tr("Local demo server"), int(Settings::ServerKind::LocalDemo));
    m_ui->serverKindCombo->addItem(tr("Backendless (US)"), int(Settings::ServerKind::BackendlessUS));
    m_ui->serverKindCombo->addItem(tr("Backendless (EU)"), int(Settings::ServerKind::BackendlessEU));
    m_ui->serverKindCombo->addItem(tr("Custom domain or Backendless Pro"), int(Settings::ServerKind::Custom));
    StatusPalette::markAsErrorText(m_ui->insecureWarningLabel);

    connect(m_ui->serverKindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateForKind();
        Q_EMIT changed();
    });
    for (QLineEdit *edit : {m_ui->serverUrlEdit, m_ui->appIdEdit, m_ui->apiKeyEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { showError(QString()); });
        connect(edit, &QLineEdit::editingFinished, this, &ServerPanel::changed);
    }
    connect(m_ui->appIdEdit, &QLineEdit::textEdited, this, &ServerPanel::rememberCredentials);
    connect(m_ui->apiKeyEdit, &QLineEdit::textEdited, this, &ServerPanel::rememberCredentials);
    connect(m_ui->serverUrlEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (kind() == Settings::ServerKind::Custom)
            m_customUrl = text;
        showInsecureChoice();
        Q_EMIT destinationChanged();
    });
    connect(m_ui->allowInsecureCheck, &QCheckBox::clicked, this, [this](bool allowed) {
        setAllowInsecure(allowed);
        showError(QString());
        Q_EMIT changed();
    });
    updateForKind();
}

ServerPanel::~ServerPanel() = default;

void ServerPanel::setDemoServer(const QUrl &baseUrl, const QString &appId, const QString &apiKey)
{
    m_demoBaseUrl = baseUrl;
    m_demoAppId = appId;
    m_demoApiKey = apiKey;
    updateForKind();
}

void ServerPanel::load(const Settings &settings)
{
    m_customUrl = settings.serverUrl();
    m_appId = settings.appId();
    m_apiKey = settings.apiKey();
    m_insecureServers = settings.value(Settings::Key::InsecureServers).toStringList();
    setKind(settings.serverKind());
    updateForKind();
}

ServerChoice ServerPanel::choice() const
{
    ServerChoice choice;
    choice.kind = kind();
    choice.url = m_customUrl;
    choice.appId = m_appId;
    choice.apiKey = m_apiKey;
    choice.allowInsecure = m_ui->allowInsecureCheck->isChecked();
    choice.insecureServers = m_insecureServers;
    return choice;
}

Settings::ServerKind ServerPanel::kind() const
{
    return Settings::ServerKind(m_ui->serverKindCombo->currentData().toInt());
}

void ServerPanel::setKind(Settings::ServerKind kind)
{
    m_ui->serverKindCombo->setCurrentIndex(m_ui->serverKindCombo->findData(int(kind)));
}

void ServerPanel::setServerUrl(const QString &url)
{
    m_customUrl = url;
    if (kind() == Settings::ServerKind::Custom)
        m_ui->serverUrlEdit->setText(url);
    showInsecureChoice();
    Q_EMIT destinationChanged();
}

void ServerPanel::setAppId(const QString &appId)
{
    m_ui->appIdEdit->setText(appId);
    rememberCredentials();
}

void ServerPanel::setApiKey(const QString &apiKey)
{
    m_ui->apiKeyEdit->setText(apiKey);
    rememberCredentials();
}

void ServerPanel::setAllowInsecure(bool allowed)
{
    const QString origin = Settings::serverOrigin(m_customUrl);
    m_insecureServers.removeAll(origin);
    if (allowed && !origin.isEmpty())
        m_insecureServers.append(origin);
    showInsecureChoice();
}

// Offered where it matters, plain http:// to another machine; it belongs to the server named now,
// so another URL shows that server's own choice.
void ServerPanel::showInsecureChoice()
{
    const QUrl url = QUrl::fromUserInput(m_customUrl.trimmed());
    const bool plainRemote = kind() == Settings::ServerKind::Custom && url.scheme() == QLatin1String("http")
        && !url.host().isEmpty() && !Config::isLoopbackHost(url.host());
    const bool allowed = plainRemote && m_insecureServers.contains(Settings::serverOrigin(m_customUrl));
    m_ui->allowInsecureCheck->setVisible(plainRemote);
    m_ui->allowInsecureCheck->setChecked(allowed);
    m_ui->insecureWarningLabel->setVisible(allowed);
}

bool ServerPanel::usesDemoCredentials() const
{
    return kind() == Settings::ServerKind::LocalDemo && m_demoBaseUrl.isValid();
}

void ServerPanel::rememberCredentials()
{
    // The demo server's ids are its own; what the user typed for their real server is kept apart.
    if (usesDemoCredentials())
        return;
    m_appId = m_ui->appIdEdit->text();
    m_apiKey = m_ui->apiKeyEdit->text();
}

Config ServerPanel::config()
{
    ServerChoice choice;
    choice.kind = kind();
    choice.url = m_customUrl;
    choice.appId = m_ui->appIdEdit->text();
    choice.apiKey = m_ui->apiKeyEdit->text();
    choice.allowInsecure = m_ui->allowInsecureCheck->isChecked();
    const Config config = choice.toConfig(m_demoBaseUrl);
    showError(config.isValid() ? QString() : config.errorString());
    return config;
}

void ServerPanel::showError(const QString &message)
{
    // A custom server is named by its URL; the others by the application id.
    const bool custom = kind() == Settings::ServerKind::Custom;
    m_ui->serverErrorLabel->setField(custom ? m_ui->serverUrlEdit : m_ui->appIdEdit,
                                     custom ? m_ui->serverUrlLabel : m_ui->appIdLabel);
    m_ui->serverErrorLabel->setMessage(message);
}

QWidget *ServerPanel::firstInput() const
{
    return m_ui->serverKindCombo;
}

QWidget *ServerPanel::lastInput() const
{
    return m_ui->allowInsecureCheck;
}

QString ServerPanel::destination() const
{
    switch (kind()) {
    case Settings::ServerKind::LocalDemo: {
        const QUrl base = m_demoBaseUrl.isValid() ? m_demoBaseUrl : ServerChoice::defaultLocalServer();
        return tr("on the local demo server, %1").arg(hostAndPort(base));
    }
    case Settings::ServerKind::BackendlessUS:
        return tr("on Backendless (US)");
    case Settings::ServerKind::BackendlessEU:
        return tr("on Backendless (EU)");
    case Settings::ServerKind::Custom:
        break;
    }
    const QUrl url = QUrl::fromUserInput(m_customUrl.trimmed());
    if (url.host().isEmpty())
        return tr("on a server still to be chosen in Server settings");
    return tr("on %1").arg(hostAndPort(url));
}

void ServerPanel::focusCredentials()
{
    m_ui->appIdEdit->setFocus(Qt::OtherFocusReason);
    m_ui->appIdEdit->selectAll();
}

void ServerPanel::updateForKind()
{
    const Settings::ServerKind k = kind();
    const bool custom = k == Settings::ServerKind::Custom;
    m_ui->serverUrlEdit->setReadOnly(!custom);
    QString hint;
    switch (k) {
    case Settings::ServerKind::LocalDemo: {
        const QUrl base = m_demoBaseUrl.isValid() ? m_demoBaseUrl : ServerChoice::defaultLocalServer();
        m_ui->serverUrlEdit->setText(base.toDisplayString());
        hint = m_demoBaseUrl.isValid() ? tr("The demo server started with this window.")
                                       : tr("A profiledesk-server running on this computer.");
        break;
    }
    case Settings::ServerKind::BackendlessUS:
        m_ui->serverUrlEdit->setText(QStringLiteral("https://api.backendless.com"));
        hint = tr("Your application ID and REST API key are in the Backendless Console, under Manage > App Settings.");
        break;
    case Settings::ServerKind::BackendlessEU:
        m_ui->serverUrlEdit->setText(QStringLiteral("https://eu-api.backendless.com"));
        hint = tr("Your application ID and REST API key are in the Backendless Console, under Manage > App Settings.");
        break;
    case Settings::ServerKind::Custom:
        m_ui->serverUrlEdit->setText(m_customUrl);
        hint = tr("For a custom domain or a backendless.app subdomain, enter https://…/api and leave the ID "
                  "and key empty. For Backendless Pro, enter http://host:8080/api with the application ID "
                  "and REST API key.");
        break;
    }
    m_ui->serverHintLabel->setText(hint);
    showInsecureChoice();
    m_ui->appIdEdit->setText(usesDemoCredentials() ? m_demoAppId : m_appId);
    m_ui->apiKeyEdit->setText(usesDemoCredentials() ? m_demoApiKey : m_apiKey);
    Q_EMIT destinationChanged();
}
