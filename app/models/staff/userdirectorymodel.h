#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "core/dataservice.h"
#include "core/error.h"
#include "core/userschema.h"

class User;

// The support-staff directory: users found through the Data API (POST /data/Users/find + count),
// one row per user, loaded lazily in pages of 100 as a view scrolls (canFetchMore/fetchMore).
//
// Everything the server can do is left to the server: the search becomes a `where` clause (the
// identity column or the name, prefix or contains, quoted by DataService::whereLike so that no
// typed character can end the literal), a click on a header becomes `sortBy`. A new search or sort
// drops the rows and starts over; a reply to an older query is ignored (and its request aborted),
// so rows of two queries never mix.
//
// Offset paging is stable only over a total order: every query sorts by the chosen column and then
// by objectId (real Backendless documents no tie-breaker; userStatus and lastLogin have many ties),
// and a page is appended without the users already shown (a user inserted or changed between two
// pages shifts the offsets).
//
// Typing goes through setSearchText(), which aborts the request in flight at once and runs the
// query when typing has paused for debounceInterval(). Only the shown columns are requested
// (`props`), and a row keeps only them, so memory grows with the pages loaded and nothing else.
class UserDirectoryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Column { EmailColumn, NameColumn, StatusColumn, LastLoginColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ObjectIdRole = Qt::UserRole + 1, // QString
        IdentityRole,                    // QString: the identity value (email) of the row's user
        SortValueRole,                   // raw value: QString, or QDateTime for the time columns
    };
    static constexpr int PageSize = 100; // the protocol's maximum page
    static constexpr int DefaultDebounceMs = 300;

    explicit UserDirectoryModel(DataService *data, QObject *parent = nullptr);
    ~UserDirectoryModel() override;

    // Which columns this server has: the identity property takes the Email column, and "name" is
    // searched and requested only when the schema lists it (so no query names a missing column).
    void setSchema(const UserSchema &schema);

    // Debounced: aborts what is in flight now, queries once typing pauses.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Prefix (default) or Contains; takes effect at once.
    void setMatch(DataService::Match match);
    DataService::Match match() const { return m_match; }
    int debounceInterval() const { return m_debounce.interval(); }
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }

    // The `where` clause of the current search ("" = every user).
    QString whereClause() const;
    // The `sortBy` of the current order, e.g. "email asc".
    QString sortBy() const;
    // What a query sends: sortBy() and then objectId, the unique last key.
    QStringList sortKeys() const;
    QStringList requestedProperties() const;

    // Drops the rows and queries again now (count + first page).
    void refresh();
    // Aborts the requests in flight; rows loaded so far stay.
    void cancel();

    // A user saved elsewhere (a staff tab): its row, if loaded, shows the saved values at once.
    // The row stays where it is even if the new values sort elsewhere; the next query re-sorts.
    void updateUser(const User &user);

    qint64 totalCount() const { return m_total; } // -1 until the count arrived
    bool isLoading() const { return m_pageCall || m_countCall || m_debounce.isActive(); }
    Error lastError() const { return m_lastError; }
    // The query without a search came back with no user and no error. For a staff member that is
    // rarely the truth: Backendless trims a FIND by permission rather than refusing it, so the
    // role may lack FIND on Users.
    bool isEmptyWithoutSearch() const;
    QString objectId(int row) const;
    QString identity(int row) const;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadingChanged(bool loading);
    // A find or count failed (1013 no FIND permission, network, ...); once per query. The rows
    // loaded stay.
    void errorOccurred(const Error &error);
    // A page arrived (rows first .. first + count - 1), also an empty one.
    void pageLoaded(int first, int count);

private:
    struct Row
    {
        QString objectId;
        QString identity;
        QString name;
        QString status;
        QDateTime lastLogin;
        QDateTime created;
    };

    Row rowFrom(const User &user) const;
    void requestPage();
    void requestCount();
    void onPage(UsersCall *call);
    void onCount(CountCall *call);
    void fail(const Error &error);
    void abortCalls();
    void emitLoadingChange();
    QString columnProperty(int column) const;

    QPointer<DataService> m_data;
    QString m_identityProperty = QStringLiteral("email");
    bool m_hasName = true;
    QString m_searchText;
    QString m_querySearch; // the search the rows belong to (setSearchText may be ahead of it)
    bool m_queried = false;
    DataService::Match m_match = DataService::Match::Prefix;
    int m_sortColumn = EmailColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<Row> m_rows;
    QSet<QString> m_loadedIds;  // objectIds of m_rows
    int m_offset = 0;           // users the server has handed out for this query, repeats included
    qint64 m_total = -1;
    bool m_exhausted = false;
    QPointer<UsersCall> m_pageCall;
    QPointer<CountCall> m_countCall;
    QTimer m_debounce;
    Error m_lastError;
    bool m_lastLoading = false;
};
