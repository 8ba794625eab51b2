#include "ui/login/logindialog.h"
#include "ui_logindialog.h"

#include "ui/login/capslockwatcher.h"
#include "models/errorcatalog.h"
#include "ui/widgets/messagebanner.h"
#include "core/restclient.h"
#include "ui/login/serverpanel.h"
#include "persistence/settings.h"
#include "ui/widgets/statuspalette.h"
#include "core/userservice.h"

#include <QLayout>
#include <QScreen>
#include <QPushButton>
#include <QTimer>

LoginDialog::LoginDialog(UserService *users, Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_users(users)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_capsLock = new CapsLockWatcher(m_ui->passwordEdit, this);
    installEventFilter(this); // layout changes (see eventFilter)
    // Translated labels ("Se connecter", "Iniciar sesión") would otherwise touch the button's edges.
    for (QPushButton *button : {m_ui->signInButton, m_ui->cancelButton})
        button->setMinimumWidth(button->sizeHint().width() + 2 * fontMetrics().averageCharWidth());
    for (QLabel *label : {m_ui->identityErrorLabel, m_ui->passwordErrorLabel, m_ui->capsLockLabel})
        StatusPalette::markAsErrorText(label);
    m_ui->capsLockLabel->hide();
    m_ui->demoAccountsLabel->hide();
    m_ui->forgotPasswordResultLabel->hide();
    m_ui->busyIndicator->hide();
    showServerPanel(false);
    clearErrors();

    m_ui->serverPanel->load(*m_settings);
    m_ui->identityEdit->setText(m_settings->lastIdentity());
    m_ui->staySignedInCheck->setChecked(m_settings->staySignedIn());

    // The panel's inner inputs belong to the panel; they sit between the toggle and the buttons.
    setTabOrder(m_ui->serverToggleButton, m_ui->serverPanel->firstInput());
    setTabOrder(m_ui->serverPanel->lastInput(), m_ui->cancelButton);
    setTabOrder(m_ui->cancelButton, m_ui->signInButton);

    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_ui->forgotPasswordButton, &QPushButton::clicked, this, &LoginDialog::requestPasswordReset);
    connect(m_ui->showPasswordButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->passwordEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showPasswordButton->setText(shown ? tr("Hide") : tr("Show"));
        m_ui->showPasswordButton->setAccessibleName(shown ? tr("Hide password") : tr("Show password"));
    });
    connect(m_capsLock, &CapsLockWatcher::capsLockChanged, m_ui->capsLockLabel, &QLabel::setVisible);
    connect(m_ui->serverToggleButton, &QToolButton::toggled, this, &LoginDialog::showServerPanel);
    connect(m_ui->serverPanel, &ServerPanel::changed, this, &LoginDialog::refreshIdentityLabel);
    connect(m_ui->identityEdit, &QLineEdit::textEdited, this, [this] { showFieldError(ErrorCatalog::LoginIdentityField, QString()); });
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this] { showFieldError(ErrorCatalog::LoginPasswordField, QString()); });
    connect(m_ui->messageBanner, &MessageBanner::actionTriggered, this, [this] {
        if (m_bannerAction == ErrorCatalog::Action::Retry)
            signIn();
        else if (m_bannerAction == ErrorCatalog::Action::ServerSettings)
            showServerPanel(true);
    });
}

LoginDialog::~LoginDialog()
{
    for (PendingCall *call : {m_loginCall.data(), m_schemaCall.data(), m_resetCall.data()}) {
        if (call)
            call->cancel();
    }
}

void LoginDialog::setDemoServer(const QUrl &baseUrl, const QString &appId, const QString &apiKey,
                                const QStringList &accounts)
{
    m_ui->serverPanel->setDemoServer(baseUrl, appId, apiKey);
    if (!accounts.isEmpty()) {
        m_ui->demoAccountsLabel->setText(tr("Demo accounts (email / password):") + QLatin1Char('\n')
                                         + accounts.join(QLatin1Char('\n')));
        m_ui->demoAccountsLabel->show();
    }
}

void LoginDialog::setReauthentication(const QString &identity, const QString &reason, bool serverEditable)
{
    m_reauthenticating = true;
    m_serverLocked = !serverEditable;
    m_ui->identityEdit->setText(identity);
    m_ui->identityEdit->setReadOnly(true);
    m_ui->serverToggleButton->setVisible(serverEditable);
    showServerPanel(serverEditable);
    m_ui->staySignedInCheck->hide();
    m_ui->demoAccountsLabel->hide();
    m_ui->messageBanner->showMessage(MessageBanner::Type::Warning, reason);
    m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
}

QString LoginDialog::identity() const
{
    return m_ui->identityEdit->text().trimmed();
}

bool LoginDialog::staySignedIn() const
{
    return !m_reauthenticating && m_ui->staySignedInCheck->isChecked();
}

