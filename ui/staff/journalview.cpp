#include "ui/staff/journalview.h"
#include "ui_journalview.h"

#include "models/staff/journal.h"
#include "models/staff/journalcsv.h"
#include "models/staff/journalmodel.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/tablecolumns.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMetaEnum>
#include <QPointer>
#include <QStandardPaths>

JournalView::JournalView(Journal *journal, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JournalView>())
    , m_model(new JournalModel(journal, this))
    , m_filter(new JournalFilterModel(this))
    , m_chooser(fileDialogChooser())
{
    m_ui->setupUi(this);
    // The count line also says why a table is empty and what to try: it wraps and takes the width.
    m_ui->countLabel->setWordWrap(true);
    m_ui->bottomLayout->setStretchFactor(m_ui->countLabel, 1);
    m_filter->setSourceModel(m_model);
    m_ui->journalTable->setModel(m_filter);
    m_ui->journalTable->horizontalHeader()->setSortIndicator(JournalModel::WhenColumn, Qt::DescendingOrder);
    QHeaderView *header = m_ui->journalTable->horizontalHeader();
    // Sized for what they typically hold: a date and time whole, emails, a ticket-sized reason, a
    // result word. Longer text is elided, with the whole of it in the cell's tooltip.
    TableColumns::fitWidest(m_ui->journalTable, header, JournalModel::WhenColumn, TableColumns::dateTimeSamples());
    TableColumns::setWidths(header,
                            {{JournalModel::StaffColumn, 22},
                             {JournalModel::UserColumn, 22},
                             {JournalModel::ReasonColumn, 14},
                             {JournalModel::ResultColumn, 8},
                             {JournalModel::ServerColumn, 22}});
    // What changed is the longest text and the one a person reads: it takes the room there is
    // (its full text is also the cell's tooltip).
    header->setStretchLastSection(false);
    header->setSectionResizeMode(JournalModel::ChangesColumn, QHeaderView::Stretch);
    // Shown on request (the header's menu): who saved (in a journal on one's own computer, nearly
    // always oneself) and which server a save went to (when staff work on more than one).
    setHiddenColumns(defaultHiddenColumns());
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_ui->journalTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &at) { showColumnsMenu(header->mapToGlobal(at)); });
    connect(m_ui->journalTable, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { showColumnsMenu(m_ui->journalTable->viewport()->mapToGlobal(at)); });
    QHeaderView *rows = m_ui->journalTable->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    m_ui->resultCombo->addItem(tr("Any"), -1);
    m_ui->resultCombo->addItem(tr("Saved"), int(JournalEntry::Result::Saved));
    m_ui->resultCombo->addItem(tr("Failed"), int(JournalEntry::Result::Failed));
    m_ui->resultCombo->addItem(tr("Cancelled"), int(JournalEntry::Result::Cancelled));
    m_ui->resultCombo->addItem(tr("No answer"), int(JournalEntry::Result::Pending));

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &JournalFilterModel::setFilterText);
    connect(m_ui->resultCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setResultFilter(m_ui->resultCombo->currentData().toInt()); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString name = tr("edit-journal-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
        QPointer<JournalView> self(this);
        m_chooser(this, name, [self](const QString &path) {
            if (self && !path.isEmpty())
                self->exportTo(path);
        });
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &JournalView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &JournalView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &JournalView::updateCount);
    if (journal) {
        connect(journal, &Journal::writeFailed, this, [this](const QString &message) {
            m_ui->messageBanner->showMessage(MessageBanner::Type::Error, message);
        });
        if (journal->skippedLines() > 0)
            m_ui->messageBanner->showMessage(
                MessageBanner::Type::Warning,
                tr("%1 line(s) of the journal file could not be read and are not shown.").arg(journal->skippedLines()));
    }
    updateCount();
}

JournalView::~JournalView() = default;

void JournalView::setPathChooser(PathChooser chooser)
{
    m_chooser = chooser ? std::move(chooser) : fileDialogChooser();
}

JournalView::PathChooser JournalView::fileDialogChooser()
{
    return [](QWidget *parent, const QString &suggestedName, std::function<void(const QString &)> chosen) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        auto *dialog = new QFileDialog(parent, tr("Export the edit journal"), QDir(folder).filePath(suggestedName),
                                       tr("CSV files (*.csv)"));
        dialog->setObjectName(QStringLiteral("exportDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, dialog, [chosen](const QString &path) { chosen(path); });
        dialog->open();
    };
}

bool JournalView::exportTo(const QString &path)
{
    const QList<JournalEntry> entries = m_filter->visibleEntries();
    QString error;
    if (!JournalCsv::write(path, entries, &error)) {
        m_ui->messageBanner->showMessage(
            MessageBanner::Type::Error,
            tr("The journal could not be exported to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_ui->messageBanner->showMessage(
        MessageBanner::Type::Positive,
        tr("Exported %n entries to %1.", nullptr, int(entries.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

QStringList JournalView::defaultHiddenColumns()
{
    const QMetaEnum columns = QMetaEnum::fromType<JournalModel::Column>();
    return {QLatin1String(columns.valueToKey(JournalModel::StaffColumn)),
            QLatin1String(columns.valueToKey(JournalModel::ServerColumn))};
}

QStringList JournalView::hiddenColumns() const
{
    const QMetaEnum columns = QMetaEnum::fromType<JournalModel::Column>();
    QStringList names;
    for (int column = 0; column < JournalModel::ColumnCount; ++column) {
        if (m_ui->journalTable->isColumnHidden(column))
            names << QLatin1String(columns.valueToKey(column));
    }
    return names;
}

void JournalView::setHiddenColumns(const QStringList &names)
{
    const QMetaEnum columns = QMetaEnum::fromType<JournalModel::Column>();
    // What changed is the reason to open the journal: it stays, whatever a settings file says.
    for (int column = 0; column < JournalModel::ColumnCount; ++column)
        m_ui->journalTable->setColumnHidden(
            column, column != JournalModel::ChangesColumn && names.contains(QLatin1String(columns.valueToKey(column))));
}

void JournalView::showColumnsMenu(const QPoint &globalPosition)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("Show columns"));
    for (int column = 0; column < JournalModel::ColumnCount; ++column) {
        QAction *action = menu->addAction(m_filter->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_ui->journalTable->isColumnHidden(column));
        action->setEnabled(column != JournalModel::ChangesColumn);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_ui->journalTable->setColumnHidden(column, !shown);
            Q_EMIT hiddenColumnsChanged(hiddenColumns());
        });
    }
    menu->popup(globalPosition);
}

void JournalView::updateCount()
{
    // An empty table says why it is empty and what to do, instead of staying blank.
    if (m_model->rowCount() == 0)
        m_ui->countLabel->setText(tr("No staff edits are recorded yet. Each save in a user's tab adds one here."));
    else if (m_filter->rowCount() == 0)
        m_ui->countLabel->setText(
            tr("No entries match the filter. Clear it to see all %n entries.", nullptr, m_model->rowCount()));
    else
        m_ui->countLabel->setText(tr("Entries: %1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}
