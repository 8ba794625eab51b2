#include "models/staff/teamjournal.h"

#include "core/dataservice.h"

#include <QJsonObject>

#include <algorithm>

TeamJournal::TeamJournal(Journal *local, DataService *data, const QString &server, QObject *parent)
    : QObject(parent)
    , m_local(local)
    , m_data(data)
    , m_server(server)
{
    if (m_local) {
        const auto localChanged = [this] {
            collectUnsent();
            Q_EMIT changed();
        };
        connect(m_local, &Journal::entryAdded, this, localChanged);
        connect(m_local, &Journal::entryChanged, this, localChanged);
        connect(m_local, &Journal::reloaded, this, localChanged);
        // Acknowledged: it now comes from the server.
        connect(m_local, &Journal::entrySent, this, &TeamJournal::refresh);
    }
    collectUnsent();
}

TeamJournal::~TeamJournal()
{
    if (m_call)
        m_call->cancel();
}

QString TeamJournal::whereClause(const QStringList &words, int result)
{
    QStringList terms;
    for (const QString &word : words) {
        QStringList columns;
        for (const char *column : {"userIdentity", "staff", "reason", "changes"})
            columns << DataService::whereLike(QLatin1String(column), word, DataService::Match::Contains);
        terms << QLatin1Char('(') + columns.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    if (result >= 0)
        terms << QStringLiteral("result = ")
                + DataService::quoted(JournalEntry::resultName(JournalEntry::Result(result)));
    return terms.join(QLatin1String(" AND "));
}

void TeamJournal::setFilter(const QString &text, int result)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_result = result;
    m_offset = 0;
    collectUnsent();
    Q_EMIT changed();
    query();
}

void TeamJournal::refresh()
{
    query();
}

void TeamJournal::nextPage()
{
    if (!hasNextPage())
        return;
    m_offset += PageSize;
    query();
}

void TeamJournal::previousPage()
{
    if (m_offset == 0)
        return;
    m_offset = qMax(0, m_offset - PageSize);
    query();
}

void TeamJournal::query()
{
    if (m_call)
        m_call->cancel();
    DataQuery request;
    request.where = whereClause(m_words, m_result);
    request.pageSize = PageSize;
    request.offset = m_offset;
    // Newest first; objectId breaks ties so that pages never overlap.
    request.sortBy = {QStringLiteral("created desc"), QStringLiteral("objectId desc")};
    auto *call = m_data->find(tableName(), request);
    m_call = call;
    Q_EMIT loadingChanged(true);
    connect(call, &PendingCall::finished, this, [this, call] {
        if (m_call == call)
            m_call.clear();
        if (call->error().kind == Error::Kind::Cancelled)
            return;
        Q_EMIT loadingChanged(false);
        m_error = call->error();
        if (m_error.isError()) {
            Q_EMIT failed(m_error);
            return;
        }
        m_serverEntries.clear();
        const QJsonArray rows = call->result();
        for (const QJsonValue &row : rows) {
            bool ok = false;
            JournalEntry entry = JournalEntry::fromServerJson(row.toObject(), &ok);
            if (!ok)
                continue; // a row written by something else than ProfileDesk
            entry.server = m_server;
            m_serverEntries.append(entry);
        }
        collectUnsent();
        Q_EMIT changed();
        Q_EMIT pageLoaded();
    });
}

bool TeamJournal::matches(const JournalEntry &entry) const
{
    if (m_result >= 0 && int(entry.result) != m_result)
        return false;
    const QString text = entry.userIdentity + QLatin1Char('\n') + entry.staff + QLatin1Char('\n') + entry.reason
        + QLatin1Char('\n') + entry.changesText();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
}

void TeamJournal::collectUnsent()
{
    m_unsent.clear();
    if (!m_local)
        return;
    const QList<JournalEntry> unsent = m_local->unsent(m_server, false);
    for (auto it = unsent.crbegin(); it != unsent.crend(); ++it) {
        // Sent meanwhile and on this page already: shown once, as the server's.
        const bool onPage = std::any_of(m_serverEntries.cbegin(), m_serverEntries.cend(),
                                        [&it](const JournalEntry &shown) { return shown.id == it->id; });
        if (!onPage && matches(*it))
            m_unsent.append(*it);
    }
}
