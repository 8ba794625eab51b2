#include "ui/shell/aboutdialog.h"
#include "ui_aboutdialog.h"

#include <QEvent>
#include <QIcon>
#include <QPushButton>
#include <QtGlobal>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The application's icon, as main() set it from the icon theme; without one the text stands alone.
    const QIcon icon = windowIcon();
    m_ui->iconLabel->setVisible(!icon.isNull());
    if (!icon.isNull())
        m_ui->iconLabel->setPixmap(icon.pixmap(64, 64));

    showTexts();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::setServer(const QString &server)
{
    m_server = server;
    showTexts();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showTexts();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::showTexts()
{
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(PROFILEDESK_VERSION)));
    m_ui->qtVersionLabel->setText(
        tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_ui->serverValueLabel->setText(m_server.isEmpty() ? tr("Not connected") : m_server);
}
