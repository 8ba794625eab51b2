#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QTimer>

#include "core/dataservice.h"
#include "core/error.h"
#include "models/identityskeleton.h"
#include "models/staff/directoryquery.h"

class DirectoryPager;
class User;
class UserSchema;

// The support-staff directory: users found through the Data API (POST /data/Users/find + count),
// one row per user, loaded lazily in pages as a view scrolls (canFetchMore/fetchMore).
//
// Everything the server can do is left to the server: the search and a click on a header become
// the query (DirectoryQuery: `where`, `sortBy`, `props`), and DirectoryPager pages through it. A
// new search or sort drops the rows and starts over, so rows of two queries never mix. A row keeps
// only the shown columns, so memory grows with the pages loaded and nothing else.
//
// Typing goes through setSearchText(), which aborts the request in flight at once and runs the
// query when typing has paused for the debounce interval.
//
// An identity that looks like another loaded one (the same UTS #39 skeleton: "bob@example.com" in
// Latin and in Cyrillic letters) is marked: LookAlikesRole names the others, and the identity's
// tooltip and accessible description say so; the view adds the warning icon.
class UserDirectoryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    // PictureColumn last among the model's columns (the view shows it first): a FILE_REF URL whose
    // thumbnail the view draws (ui/, which decodes images); empty when the schema has no FILE_REF.
    enum Column { EmailColumn, NameColumn, StatusColumn, LastLoginColumn, CreatedColumn, PictureColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ObjectIdRole = Qt::UserRole + 1, // QString
        IdentityRole, // QString: the identity value (email) of the row's user
        SortValueRole, // raw value: QString, or QDateTime for the time columns
        LookAlikesRole, // QStringList: the other loaded identities that look like this one
        PictureUrlRole, // QString: the row's picture URL as stored (FileUrl's form), empty for none
    };

    explicit UserDirectoryModel(DataService *data, QObject *parent = nullptr);
    ~UserDirectoryModel() override;

    // Which columns this server has (DirectoryQuery::setSchema()).
    void setSchema(const UserSchema &schema);
    // Debounced: aborts what is in flight now, queries once typing pauses.
    void setSearchText(const QString &text);
    // Prefix (default) or Contains; takes effect at once.
    void setMatch(DataService::Match match);
    // All, enabled, disabled or confirmation pending: part of the server's where clause; at once.
    void setStatusFilter(DirectoryQuery::StatusFilter filter);
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    // What the next query asks (the search typed, the match, the order).
    const DirectoryQuery &query() const { return m_query; }
    // The query running, its count and its error; its session (DirectoryPager::setSession()).
    DirectoryPager *pager() const { return m_pager; }

    // Drops the rows and queries again now (count + first page).
    void refresh();

    // A user saved elsewhere (a staff tab): its row, if loaded, shows the saved values at once.
    // The row stays where it is even if the new values sort elsewhere; the next query re-sorts.
    void updateUser(const User &user);

    qint64 totalCount() const; // -1 until the count arrived
    bool isLoading() const;
    QString objectId(int row) const;
    QString identity(int row) const;
    // The loaded identities grouped by skeleton (a staff tab asks about its own).
    const LookAlikes &lookAlikes() const { return m_lookAlikes; }

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
        QString picture;
    };

    Row rowFrom(const User &user) const;
    void emitLoadingChange();

    DirectoryQuery m_query;
    DirectoryPager *m_pager;
    QList<Row> m_rows;
    LookAlikes m_lookAlikes;
    QTimer m_debounce;
    bool m_lastLoading = false;
};
