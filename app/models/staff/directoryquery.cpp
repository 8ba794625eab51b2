#include "models/staff/directoryquery.h"

#include "core/userproperties.h"
#include "core/userschema.h"
#include "models/staff/userdirectorymodel.h"

bool DirectoryQuery::setSchema(const UserSchema &schema)
{
    if (schema.isEmpty())
        return false;
    m_identityProperty = schema.identityProperty();
    m_hasName = schema.find(QStringLiteral("name")) != nullptr;
    m_pictureProperty.clear();
    for (const PropertyDef &property : schema.properties) {
        if (property.type == PropertyDef::Type::FileRef) {
            m_pictureProperty = property.name;
            break;
        }
    }
    if (!m_hasName && m_sortColumn == UserDirectoryModel::NameColumn)
        m_sortColumn = UserDirectoryModel::EmailColumn;
    return true;
}

void DirectoryQuery::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

QString DirectoryQuery::statusValue(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::All:
        return QString();
    case StatusFilter::Enabled:
        return QStringLiteral("ENABLED");
    case StatusFilter::Disabled:
        return QStringLiteral("DISABLED");
    case StatusFilter::Pending:
        return QStringLiteral("EMAIL_CONFIRMATION_PENDING");
    }
    return QString();
}

QString DirectoryQuery::whereClause() const
{
    QString search;
    if (!m_search.isEmpty()) {
        QStringList terms{DataService::whereLike(m_identityProperty, m_search, m_match)};
        if (m_hasName)
            terms << DataService::whereLike(QStringLiteral("name"), m_search, m_match);
        terms.removeAll(QString());
        search = terms.join(QLatin1String(" OR "));
    }
    const QString status = statusValue(m_status);
    if (status.isEmpty())
        return search;
    const QString statusTerm = QStringLiteral("userStatus = ") + DataService::quoted(status);
    return search.isEmpty() ? statusTerm : QLatin1Char('(') + search + QLatin1String(") AND ") + statusTerm;
}

QString DirectoryQuery::columnProperty(int column) const
{
    switch (column) {
    case UserDirectoryModel::EmailColumn:
        return m_identityProperty;
    case UserDirectoryModel::NameColumn:
        return m_hasName ? QStringLiteral("name") : QString();
    case UserDirectoryModel::StatusColumn:
        return QStringLiteral("userStatus");
    case UserDirectoryModel::LastLoginColumn:
        return QStringLiteral("lastLogin");
    case UserDirectoryModel::CreatedColumn:
        return QStringLiteral("created");
    case UserDirectoryModel::PictureColumn:
        return m_pictureProperty;
    default:
        return QString();
    }
}

QString DirectoryQuery::sortBy() const
{
    return columnProperty(m_sortColumn)
        + (m_sortOrder == Qt::AscendingOrder ? QLatin1String(" asc") : QLatin1String(" desc"));
}

QStringList DirectoryQuery::sortKeys() const
{
    return {sortBy(), UserProperties::objectId()};
}

QStringList DirectoryQuery::requestedProperties() const
{
    QStringList props{UserProperties::objectId()};
    for (int column = 0; column < UserDirectoryModel::ColumnCount; ++column) {
        const QString property = columnProperty(column);
        if (!property.isEmpty())
            props << property;
    }
    return props;
}
