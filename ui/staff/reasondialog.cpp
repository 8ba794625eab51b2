#include "ui/staff/reasondialog.h"
#include "ui_reasondialog.h"

#include "models/propertylabels.h"

#include <QLocale>
#include <QPointer>
#include <QPushButton>

ReasonDialog::ReasonDialog(const ReasonRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReasonDialog>())
{
    m_ui->setupUi(this);
    const QString who = request.userIdentity.isEmpty() ? request.userId : request.userIdentity;
    // The fields as the form labels them ("Address"), not by their wire names ("address").
    QStringList labels;
    for (const QString &field : request.fields)
        labels << PropertyLabels::label(field);
    m_ui->summaryLabel->setText(
        request.fields.isEmpty()
            ? tr("You are saving the profile of %1.").arg(who)
            : tr("You are changing %1 in the profile of %2.").arg(QLocale().createSeparatedList(labels), who));
    m_ui->reasonEdit->setText(request.previousReason);
    m_ui->reasonEdit->selectAll();
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &ReasonDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

ReasonDialog::~ReasonDialog() = default;

QString ReasonDialog::reason() const
{
    return m_ui->reasonEdit->text().trimmed();
}

void ReasonDialog::setReason(const QString &reason)
{
    m_ui->reasonEdit->setText(reason);
}

void ReasonDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!reason().isEmpty());
}

ReasonAsker ReasonDialog::asker(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    return [owner](const ReasonRequest &request, std::function<void(const QString &)> answer) -> QObject * {
        auto *dialog = new ReasonDialog(request, owner);
        dialog->setObjectName(QStringLiteral("reasonDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // finished() comes once for Save, Cancel, Escape and closing the window alike.
        connect(dialog, &QDialog::finished, dialog,
                [dialog, answer](int result) { answer(result == QDialog::Accepted ? dialog->reason() : QString()); });
        dialog->open();
        return dialog;
    };
}
