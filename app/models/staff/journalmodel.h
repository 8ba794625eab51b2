#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QSortFilterProxyModel>

#include "models/staff/journal.h"

// The edit journal as a table (one row per save, oldest first), live: rows appear and results
// change as Journal records them.
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
        SortRole, // QDateTime for When, else the display text
        SearchTextRole, // everything a filter looks at, one string
    };

    explicit JournalModel(Journal *journal, QObject *parent = nullptr);

    JournalEntry entry(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<Journal> m_journal;
    QList<JournalEntry> m_entries;
};

// What the journal view shows: entries whose text contains every word typed (user, staff, field,
// reason, value; case-insensitive), optionally of one result only; newest first by default.
class JournalFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit JournalFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }
    // -1 = any result, else a JournalEntry::Result.
    void setResultFilter(int result);
    int resultFilter() const { return m_result; }

    // The entries shown, in the shown order (what an export writes).
    QList<JournalEntry> visibleEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    int m_result = -1;
};