bool LoginDialog::isBusy() const
{
    return m_loginCall;
}

void LoginDialog::showMessage(MessageBanner::Type type, const QString &text)
{
    m_bannerAction = ErrorCatalog::Action::None;
    m_ui->messageBanner->showMessage(type, text);
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // After the first paint: the dialog shows at once, the label follows the server's schema.
    QTimer::singleShot(0, this, &LoginDialog::refreshIdentityLabel);
    if (!m_reauthenticating)
        (identity().isEmpty() ? m_ui->identityEdit : m_ui->passwordEdit)->setFocus(Qt::OtherFocusReason);
}

bool LoginDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A fit once the burst of changes (a hint, a banner, an error appearing or changing its
    // text, a banner's animation step) is laid out.
    if (watched == this && event->type() == QEvent::LayoutRequest && !m_fitPending && isVisible()) {
        m_fitPending = true;
        QTimer::singleShot(0, this, &LoginDialog::fitContents);
    }
    return QDialog::eventFilter(watched, event);
}

void LoginDialog::fitContents()
{
    m_fitPending = false;
    QLayout *top = layout();
    if (!top)
        return;
    top->activate();
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width()) : top->totalSizeHint().height();
    setMinimumHeight(needed);
    if (height() != needed)
        resize(width(), needed);
    // Word-wrapped labels need more height than a dialog gives them by itself, so it follows its
    // contents. And a banner appearing above the fields pushes them down, under a pointer that
    // was aiming at them: the dialog moves up by as much, so that they stay in place.
    const int fieldsAt = m_ui->identityEdit->mapTo(this, QPoint()).y();
    const int shift = m_fieldsAt < 0 ? 0 : fieldsAt - m_fieldsAt;
    m_fieldsAt = fieldsAt;
    const QRect available = screen() ? screen()->availableGeometry() : QRect();
    if (shift != 0 && (available.isNull() || y() - shift >= available.top()))
        move(x(), y() - shift);
}

void LoginDialog::showServerPanel(bool show)
{
    m_ui->serverPanel->setVisible(show);
    const QSignalBlocker blocker(m_ui->serverToggleButton);
    m_ui->serverToggleButton->setChecked(show);
    m_ui->serverToggleButton->setArrowType(show ? Qt::DownArrow : Qt::RightArrow);
}

bool LoginDialog::applyServerConfig()
{
    if (m_serverLocked)
        return true; // the session being renewed belongs to the server already configured
    const Config config = m_ui->serverPanel->config();
    if (!config.isValid()) {
        showServerPanel(true);
        return false;
    }
    m_users->client()->setConfig(config);
    return true;
}

void LoginDialog::signIn()
{
    if (!m_users || m_loginCall)
        return;
    clearErrors();
    if (!applyServerConfig())
        return;
    m_config = m_users->client()->config();
    QWidget *focused = focusWidget();
    m_focusBeforeBusy = focused && focused->isEnabled() && focused != m_ui->cancelButton ? focused : m_ui->passwordEdit;
    UserCall *call = m_users->login(identity(), m_ui->passwordEdit->text());
    m_loginCall = call;
    connect(call, &PendingCall::finished, this, [this, call] { onLoginFinished(call); });
    setBusy(true);
}

void LoginDialog::onLoginFinished(UserCall *call)
{
    m_loginCall.clear();
    setBusy(false);
    const Error error = call->error();
    if (!error.isError()) {
        m_ui->passwordEdit->clear();
        if (!m_serverLocked)
            m_ui->serverPanel->save(*m_settings);
        if (!m_reauthenticating) {
            m_settings->setLastIdentity(identity());
            m_settings->setStaySignedIn(m_ui->staySignedInCheck->isChecked());
            m_settings->sync();
        }
        accept();
        return;
    }
    if (error.kind == Error::Kind::Cancelled) {
        m_ui->messageBanner->showMessage(MessageBanner::Type::Information, tr("Sign-in cancelled."));
        return;
    }
    ErrorCatalog::LoginContext context;
    context.identityEmpty = identity().isEmpty();
    context.passwordEmpty = m_ui->passwordEdit->text().isEmpty();
    context.identityLabel = m_ui->identityEdit->accessibleName();
    const ErrorCatalog::Placement placement = ErrorCatalog::placeLoginError(error, context);
    if (placement.target == ErrorCatalog::Target::Fields && !placement.fields.isEmpty()) {
        for (const QString &field : placement.fields)
            showFieldError(field, placement.text);
        QLineEdit *first = placement.fields.constFirst() == ErrorCatalog::LoginIdentityField ? m_ui->identityEdit
                                                                                              : m_ui->passwordEdit;
        first->setFocus(Qt::OtherFocusReason);
        first->selectAll();
        return;
    }
    m_bannerAction = placement.action;
    QString actionText;
    if (placement.action == ErrorCatalog::Action::Retry)
        actionText = tr("&Retry");
    m_ui->messageBanner->showMessage(MessageBanner::Type::Error, placement.text, actionText);
    if (placement.action == ErrorCatalog::Action::ServerSettings && !m_serverLocked) {
        showServerPanel(true);
        m_ui->serverPanel->focusCredentials();
    }
}

