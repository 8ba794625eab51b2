#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "core/error.h"
#include "core/pendingcall.h"
#include "models/staff/directoryquery.h"

class DataService;
class Session;
class User;

// One directory query, paged: POST /data/Users/find in pages of PageSize plus the count, for
// UserDirectoryModel, which shows what arrives.
//
// Offset paging over a total order (DirectoryQuery::sortKeys()) is stable only if a page is taken
// without the users already handed out: a user inserted or changed between two pages shifts the
// offsets, and would come twice. A new query (reset()) aborts the calls of the one before, and a
// reply to an older query is ignored, so users of two queries never mix.
//
// With a Session, nothing is sent while the session needs credentials: the query fails at once with
// the answer that ended the session (errorOccurred()), which parks it there like every other
// request, and it runs again after the sign-in.
class DirectoryPager : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100; // the protocol's maximum page

    explicit DirectoryPager(DataService *data, QObject *parent = nullptr);
    ~DirectoryPager() override;
    void setSession(Session *session);

    // Forgets the query before (its calls are aborted) and takes this one; nothing is asked yet.
    void reset(const DirectoryQuery &query);
    // The count and the first page of the query reset() took.
    void start();
    // The next page, unless one is on its way or none is left.
    void fetchPage();
    // Aborts the calls in flight; what arrived so far stays.
    void abort();

    const DirectoryQuery &query() const { return m_query; }
    bool hasStarted() const { return m_started; }
    bool canFetchMore() const { return !m_exhausted && !m_pageCall; }
    bool isLoading() const { return m_pageCall || m_countCall; }
    qint64 totalCount() const { return m_total; } // -1 until the count arrived
    Error lastError() const { return m_lastError; }
    // The query without a search came back with no user and no error. For a staff member that is
    // rarely the truth: Backendless trims a FIND by permission rather than refusing it, so the
    // role may lack FIND on Users.
    bool isEmptyWithoutSearch() const;

Q_SIGNALS:
    // The users of a page not handed out before, in order; `first` is how many came before them.
    // Emitted before pageLoaded() and with the page call still pending, so that a view asking for
    // more while it inserts them neither re-requests this page nor misses that it was the last.
    void usersArrived(int first, const QList<User> &users);
    void pageLoaded(int first, int count);
    void totalCountChanged(qint64 total);
    // A find or count failed; once per query.
    void errorOccurred(const Error &error);
    // A call started or ended: isLoading() may have changed.
    void callsChanged();

private:
    // False (and the query failed with why) when the session cannot send it now.
    bool mayAsk();
    void requestCount();
    void onPage(UsersCall *call);
    void onCount(CountCall *call);
    void fail(const Error &error);

    QPointer<DataService> m_data;
    QPointer<Session> m_session;
    DirectoryQuery m_query; // what the users handed out answer
    bool m_started = false;
    QSet<QString> m_loadedIds; // objectIds handed out
    int m_offset = 0; // users the server has handed out for this query, repeats included
    qint64 m_total = -1;
    bool m_exhausted = true; // nothing to fetch before the first query
    QPointer<UsersCall> m_pageCall;
    QPointer<CountCall> m_countCall;
    Error m_lastError;
};
