#include "models/staff/userdirectorymodel.h"

#include "models/displaytext.h"
#include "core/pendingcall.h"
#include "core/user.h"
#include "core/userproperties.h"

UserDirectoryModel::UserDirectoryModel(DataService *data, QObject *parent)
    : QAbstractTableModel(parent)
    , m_data(data)
    , m_exhausted(true) // nothing to fetch before the first refresh()
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &UserDirectoryModel::refresh);
}

UserDirectoryModel::~UserDirectoryModel()
{
    abortCalls();
}

void UserDirectoryModel::setSchema(const UserSchema &schema)
{
    if (schema.isEmpty())
        return;
    m_identityProperty = schema.identityProperty();
    m_hasName = schema.find(QStringLiteral("name")) != nullptr;
    if (!m_hasName && m_sortColumn == NameColumn)
        m_sortColumn = EmailColumn;
    Q_EMIT headerDataChanged(Qt::Horizontal, EmailColumn, EmailColumn);
}

void UserDirectoryModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText && (m_debounce.isActive() || (m_queried && trimmed == m_querySearch)))
        return;
    m_searchText = trimmed;
    // What is in flight answers a search the user has already typed past.
    abortCalls();
    m_debounce.start();
    emitLoadingChange();
}

void UserDirectoryModel::setMatch(DataService::Match match)
{
    if (match == m_match)
        return;
    m_match = match;
    if (!m_searchText.isEmpty())
        refresh();
}

QString UserDirectoryModel::whereClause() const
{
    if (m_searchText.isEmpty())
        return QString();
    QStringList terms{DataService::whereLike(m_identityProperty, m_searchText, m_match)};
    if (m_hasName)
        terms << DataService::whereLike(QStringLiteral("name"), m_searchText, m_match);
    terms.removeAll(QString());
    return terms.join(QLatin1String(" OR "));
}

QString UserDirectoryModel::columnProperty(int column) const
{
    switch (column) {
    case EmailColumn: return m_identityProperty;
    case NameColumn: return m_hasName ? QStringLiteral("name") : QString();
    case StatusColumn: return QStringLiteral("userStatus");
    case LastLoginColumn: return QStringLiteral("lastLogin");
    case CreatedColumn: return QStringLiteral("created");
    default: return QString();
    }
}

QString UserDirectoryModel::sortBy() const
{
    return columnProperty(m_sortColumn)
        + (m_sortOrder == Qt::AscendingOrder ? QLatin1String(" asc") : QLatin1String(" desc"));
}

QStringList UserDirectoryModel::sortKeys() const
{
    return {sortBy(), UserProperties::objectId()};
}

QStringList UserDirectoryModel::requestedProperties() const
{
    QStringList props{UserProperties::objectId()};
    for (int column = 0; column < ColumnCount; ++column) {
        const QString property = columnProperty(column);
        if (!property.isEmpty())
            props << property;
    }
    return props;
}

void UserDirectoryModel::refresh()
{
    m_debounce.stop();
    abortCalls();
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_loadedIds.clear();
    m_offset = 0;
    m_querySearch = m_searchText;
    m_queried = true;
    m_exhausted = false;
    m_lastError = Error();
    endResetModel();
    if (m_total != -1) {
        m_total = -1;
        Q_EMIT totalCountChanged(m_total);
    }
    requestCount();
    requestPage();
}

void UserDirectoryModel::cancel()
{
    m_debounce.stop();
    abortCalls();
}

void UserDirectoryModel::abortCalls()
{
    // Cancelling makes a call finish (Kind::Cancelled) synchronously: forget it first, so its
    // handler sees a call that is no longer the current one and drops it.
    if (UsersCall *page = std::exchange(m_pageCall, nullptr).data())
        page->cancel();
    if (CountCall *count = std::exchange(m_countCall, nullptr).data())
        count->cancel();
    emitLoadingChange();
}

void UserDirectoryModel::requestPage()
{
    if (!m_data || m_pageCall || m_exhausted)
        return;
    DataQuery query;
    query.where = whereClause();
    query.pageSize = PageSize;
    query.offset = m_offset;
    query.sortBy = sortKeys();
    query.props = requestedProperties();
    UsersCall *call = m_data->find(query);
    m_pageCall = call;
    connect(call, &PendingCall::finished, this, [this, call] { onPage(call); });
    emitLoadingChange();
}

