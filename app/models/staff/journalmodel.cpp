#include "models/staff/journalmodel.h"

#include "models/displaytext.h"

JournalModel::JournalModel(Journal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
    , m_entries(journal ? journal->entries() : QList<JournalEntry>())
{
    if (!journal)
        return;
    connect(journal, &Journal::entryAdded, this, [this](int index) {
        beginInsertRows(QModelIndex(), index, index);
        m_entries.insert(index, m_journal->entries().at(index));
        endInsertRows();
    });
    connect(journal, &Journal::entryChanged, this, [this](int index) {
        m_entries[index] = m_journal->entries().at(index);
        Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    });
    connect(journal, &Journal::reloaded, this, [this] {
        beginResetModel();
        m_entries = m_journal->entries();
        endResetModel();
    });
}

JournalEntry JournalModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : JournalEntry();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return entry.id;
    case ResultRole:
        return int(entry.result);
    case SearchTextRole:
        return QStringList{entry.staff,         entry.server, entry.userId,      entry.userIdentity,
                           entry.changesText(), entry.reason, entry.resultText()}
            .join(QLatin1Char('\n'));
    case SortRole:
        if (index.column() == WhenColumn)
            return entry.when;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            return DisplayText::dateTime(entry.when);
        case StaffColumn:
            return entry.staff;
        case UserColumn:
            return role == Qt::ToolTipRole ? tr("%1 (id %2)").arg(entry.userIdentity, entry.userId)
                                           : entry.userIdentity;
        case ChangesColumn:
            return entry.changesText();
        case ReasonColumn:
            return entry.reason;
        case ResultColumn:
            return entry.resultText();
        case ServerColumn:
            return entry.server;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case StaffColumn:
        return tr("Staff");
    case UserColumn:
        return tr("User");
    case ChangesColumn:
        return tr("Changes");
    case ReasonColumn:
        return tr("Reason");
    case ResultColumn:
        return tr("Result");
    case ServerColumn:
        return tr("Server");
    }
    return QVariant();
}

// ---- JournalFilterModel ----

JournalFilterModel::JournalFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JournalModel::SortRole);
    setDynamicSortFilter(true);
    sort(JournalModel::WhenColumn, Qt::DescendingOrder);
}

void JournalFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void JournalFilterModel::setResultFilter(int result)
{
    if (result == m_result)
        return;
    m_result = result;
    invalidateFilter();
}

bool JournalFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_result >= 0 && index.data(JournalModel::ResultRole).toInt() != m_result)
        return false;
    const QString haystack = index.data(JournalModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QList<JournalEntry> JournalFilterModel::visibleEntries() const
{
    QList<JournalEntry> entries;
    const auto *journal = qobject_cast<const JournalModel *>(sourceModel());
    if (!journal)
        return entries;
    for (int row = 0; row < rowCount(); ++row)
        entries << journal->entry(mapToSource(index(row, 0)).row());
    return entries;
}
