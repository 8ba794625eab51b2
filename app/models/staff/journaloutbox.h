#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "core/error.h"

class DataService;
class Journal;
class PendingCall;

// Sends the local journal's unsent entries (its outbox, Journal::unsent) of one server to the team
// journal's table, POST /data/ProfileDeskJournal, one at a time, oldest first, and marks each sent
// once the server has acknowledged it (Journal::markSent). It sends when an entry gets its result,
// when flush() is called (the Journal tab's successful refresh), and on a timer after a failure,
// backing off from 2 s to 60 s, so an entry made while the server was unreachable arrives once it
// is back and is never lost: until acknowledged, it stays in the file, across restarts. The
// acknowledged entries are dropped from the file (Journal::compact) when an outbox starts (what
// earlier runs sent) and whenever CompactAfter of them have gathered: the file does not only grow,
// and this run's entries stay readable locally meanwhile.
//
// Never twice: Backendless has no idempotent create (a save without objectId always creates). So an
// entry whose earlier send may have reached the server (no answer came: network error, timeout,
// cancel; or sent by an earlier run of the app, which may have ended before its "sent" line) is
// first looked for, GET /data/ProfileDeskJournal/count?where=entryId='…', and only sent when the
// server has none. An entry the server refused (a Backendless error answer) was not written and is
// sent again as it is. One check per uncertain entry, none on the ordinary path.
class JournalOutbox : public QObject
{
    Q_OBJECT
public:
    static constexpr int FirstRetryMs = 2000;
    static constexpr int MaxRetryMs = 60000;
    static constexpr int CompactAfter = 100;

    // `server`: Config::serverKey() of the server `data` talks to; only its entries are sent.
    JournalOutbox(Journal *journal, DataService *data, const QString &server, QObject *parent = nullptr);
    ~JournalOutbox() override;

    // Sends what is waiting, now (unless paused or a send is in flight).
    void flush();
    // While the session needs credentials nothing is sent; resuming flushes.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isBusy() const { return !m_current.isEmpty(); }
    // Entries of this server still to send (those still waiting for their result included).
    int pendingCount() const;
    // Why the last send failed (none after a success).
    Error lastError() const { return m_lastError; }
    int retryDelayMs() const { return m_retryMs; }

Q_SIGNALS:
    // The pending count or the last error changed.
    void changed();

private:
    void sendNext();
    void post(const QString &id);
    void failed(const QString &id, const Error &error);
    void succeeded(const QString &id);
    void compactSent(); // drops the acknowledged entries from the file

    QPointer<Journal> m_journal;
    DataService *m_data;
    QString m_server;
    QSet<QString> m_uncertain; // may be on the server already: look before sending
    QString m_current; // the entry in flight
    QPointer<PendingCall> m_call;
    QTimer m_retry;
    int m_retryMs = FirstRetryMs;
    bool m_paused = false;
    Error m_lastError;
};
