#include "ui/staff/journalview.h"
#include "ui_journalview.h"

#include "models/staff/journal.h"
#include "models/staff/journalcsv.h"
#include "models/staff/journalmodel.h"
#include "models/staff/journaloutbox.h"
#include "models/staff/teamjournal.h"
#include "protocol/backendlesscodes.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/tablecolumns.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMetaEnum>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

JournalView::JournalView(TeamJournal *journal, JournalOutbox *outbox, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JournalView>())
    , m_journal(journal)
    , m_outbox(outbox)
    , m_model(new JournalModel(journal, this))
    , m_filterDelay(new QTimer(this))
    , m_signInAction(new QAction(tr("Si&gn in again…"), this))
    , m_chooser(fileDialogChooser())
{
    connect(m_signInAction, &QAction::triggered, this, &JournalView::signInRequested);
    m_ui->setupUi(this);
    // The count line also says why a table is empty and what to try: it wraps and takes the width.
    m_ui->countLabel->setWordWrap(true);
    m_ui->bottomLayout->setStretchFactor(m_ui->countLabel, 1);
    m_ui->journalTable->setModel(m_model);
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
    // Shown on request (the header's menu, remembered): who saved and which server a save went to.
    // At the default width two email columns and a reason do not fit beside what changed; the
    // filter finds a colleague's entries by their email either way.
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

    // The filter is a server query: sent once typing pauses, not at every keystroke.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &JournalView::applyFilter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_ui->resultCombo, &QComboBox::currentIndexChanged, this, &JournalView::applyFilter);
    connect(m_ui->previousButton, &QPushButton::clicked, m_journal, &TeamJournal::previousPage);
    connect(m_ui->nextButton, &QPushButton::clicked, m_journal, &TeamJournal::nextPage);
    connect(m_ui->refreshButton, &QPushButton::clicked, m_journal, &TeamJournal::refresh);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString name = tr("edit-journal-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
        QPointer<JournalView> self(this);
        m_chooser(this, name, [self](const QString &path) {
            if (self && !path.isEmpty())
                self->exportTo(path);
        });
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalView::updateCount);
    connect(m_journal, &TeamJournal::loadingChanged, this, &JournalView::updateCount);
    connect(m_journal, &TeamJournal::failed, this, &JournalView::showError);
    connect(m_journal, &TeamJournal::pageLoaded, this, [this] {
        // The server answers again: a failure's message (or its Sign in again…) is no longer true.
        if (m_ui->messageBanner->isVisible() && m_ui->messageBanner->type() != MessageBanner::Type::Positive)
            m_ui->messageBanner->dismiss();
    });
    if (m_outbox)
        connect(m_outbox, &JournalOutbox::changed, this, &JournalView::updateCount);
    m_journal->refresh();
    updateCount();
}

void JournalView::applyFilter()
{
    m_filterDelay->stop();
    m_journal->setFilter(m_ui->filterEdit->text(), m_ui->resultCombo->currentData().toInt());
}

void JournalView::showError(const Error &error)
{
    QString text;
    if (error.endsSession()) {
        m_ui->messageBanner->showMessage(MessageBanner::Type::Warning,
                                         tr("Your session ended. Sign in again to read the team journal."),
                                         {m_signInAction});
        return;
    }
    if (error.kind == Error::Kind::Server && error.code == ErrorCode::UnknownTable)
        text = tr("This app has no ProfileDeskJournal table yet, so the team's journal cannot be read or written. "
                  "Create it as the README says (\"The team journal\"); until then edits stay in this PC's outbox.");
    else if (error.kind == Error::Kind::Server && error.code == ErrorCode::NoFindPermission)
        text = tr("Your account may not read the team journal: the table ProfileDeskJournal needs the FIND "
                  "permission for the role SupportStaff.");
    else
        text = tr("The team journal could not be read: %1").arg(error.displayText());
    m_ui->messageBanner->showMessage(MessageBanner::Type::Error, text);
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
    const QList<JournalEntry> entries = m_model->entries();
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
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
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
    m_ui->previousButton->setEnabled(m_journal->offset() > 0);
    m_ui->nextButton->setEnabled(m_journal->hasNextPage());
    const int waiting = m_outbox ? m_outbox->pendingCount() : m_journal->unsentCount();
    const QString outbox = waiting > 0 ? QLatin1Char(' ')
            + tr("Entries of this PC not on the server yet: %n. They are sent when it can be reached.", nullptr,
                 waiting)
                                       : QString();
    // An empty table says why it is empty and what to do, instead of staying blank.
    if (m_journal->isLoading() && m_model->rowCount() == 0)
        m_ui->countLabel->setText(tr("Reading the team journal…"));
    else if (m_model->rowCount() == 0 && m_journal->filterText().isEmpty() && m_journal->resultFilter() < 0)
        m_ui->countLabel->setText(tr("No staff edits are recorded yet. Each save in a user's tab adds one here."));
    else if (m_model->rowCount() == 0)
        m_ui->countLabel->setText(tr("No entries match the filter. Clear it to see all entries."));
    else
        m_ui->countLabel->setText(tr("Entries %1–%2 of the team journal.")
                                      .arg(m_journal->offset() + 1)
                                      .arg(m_journal->offset() + m_journal->serverCount())
                                  + outbox);
}
