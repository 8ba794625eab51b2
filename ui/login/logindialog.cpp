#include "ui/login/logindialog.h"
#include "ui_logindialog.h"

#include "core/pendingcall.h"
#include "models/errorcatalog.h"
#include "models/session/signinflow.h"
#include "persistence/settings.h"
#include "ui/login/capslockwatcher.h"
#include "ui/login/serverpanel.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/statuspalette.h"

#include <QAction>
#include <QLayout>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

#include <utility>

LoginDialog::LoginDialog(SignInFlow *flow, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    m_capsLock = new CapsLockWatcher(m_ui->passwordEdit, this);
    installEventFilter(this); // layout changes (see eventFilter)
    // Translated labels ("Se connecter", "Iniciar sesión") would otherwise touch the button's edges.
    for (QPushButton *button : {m_ui->signInButton, m_ui->cancelButton})
        button->setMinimumWidth(button->sizeHint().width() + 2 * fontMetrics().averageCharWidth());
    StatusPalette::markAsErrorText(m_ui->capsLockLabel);
    m_ui->identityErrorLabel->setField(m_ui->identityEdit, m_ui->identityLabel);
    m_ui->passwordErrorLabel->setField(m_ui->passwordEdit, m_ui->passwordLabel);
    m_retryAction = new QAction(tr("&Retry"), this);
    m_ui->capsLockLabel->hide();
    m_ui->demoAccountsLabel->hide();
    m_ui->forgotPasswordResultLabel->hide();
    m_ui->busyIndicator->hide();
    showServerPanel(false);
    clearErrors();

    // What the dialog signs in to, and where: the heading, and the server named under it.
    QFont headingFont = m_ui->headingLabel->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_ui->headingLabel->setFont(headingFont);
    connect(m_ui->serverPanel, &ServerPanel::destinationChanged, this,
            [this] { m_ui->serverNameLabel->setText(m_ui->serverPanel->destination()); });

    const Settings &settings = m_flow->settings();
    m_ui->serverPanel->load(settings);
    m_ui->identityEdit->setText(settings.lastIdentity());
    m_ui->staySignedInCheck->setChecked(settings.staySignedIn());
    const DemoServer &demo = m_flow->demoServer();
    if (demo.baseUrl.isValid())
        setDemoServer(demo.baseUrl, demo.appId, demo.apiKey, demo.accounts);

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
    connect(m_ui->identityEdit, &QLineEdit::textEdited, this,
            [this] { showFieldError(ErrorCatalog::LoginIdentityField, QString()); });
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this,
            [this] { showFieldError(ErrorCatalog::LoginPasswordField, QString()); });
    connect(m_retryAction, &QAction::triggered, this, &LoginDialog::signIn);
}

