#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "models/staff/teamjournal.h"

// The team journal as the Journal tab's table: this PC's entries not yet on the server first
// (marked), then the server's page, in TeamJournal's order (newest first). It follows TeamJournal:
// a new page or a new local entry resets it.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        StaffColumn,
        UserColumn,
        ChangesColumn,
        ReasonColumn,
        ResultColumn,
        ServerColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // QString
        ResultRole, // int JournalEntry::Result
        UnsentRole, // bool: still in this PC's outbox
    };

    explicit JournalModel(TeamJournal *journal, QObject *parent = nullptr);

    JournalEntry entry(int row) const;
    bool isUnsent(int row) const { return row >= 0 && row < m_unsent; }
    // Every row, in the shown order (what an export writes).
    QList<JournalEntry> entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<TeamJournal> m_journal;
    QList<JournalEntry> m_entries;
    int m_unsent = 0;
};
