#include "ui/editor/conflictdialog.h"
#include "ui_conflictdialog.h"

#include "models/profile/usermodel.h"
#include "models/propertyvalue.h"
#include "ui/editor/fieldeditors.h"

#include <QButtonGroup>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

namespace {
constexpr int KeepMineId = 0;
constexpr int TakeServerId = 1;
} // namespace

ConflictDialog::ConflictDialog(const QList<Conflict> &conflicts, const UserModel *model, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
    , m_conflicts(conflicts)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("conflictSaveButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("conflictCancelButton"));

    QWidget *previous = m_ui->explanationLabel;
    int gridRow = 1;
    for (const Conflict &conflict : std::as_const(m_conflicts)) {
        QString label = conflict.name;
        QString mine = ReadOnlyFieldEditor::displayText(conflict.editedValue);
        QString server = ReadOnlyFieldEditor::displayText(conflict.serverValue);
        const int modelRow = model ? model->rowOf(conflict.name) : -1;
        if (modelRow >= 0) {
            label = model->index(modelRow).data(UserModel::LabelRole).toString();
            const PropertyDef *def = model->schema().find(conflict.name);
            if (def) {
                mine = PropertyValue::display(*def, conflict.editedValue);
                server = PropertyValue::display(*def, conflict.serverValue);
            }
        }
        auto *nameLabel = new QLabel(label, this);
        auto *mineRadio = new QRadioButton(mine.isEmpty() ? tr("(empty)") : mine, this);
        auto *serverRadio = new QRadioButton(server.isEmpty() ? tr("(empty)") : server, this);
        mineRadio->setObjectName(QStringLiteral("keepMine_") + conflict.name);
        serverRadio->setObjectName(QStringLiteral("takeServer_") + conflict.name);
        mineRadio->setAccessibleName(tr("%1: keep your value").arg(label));
        serverRadio->setAccessibleName(tr("%1: take the server's value").arg(label));
        mineRadio->setChecked(true);
        auto *group = new QButtonGroup(this);
        group->addButton(mineRadio, KeepMineId);
        group->addButton(serverRadio, TakeServerId);
        m_groups.insert(conflict.name, group);
        m_ui->conflictsLayout->addWidget(nameLabel, gridRow, 0);
        m_ui->conflictsLayout->addWidget(mineRadio, gridRow, 1);
        m_ui->conflictsLayout->addWidget(serverRadio, gridRow, 2);
        setTabOrder(previous, mineRadio);
        setTabOrder(mineRadio, serverRadio);
        previous = serverRadio;
        ++gridRow;
    }
    setTabOrder(previous, m_ui->keepAllMineButton);
    setTabOrder(m_ui->keepAllMineButton, m_ui->takeAllServerButton);
    setTabOrder(m_ui->takeAllServerButton, m_ui->buttonBox);

    connect(m_ui->keepAllMineButton, &QPushButton::clicked, this, [this] { chooseAll(ConflictChoice::KeepMine); });
    connect(m_ui->takeAllServerButton, &QPushButton::clicked, this, [this] { chooseAll(ConflictChoice::TakeServer); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // As tall as its rows, not the .ui's 300 pixels with the rest spread in gaps between them.
    resize(width(), sizeHint().height());
}

ConflictDialog::~ConflictDialog() = default;

QHash<QString, ConflictChoice> ConflictDialog::choices() const
{
    QHash<QString, ConflictChoice> result;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        result.insert(it.key(),
                      it.value()->checkedId() == TakeServerId ? ConflictChoice::TakeServer : ConflictChoice::KeepMine);
    return result;
}

void ConflictDialog::chooseAll(ConflictChoice choice)
{
    const int id = choice == ConflictChoice::TakeServer ? TakeServerId : KeepMineId;
    for (QButtonGroup *group : std::as_const(m_groups))
        group->button(id)->setChecked(true);
}