LoginDialog::~LoginDialog()
{
    // A sign-in this dialog started stops with it, unheard.
    if (PendingCall *signingIn = m_signIn.data()) {
        signingIn->disconnect(this);
        if (m_flow)
            m_flow->cancel();
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

void LoginDialog::showMessage(MessageBanner::Type type, const QString &text)
{
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

std::optional<ServerChoice> LoginDialog::serverChoice(bool *usable)
{
    *usable = true;
    if (m_serverLocked)
        return std::nullopt; // the session being renewed belongs to the server already configured
    if (!m_ui->serverPanel->config().isValid()) { // the panel shows why
        showServerPanel(true);
        *usable = false;
        return std::nullopt;
    }
    return m_ui->serverPanel->choice();
}

void LoginDialog::signIn()
{
    if (!m_flow || m_signIn)
        return;
    clearErrors();
    bool usable = true;
    SignInFlow::Request request;
    request.server = serverChoice(&usable);
    if (!usable)
        return;
    request.identity = identity();
    request.password = m_ui->passwordEdit->text();
    request.staySignedIn = !m_reauthenticating && m_ui->staySignedInCheck->isChecked();
    request.renewing = m_reauthenticating;
    QWidget *focused = focusWidget();
    m_focusBeforeBusy = focused && focused->isEnabled() && focused != m_ui->cancelButton ? focused : m_ui->passwordEdit;
    PendingCall *call = m_flow->signIn(request);
    if (!call)
        return;
    m_signIn = call;
    setBusy(true);
    connect(call, &PendingCall::finished, this, [this, call] {
        m_signIn.clear();
        setBusy(false);
        if (call->error().isError())
            onSignInFailed(call->error());
        else
            onSignedIn();
    });
}

void LoginDialog::onSignedIn()
{
    m_ui->passwordEdit->clear();
    accept();
}

void LoginDialog::onSignInFailed(const Error &error)
{
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
        FieldMessage *first = placement.fields.constFirst() == ErrorCatalog::LoginIdentityField
            ? m_ui->identityErrorLabel
            : m_ui->passwordErrorLabel;
        first->focusField();
        return;
    }
    // Server settings is no button here: the panel below opens by itself (when the server may change).
    QList<QAction *> actions;
    if (placement.action == ErrorCatalog::Action::Retry)
        actions << m_retryAction;
    m_ui->messageBanner->showMessage(MessageBanner::Type::Error, placement.text, actions);
    if (placement.action == ErrorCatalog::Action::ServerSettings && !m_serverLocked) {
        showServerPanel(true);
        m_ui->serverPanel->focusCredentials();
    }
}

void LoginDialog::reject()
{
    if (m_signIn && m_flow) {
        m_flow->cancel(); // the sign-in's answer says Cancelled
        return;
    }
    QDialog::reject();
}

void LoginDialog::requestPasswordReset()
{
    if (!m_flow || m_reset)
        return;
    if (identity().isEmpty()) {
        showFieldError(ErrorCatalog::LoginIdentityField,
                       tr("Enter your %1 first; the reset link is sent there.")
                           .arg(m_ui->identityEdit->accessibleName().toLower()));
        m_ui->identityErrorLabel->focusField();
        return;
    }
    bool usable = true;
    const std::optional<ServerChoice> server = serverChoice(&usable);
    if (!usable)
        return;
    PendingCall *call = m_flow->requestPasswordReset(identity(), server);
    if (!call)
        return;
    m_reset = call;
    m_ui->forgotPasswordButton->setEnabled(false);
    m_ui->forgotPasswordResultLabel->setText(tr("Requesting a password reset…"));
    m_ui->forgotPasswordResultLabel->show();
    connect(call, &PendingCall::finished, this, [this, call] {
        m_reset.clear();
        m_ui->forgotPasswordButton->setEnabled(true);
        const Error error = call->error();
        // 3020 (no such account) reads like success: ErrorCatalog::passwordResetRequested().
        m_ui->forgotPasswordResultLabel->setText(error.isError() ? ErrorCatalog::text(error)
                                                                 : ErrorCatalog::passwordResetRequested());
    });
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->identityEdit), static_cast<QWidget *>(m_ui->passwordEdit),
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
    (field == ErrorCatalog::LoginIdentityField ? m_ui->identityErrorLabel : m_ui->passwordErrorLabel)->setMessage(text);
}

void LoginDialog::refreshIdentityLabel()
{
    if (!m_flow || m_reauthenticating)
        return;
    const Config config = m_ui->serverPanel->config();
    m_ui->serverPanel->showError(QString()); // a half-typed URL is not an error until Sign in
    if (!config.isValid())
        return;
    if (PendingCall *older = std::exchange(m_probe, nullptr).data())
        older->disconnect(this); // the server typed since is the one to label
    Call<QString> *call = m_flow->probeIdentityProperty(m_ui->serverPanel->choice());
    if (!call)
        return;
    m_probe = call;
    connect(call, &PendingCall::finished, this, [this, call] {
        m_probe.clear();
        if (!call->error().isError() && !call->result().isEmpty())
            setIdentityLabel(call->result());
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
