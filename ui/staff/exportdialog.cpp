#include "ui/staff/exportdialog.h"

#include "core/userproperties.h"
#include "models/propertylabels.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const QStringList &columns, const QStringList &checked, qint64 queryCount, int selectedCount,
                           QWidget *parent)
    : QDialog(parent)
    , m_csv(new QRadioButton(tr("&CSV"), this))
    , m_json(new QRadioButton(tr("&JSON"), this))
    , m_query(new QRadioButton(this))
    , m_selection(new QRadioButton(this))
    , m_columns(new QListWidget(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export users"));

    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QHBoxLayout(formatBox);
    formatLayout->addWidget(m_csv);
    formatLayout->addWidget(m_json);
    m_csv->setChecked(true);

    auto *usersBox = new QGroupBox(tr("Users"), this);
    auto *usersLayout = new QVBoxLayout(usersBox);
    m_query->setText(queryCount >= 0
                         ? tr("Every user of the current &query (%n)", nullptr, int(qMin<qint64>(queryCount, INT_MAX)))
                         : tr("Every user of the current &query"));
    m_selection->setText(tr("The &selected users (%n)", nullptr, selectedCount));
    m_selection->setEnabled(selectedCount > 0);
    (selectedCount > 1 ? m_selection : m_query)->setChecked(true);
    usersLayout->addWidget(m_query);
    usersLayout->addWidget(m_selection);

    auto *columnsLabel = new QLabel(tr("Colu&mns (the password is never exported):"), this);
    columnsLabel->setBuddy(m_columns);
    m_columns->setObjectName(QStringLiteral("columnList"));
    m_columns->setAccessibleName(tr("Columns to export"));
    QStringList offered;
    for (const QString &column : columns) {
        if (UserProperties::isSecret(column) || offered.contains(column))
            continue;
        offered << column;
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 (%2)").arg(PropertyLabels::label(column), column), m_columns);
        item->setData(Qt::UserRole, column);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(column) ? Qt::Checked : Qt::Unchecked);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!this->columns().isEmpty());
    };
    connect(m_columns, &QListWidget::itemChanged, this, updateOk);
    updateOk();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formatBox);
    layout->addWidget(usersBox);
    layout->addWidget(columnsLabel);
    layout->addWidget(m_columns);
    layout->addWidget(buttons);
}

UserExportRequest::Format ExportDialog::format() const
{
    return m_json->isChecked() ? UserExportRequest::Format::Json : UserExportRequest::Format::Csv;
}

bool ExportDialog::selectionOnly() const
{
    return m_selection->isChecked();
}

QStringList ExportDialog::columns() const
{
    QStringList result;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            result << m_columns->item(i)->data(Qt::UserRole).toString();
    }
    return result;
}
