#pragma once

#include <QString>
#include <QStringList>

#include "core/dataservice.h"

class UserSchema;

// What the support-staff directory asks the server for, as the Data API's terms: the search as a
// `where` clause (the identity property or the name, prefix or contains, quoted by
// DataService::whereLike so that no typed character can end the literal), the chosen column as
// `sortBy`, and only the shown columns as `props`. Columns are UserDirectoryModel::Column.
//
// Offset paging is stable only over a total order: sortKeys() adds objectId after the chosen
// column (real Backendless documents no tie-breaker; userStatus and lastLogin have many ties).
class DirectoryQuery
{
public:
    // Which accounts by userStatus (Backendless's ENABLED, DISABLED, EMAIL_CONFIRMATION_PENDING).
    enum class StatusFilter { All, Enabled, Disabled, Pending };

    // Which columns this server has: the identity property takes the Email column, and "name" is
    // searched and requested only when the schema lists it (so no query names a missing column).
    // False for an empty schema, which changes nothing.
    bool setSchema(const UserSchema &schema);
    QString identityProperty() const { return m_identityProperty; }
    bool hasName() const { return m_hasName; }
    // The schema's first FILE_REF column (a user's picture), requested for the Directory's
    // thumbnails; empty when it has none.
    QString pictureProperty() const { return m_pictureProperty; }

    // At most this many characters are searched: with the wildcards around them a pattern stays
    // within the 200 characters profiledesk-server allows a LIKE pattern with inner wildcards
    // (issue 25). The first ones find every user the whole text would (and possibly more).
    static constexpr int MaxSearchLength = 198;
    void setSearch(const QString &text) { m_search = text.left(MaxSearchLength); }
    QString search() const { return m_search; }
    void setMatch(DataService::Match match) { m_match = match; }
    void setStatusFilter(StatusFilter filter) { m_status = filter; }
    StatusFilter statusFilter() const { return m_status; }
    // The userStatus value a filter selects ("" for All).
    static QString statusValue(StatusFilter filter);
    DataService::Match match() const { return m_match; }
    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The property a column shows; empty for a column this server lacks.
    QString columnProperty(int column) const;
    // The `where` clause of the search and the status filter ("" = every user).
    QString whereClause() const;
    // The `sortBy` of the order, e.g. "email asc".
    QString sortBy() const;
    // What a query sends: sortBy() and then objectId, the unique last key.
    QStringList sortKeys() const;
    QStringList requestedProperties() const;

private:
    QString m_identityProperty = QStringLiteral("email");
    bool m_hasName = true;
    QString m_pictureProperty;
    QString m_search;
    DataService::Match m_match = DataService::Match::Prefix;
    StatusFilter m_status = StatusFilter::All;
    int m_sortColumn = 0; // UserDirectoryModel::EmailColumn
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
