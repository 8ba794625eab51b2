#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/error.h"
#include "models/staff/journal.h"

class DataService;
class PendingCall;

// The whole team's journal as the Journal tab shows it: one page of the server's table
// (GET /data/ProfileDeskJournal?where=…&pageSize&offset&sortBy=created desc), filtered ON THE
// SERVER by the words typed (each in the user, staff, reason or changes) and the result; and before
// it, this PC's entries the server has not acknowledged yet (the outbox), filtered alike here and
// marked as not sent. Each query is its own call; a newer one cancels the one in flight.
class TeamJournal : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50;
    static QString tableName() { return QStringLiteral("ProfileDeskJournal"); }

    TeamJournal(Journal *local, DataService *data, const QString &server, QObject *parent = nullptr);
    ~TeamJournal() override;

    // -1 = any result, else a JournalEntry::Result. Back to the first page; queries again.
    void setFilter(const QString &text, int result);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }
    int resultFilter() const { return m_result; }
    // The where clause of a filter ("" = every entry). Each word in any of the searched columns.
    static QString whereClause(const QStringList &words, int result);

    void refresh();
    void nextPage();
    void previousPage();
    int offset() const { return m_offset; }
    bool hasNextPage() const { return m_serverEntries.size() == PageSize; }
    bool isLoading() const { return !m_call.isNull(); }
    Error lastError() const { return m_error; }

    // What is shown: the unsent local entries (newest first), then the server's page.
    QList<JournalEntry> entries() const { return m_unsent + m_serverEntries; }
    int unsentCount() const { return int(m_unsent.size()); }
    int serverCount() const { return int(m_serverEntries.size()); }

Q_SIGNALS:
    void changed(); // entries() changed
    void loadingChanged(bool loading);
    // A page came back (the server is reachable with this session: the outbox may send).
    void pageLoaded();
    void failed(const Error &error);

private:
    void query();
    void collectUnsent();
    bool matches(const JournalEntry &entry) const;

    QPointer<Journal> m_local;
    DataService *m_data;
    QString m_server;
    QStringList m_words;
    int m_result = -1;
    int m_offset = 0;
    QList<JournalEntry> m_unsent;
    QList<JournalEntry> m_serverEntries;
    QPointer<PendingCall> m_call;
    Error m_error;
};