void LoginDialog::reject()
{
    if (m_loginCall) {
        m_loginCall->cancel();
        return;
    }
    QDialog::reject();
}

void LoginDialog::requestPasswordReset()
{
    if (!m_users || m_resetCall)
        return;
    if (identity().isEmpty()) {
        showFieldError(ErrorCatalog::LoginIdentityField,
                       tr("Enter your %1 first; the reset link is sent there.").arg(m_ui->identityEdit->accessibleName().toLower()));
        m_ui->identityEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!applyServerConfig())
        return;
    PendingCall *call = m_users->restorePassword(identity());
    m_resetCall = call;
    m_ui->forgotPasswordButton->setEnabled(false);
    m_ui->forgotPasswordResultLabel->setText(tr("Requesting a password reset…"));
    m_ui->forgotPasswordResultLabel->show();
    connect(call, &PendingCall::finished, this, [this, call] {
        m_ui->forgotPasswordButton->setEnabled(true);
        const Error error = call->error();
        // 3020 (no such account) reads like success: ErrorCatalog::passwordResetRequested().
        m_ui->forgotPasswordResultLabel->setText(error.isError() ? ErrorCatalog::text(error)
                                                                 : ErrorCatalog::passwordResetRequested());
    });
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_ui->identityEdit), static_cast<QWidget *>(m_ui->passwordEdit),
                       static_cast<QWidget *>(m_ui->showPasswordButton), static_cast<QWidget *>(m_ui->staySignedInCheck),
                       static_cast<QWidget *>(m_ui->forgotPasswordButton), static_cast<QWidget *>(m_ui->serverPanel),
                       static_cast<QWidget *>(m_ui->signInButton)})
        w->setEnabled(!busy);
    m_ui->busyIndicator->setVisible(busy);
    m_ui->cancelButton->setToolTip(busy ? tr("Stop signing in") : QString());
    if (busy) {
        m_ui->messageBanner->dismiss();
        m_ui->cancelButton->setFocus(Qt::OtherFocusReason);
    } else if (m_focusBeforeBusy && m_focusBeforeBusy->isEnabled()) {
        // Back where the person was typing, so that Enter signs in again (Sign in is the default
        // button; Cancel never is, or Enter after an error would close the program).
        m_focusBeforeBusy->setFocus(Qt::OtherFocusReason);
    }
}

void LoginDialog::clearErrors()
{
    // "A reset email is on its way" is stale once the person tries to sign in again.
    m_ui->forgotPasswordResultLabel->hide();
    showFieldError(ErrorCatalog::LoginIdentityField, QString());
    showFieldError(ErrorCatalog::LoginPasswordField, QString());
    m_ui->messageBanner->dismiss();
    m_ui->serverPanel->showError(QString());
}

void LoginDialog::showFieldError(const QString &field, const QString &text)
{
    const bool identityField = field == ErrorCatalog::LoginIdentityField;
    QLabel *errorLabel = identityField ? m_ui->identityErrorLabel : m_ui->passwordErrorLabel;
    errorLabel->setText(text);
    errorLabel->setVisible(!text.isEmpty());
    StatusPalette::setErrorState(identityField ? m_ui->identityLabel : m_ui->passwordLabel,
                                 identityField ? static_cast<QWidget *>(m_ui->identityEdit) : m_ui->passwordEdit, text);
}

void LoginDialog::refreshIdentityLabel()
{
    if (!m_users || m_schemaCall || m_reauthenticating)
        return;
    const Config config = m_ui->serverPanel->config();
    m_ui->serverPanel->showError(QString()); // a half-typed URL is not an error until Sign in
    if (!config.isValid())
        return;
    m_users->client()->setConfig(config);
    SchemaCall *call = m_users->describeUserClass();
    m_schemaCall = call;
    connect(call, &PendingCall::finished, this, [this, call] {
        if (!call->error().isError() && !call->result().isEmpty())
            setIdentityLabel(call->result().identityProperty());
    });
}

void LoginDialog::setIdentityLabel(const QString &propertyName)
{
    QString text;
    if (propertyName == QLatin1String("email") || propertyName.isEmpty())
        text = tr("Email");
    else if (propertyName == QLatin1String("name"))
        text = tr("Name");
    else
        text = propertyName.at(0).toUpper() + propertyName.mid(1);
    m_ui->identityLabel->setText(tr("&%1:").arg(text));
    m_ui->identityEdit->setAccessibleName(text);
}
