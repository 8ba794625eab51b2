#include "models/staff/userdirectorymodel.h"

#include "core/user.h"
#include "models/displaytext.h"
#include "models/identityskeleton.h"
#include "models/staff/directorypager.h"

#include <QLocale>

#include <utility>

namespace {
constexpr int DefaultDebounceMs = 300;

// The tooltip's and accessible description's line for an identity with look-alikes, spelled out so
// that staff can tell them apart.
QString lookAlikeWarning(const QStringList &others)
{
    return others.isEmpty()
        ? QString()
        : UserDirectoryModel::tr("Looks like another account: %1").arg(LookAlikes::spelledOut(others));
}
} // namespace

UserDirectoryModel::UserDirectoryModel(DataService *data, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pager(new DirectoryPager(data, this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &UserDirectoryModel::refresh);
    connect(m_pager, &DirectoryPager::usersArrived, this, [this](int first, const QList<User> &users) {
        beginInsertRows(QModelIndex(), first, first + int(users.size()) - 1);
        for (const User &user : users)
            m_rows.append(rowFrom(user));
        endInsertRows();
    });
    // Rows that arrive or change may look like others: their identity cells are marked again.
    const auto markLookAlikes = [this] {
        QStringList identities;
        for (const Row &row : std::as_const(m_rows))
            identities << row.identity;
        if (m_lookAlikes.setIdentities(identities) && !m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, EmailColumn), index(int(m_rows.size()) - 1, EmailColumn),
                               {LookAlikesRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, markLookAlikes);
    connect(this, &QAbstractItemModel::dataChanged, this,
            [markLookAlikes](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(Qt::DisplayRole))
                    markLookAlikes();
            });
    connect(m_pager, &DirectoryPager::callsChanged, this, &UserDirectoryModel::emitLoadingChange);
    connect(m_pager, &DirectoryPager::pageLoaded, this, &UserDirectoryModel::pageLoaded);
    connect(m_pager, &DirectoryPager::totalCountChanged, this, &UserDirectoryModel::totalCountChanged);
    connect(m_pager, &DirectoryPager::errorOccurred, this, &UserDirectoryModel::errorOccurred);
}

UserDirectoryModel::~UserDirectoryModel()
{
    // Aborting announces the calls' end; nobody may hear it from a model half destroyed (its view
    // is usually being destroyed around it).
    blockSignals(true);
    m_pager->disconnect(this);
    m_pager->abort();
}

void UserDirectoryModel::setSchema(const UserSchema &schema)
{
    if (m_query.setSchema(schema))
        Q_EMIT headerDataChanged(Qt::Horizontal, EmailColumn, EmailColumn);
}

void UserDirectoryModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed().left(DirectoryQuery::MaxSearchLength);
    const bool running = m_pager->hasStarted() && trimmed == m_pager->query().search();
    if (trimmed == m_query.search() && (m_debounce.isActive() || running))
        return;
    m_query.setSearch(trimmed);
    // What is in flight answers a search the user has already typed past.
    m_pager->abort();
    m_debounce.start();
    emitLoadingChange();
}

void UserDirectoryModel::setMatch(DataService::Match match)
{
    if (match == m_query.match())
        return;
    m_query.setMatch(match);
    if (!m_query.search().isEmpty())
        refresh();
}

void UserDirectoryModel::setStatusFilter(DirectoryQuery::StatusFilter filter)
{
    if (filter == m_query.statusFilter())
        return;
    m_query.setStatusFilter(filter);
    refresh();
}

void UserDirectoryModel::refresh()
{
    m_debounce.stop();
    m_pager->abort();
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_lookAlikes.setIdentities({});
    m_pager->reset(m_query);
    endResetModel();
    m_pager->start();
}

UserDirectoryModel::Row UserDirectoryModel::rowFrom(const User &user) const
{
    const DirectoryQuery &query = m_query;
    return {user.objectId(),
            user.value(query.identityProperty()).toString(),
            query.hasName() ? user.value(QStringLiteral("name")).toString() : QString(),
            user.userStatus(),
            user.lastLogin(),
            user.created(),
            query.pictureProperty().isEmpty() ? QString() : user.value(query.pictureProperty()).toString()};
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

qint64 UserDirectoryModel::totalCount() const
{
    return m_pager->totalCount();
}

bool UserDirectoryModel::isLoading() const
{
    return m_pager->isLoading() || m_debounce.isActive();
}

void UserDirectoryModel::emitLoadingChange()
{
    const bool loading = isLoading();
    if (loading != m_lastLoading) {
        m_lastLoading = loading;
        Q_EMIT loadingChanged(loading);
    }
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
    case LookAlikesRole:
        return m_lookAlikes.of(row.identity);
    case PictureUrlRole:
        return row.picture;
    case Qt::AccessibleDescriptionRole:
        return index.column() == EmailColumn ? lookAlikeWarning(m_lookAlikes.of(row.identity)) : QVariant();
    case SortValueRole:
        switch (index.column()) {
        case EmailColumn:
            return row.identity;
        case NameColumn:
            return row.name;
        case StatusColumn:
            return row.status;
        case LastLoginColumn:
            return row.lastLogin;
        case CreatedColumn:
            return row.created;
        }
        return QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case EmailColumn: {
            const QString warning =
                role == Qt::ToolTipRole ? lookAlikeWarning(m_lookAlikes.of(row.identity)) : QString();
            return warning.isEmpty() ? row.identity : row.identity + QLatin1Char('\n') + warning;
        }
        case NameColumn:
            return row.name;
        case StatusColumn:
            return DisplayText::userStatus(row.status);
        case LastLoginColumn:
            // A sign-in that never happened (Backendless: null) is said, not left blank, as the
            // form's Last sign-in field says it.
            if (row.lastLogin.isValid())
                return DisplayText::dateTime(row.lastLogin);
            return role == Qt::ToolTipRole ? tr("Never signed in") : tr("Never");
        case CreatedColumn:
            // The day in the table (as the page head's "Member since"), the time in the tooltip.
            return role == Qt::ToolTipRole || !row.created.isValid()
                ? DisplayText::dateTime(row.created)
                : QLocale().toString(row.created.toLocalTime().date(), DisplayText::dateFormat());
        case PictureColumn:
            return role == Qt::ToolTipRole && row.picture.isEmpty() ? tr("No picture") : QVariant();
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant UserDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == PictureColumn && role == Qt::ToolTipRole)
        return tr("Picture");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return m_query.identityProperty() == QLatin1String("email") ? tr("Email") : m_query.identityProperty();
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case LastLoginColumn:
        return tr("Last sign-in");
    case CreatedColumn:
        return tr("Created");
    case PictureColumn:
        return QString(); // a narrow column of pictures: its tooltip names it
    }
    return QVariant();
}

bool UserDirectoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager->canFetchMore() && !m_debounce.isActive();
}

void UserDirectoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_pager->fetchPage();
}

void UserDirectoryModel::sort(int column, Qt::SortOrder order)
{
    // Pictures have no order.
    if (column < 0 || column >= ColumnCount || column == PictureColumn || m_query.columnProperty(column).isEmpty())
        return;
    if (column == m_query.sortColumn() && order == m_query.sortOrder())
        return;
    m_query.setSort(column, order);
    refresh();
}