void UserDirectoryModel::requestCount()
{
    if (!m_data)
        return;
    CountCall *call = m_data->count(whereClause());
    m_countCall = call;
    connect(call, &PendingCall::finished, this, [this, call] { onCount(call); });
    emitLoadingChange();
}

void UserDirectoryModel::onPage(UsersCall *call)
{
    if (call != m_pageCall)
        return; // a superseded query's answer
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
    const int first = int(m_rows.size());
    m_offset += int(page.size());
    // Settled before the views hear of the rows: a view (or a model tester) asks for more from
    // inside rowsAboutToBeInserted/rowsInserted, and must neither re-request this page nor miss
    // that it was the last.
    m_exhausted = page.size() < PageSize || (m_total >= 0 && m_offset >= m_total);
    if (!users.isEmpty()) {
        beginInsertRows(QModelIndex(), first, first + int(users.size()) - 1);
        for (const User &user : users)
            m_rows.append(rowFrom(user));
        endInsertRows();
    }
    m_pageCall = nullptr;
    emitLoadingChange();
    Q_EMIT pageLoaded(first, int(users.size()));
}

UserDirectoryModel::Row UserDirectoryModel::rowFrom(const User &user) const
{
    return {user.objectId(), user.value(m_identityProperty).toString(),
            m_hasName ? user.value(QStringLiteral("name")).toString() : QString(),
            user.userStatus(), user.lastLogin(), user.created()};
}

void UserDirectoryModel::updateUser(const User &user)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).objectId == user.objectId()) {
            m_rows[i] = rowFrom(user);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
}

void UserDirectoryModel::onCount(CountCall *call)
{
    if (call != m_countCall)
        return;
    m_countCall = nullptr;
    if (call->error().isError()) {
        fail(call->error());
        return;
    }
    m_total = call->result();
    if (m_offset >= m_total && !m_pageCall)
        m_exhausted = true;
    emitLoadingChange();
    Q_EMIT totalCountChanged(m_total);
}

void UserDirectoryModel::fail(const Error &error)
{
    if (error.kind == Error::Kind::Cancelled)
        return emitLoadingChange();
    // No more automatic fetches after a failure: scrolling must not hammer a refusing server.
    // refresh() (a new search, a sort, the Retry button) starts over.
    m_exhausted = true;
    // Find and count usually fail alike (one permission covers both): the person hears it once.
    const bool firstForThisQuery = !m_lastError.isError();
    m_lastError = error;
    emitLoadingChange();
    if (firstForThisQuery)
        Q_EMIT errorOccurred(error);
}

void UserDirectoryModel::emitLoadingChange()
{
    const bool loading = isLoading();
    if (loading != m_lastLoading) {
        m_lastLoading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

bool UserDirectoryModel::isEmptyWithoutSearch() const
{
    return m_queried && m_querySearch.isEmpty() && m_exhausted && m_offset == 0 && !m_pageCall
           && !m_lastError.isError();
}

QString UserDirectoryModel::objectId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).objectId : QString();
}

QString UserDirectoryModel::identity(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).identity : QString();
}

int UserDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserDirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ObjectIdRole:
        return row.objectId;
    case IdentityRole:
        return row.identity;
    case SortValueRole:
        switch (index.column()) {
        case EmailColumn: return row.identity;
        case NameColumn: return row.name;
        case StatusColumn: return row.status;
        case LastLoginColumn: return row.lastLogin;
        case CreatedColumn: return row.created;
        }
        return QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case EmailColumn: return row.identity;
        case NameColumn: return row.name;
        case StatusColumn: return DisplayText::userStatus(row.status);
        case LastLoginColumn:
            return row.lastLogin.isValid() ? DisplayText::dateTime(row.lastLogin)
                                           : (role == Qt::ToolTipRole ? tr("Never signed in") : QString());
        case CreatedColumn: return DisplayText::dateTime(row.created);
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant UserDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return m_identityProperty == QLatin1String("email") ? tr("Email") : m_identityProperty;
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case LastLoginColumn: return tr("Last sign-in");
    case CreatedColumn: return tr("Created");
    }
    return QVariant();
}

bool UserDirectoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_pageCall && !m_debounce.isActive();
}

void UserDirectoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void UserDirectoryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || columnProperty(column).isEmpty())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}
