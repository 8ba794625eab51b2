#include "models/staff/journalmodel.h"

#include "models/displaytext.h"

JournalModel::JournalModel(TeamJournal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{
    const auto reset = [this] {
        beginResetModel();
        m_entries = m_journal ? m_journal->entries() : QList<JournalEntry>();
        m_unsent = m_journal ? m_journal->unsentCount() : 0;
        endResetModel();
    };
    reset();
    if (journal)
        connect(journal, &TeamJournal::changed, this, reset);
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
    case UnsentRole:
        return isUnsent(index.row());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            // The first column says it too, so the mark is seen without scrolling to Result.
            return isUnsent(index.row()) ? tr("%1 · not sent").arg(DisplayText::dateTime(entry.when))
                                         : DisplayText::dateTime(entry.when);
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
            // Not yet on the server: said in words, so a screen reader reads it too.
            return isUnsent(index.row()) ? tr("%1 · not sent to the server yet").arg(entry.resultText())
                                         : entry.resultText();
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
