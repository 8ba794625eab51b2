#include "models/staff/directorypager.h"

#include "core/dataservice.h"
#include "core/pendingcall.h"
#include "core/user.h"
#include "models/session/session.h"

DirectoryPager::DirectoryPager(DataService *data, QObject *parent)
    : QObject(parent)
    , m_data(data)
{ }

DirectoryPager::~DirectoryPager()
{
    abort();
}

void DirectoryPager::setSession(Session *session)
{
    m_session = session;
}

bool DirectoryPager::mayAsk()
{
    if (!m_session || m_session->isActive())
        return true;
    // Signed out (Ended): nobody will sign in for this query; it is simply not asked.
    if (m_session->state() == Session::State::NeedsCredentials)
        fail(m_session->endReason());
    return false;
}

void DirectoryPager::reset(const DirectoryQuery &query)
{
    abort();
    m_loadedIds.clear();
    m_offset = 0;
    m_query = query;
    m_started = true;
    m_exhausted = false;
    m_lastError = Error();
}

void DirectoryPager::start()
{
    if (m_total != -1) {
        m_total = -1;
        Q_EMIT totalCountChanged(m_total);
    }
    if (!mayAsk())
        return;
    requestCount();
    fetchPage();
}

void DirectoryPager::abort()
{
    // Cancelling makes a call finish (Kind::Cancelled) synchronously: let go of it first, so that
    // no handler runs for a query that is no longer asked.
    for (PendingCall *call : {static_cast<PendingCall *>(std::exchange(m_pageCall, nullptr).data()),
                              static_cast<PendingCall *>(std::exchange(m_countCall, nullptr).data())}) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    Q_EMIT callsChanged();
}

void DirectoryPager::fetchPage()
{
    if (!m_data || m_pageCall || m_exhausted || !mayAsk())
        return;
    DataQuery query;
    query.where = m_query.whereClause();
    query.pageSize = PageSize;
    query.offset = m_offset;
    query.sortBy = m_query.sortKeys();
    query.props = m_query.requestedProperties();
    UsersCall *call = m_data->find(query);
    m_pageCall = call;
    connect(call, &PendingCall::finished, this, [this, call] { onPage(call); });
    Q_EMIT callsChanged();
}

void DirectoryPager::requestCount()
{
    if (!m_data)
        return;
    CountCall *call = m_data->count(m_query.whereClause());
    m_countCall = call;
    connect(call, &PendingCall::finished, this, [this, call] { onCount(call); });
    Q_EMIT callsChanged();
}

void DirectoryPager::onPage(UsersCall *call)
{
    if (call->error().isError()) {
        m_pageCall = nullptr;
        fail(call->error());
        return;
    }
    const QList<User> page = call->result();
    QList<User> users;
    for (const User &user : page) {
        if (!m_loadedIds.contains(user.objectId())) {
            m_loadedIds.insert(user.objectId());
            users.append(user);
        }
    }
    const int first = int(m_loadedIds.size() - users.size());
    m_offset += int(page.size());
    // Settled before the views hear of the users (see usersArrived()).
    m_exhausted = page.size() < PageSize || (m_total >= 0 && m_offset >= m_total);
    if (!users.isEmpty())
        Q_EMIT usersArrived(first, users);
    m_pageCall = nullptr;
    Q_EMIT callsChanged();
    Q_EMIT pageLoaded(first, int(users.size()));
}

void DirectoryPager::onCount(CountCall *call)
{
    m_countCall = nullptr;
    if (call->error().isError()) {
        fail(call->error());
        return;
    }
    m_total = call->result();
    if (m_offset >= m_total && !m_pageCall)
        m_exhausted = true;
    Q_EMIT callsChanged();
    Q_EMIT totalCountChanged(m_total);
}

void DirectoryPager::fail(const Error &error)
{
    if (error.kind == Error::Kind::Cancelled)
        return Q_EMIT callsChanged();
    // No more automatic fetches after a failure: scrolling must not hammer a refusing server.
    // A new query (a new search, a sort, the Retry button) starts over.
    m_exhausted = true;
    // Find and count usually fail alike (one permission covers both): the person hears it once.
    const bool firstForThisQuery = !m_lastError.isError();
    m_lastError = error;
    Q_EMIT callsChanged();
    if (firstForThisQuery)
        Q_EMIT errorOccurred(error);
}

bool DirectoryPager::isEmptyWithoutSearch() const
{
    return m_started && m_query.search().isEmpty() && m_exhausted && m_offset == 0 && !m_pageCall
        && !m_lastError.isError();
}
