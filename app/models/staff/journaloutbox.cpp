#include "models/staff/journaloutbox.h"

#include "core/dataservice.h"
#include "models/staff/journal.h"

namespace {

const QString Table = QStringLiteral("ProfileDeskJournal");

// The request may have reached the server although no answer came back.
bool mayHaveArrived(const Error &error)
{
    return error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout
        || error.kind == Error::Kind::Cancelled || error.kind == Error::Kind::Protocol;
}

} // namespace

JournalOutbox::JournalOutbox(Journal *journal, DataService *data, const QString &server, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_data(data)
    , m_server(server)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &JournalOutbox::flush);
    if (!m_journal)
        return;
    // What an earlier run left unsent may have arrived before it ended.
    // What earlier runs had acknowledged leaves the file first.
    compactSent();
    const QList<JournalEntry> left = m_journal->unsent(m_server, true);
    for (const JournalEntry &entry : left)
        m_uncertain.insert(entry.id);
    connect(m_journal, &Journal::entryChanged, this, [this] {
        // A result recorded (or an entry sent): send what is ready, after the current event.
        QTimer::singleShot(0, this, &JournalOutbox::flush);
    });
    connect(m_journal, &Journal::entryAdded, this, &JournalOutbox::changed);
    QTimer::singleShot(0, this, &JournalOutbox::flush);
}

JournalOutbox::~JournalOutbox()
{
    if (m_call)
        m_call->cancel();
}

int JournalOutbox::pendingCount() const
{
    return m_journal ? int(m_journal->unsent(m_server, false).size()) : 0;
}

void JournalOutbox::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        flush();
}

void JournalOutbox::flush()
{
    if (m_paused || isBusy() || !m_journal)
        return;
    m_retry.stop();
    sendNext();
}

void JournalOutbox::sendNext()
{
    const QList<JournalEntry> ready = m_journal ? m_journal->unsent(m_server, true) : QList<JournalEntry>();
    if (ready.isEmpty() || m_paused) {
        Q_EMIT changed();
        return;
    }
    const QString id = ready.constFirst().id;
    m_current = id;
    if (!m_uncertain.contains(id)) {
        post(id);
        return;
    }
    auto *call = m_data->count(Table, QStringLiteral("entryId = ") + DataService::quoted(id));
    m_call = call;
    connect(call, &PendingCall::finished, this, [this, call, id] {
        if (call->error().isError()) {
            failed(id, call->error());
        } else if (call->result() > 0) {
            succeeded(id); // it did arrive: acknowledged, not sent again
        } else {
            m_uncertain.remove(id);
            post(id);
        }
    });
}

void JournalOutbox::post(const QString &id)
{
    const int i = m_journal ? m_journal->indexOf(id) : -1;
    if (i < 0) {
        m_current.clear();
        return;
    }
    auto *call = m_data->create(Table, m_journal->entries().at(i).toServerJson());
    m_call = call;
    connect(call, &PendingCall::finished, this, [this, call, id] {
        if (call->error().isError()) {
            if (mayHaveArrived(call->error()))
                m_uncertain.insert(id);
            failed(id, call->error());
        } else {
            succeeded(id);
        }
    });
}

void JournalOutbox::succeeded(const QString &id)
{
    m_current.clear();
    m_uncertain.remove(id);
    m_retryMs = FirstRetryMs;
    m_lastError = Error();
    if (m_journal)
        m_journal->markSent(id); // its entryChanged flushes the next one
    if (m_journal && m_journal->sentCount() >= CompactAfter)
        compactSent();
    Q_EMIT changed();
}

void JournalOutbox::compactSent()
{
    // The acknowledged entries leave the file (Journal::compact keeps everything else, unsent and
    // open entries, other servers' included).
    if (m_journal && m_journal->sentCount() > 0)
        m_journal->compact();
}

void JournalOutbox::failed(const QString &, const Error &error)
{
    m_current.clear();
    m_lastError = error;
    // A session that ended is resumed by the Session (setPaused); everything else is retried.
    m_retry.start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, MaxRetryMs);
    Q_EMIT changed();
}
