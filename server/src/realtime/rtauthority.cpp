#include "realtime/rtauthority.h"

#include "auth/accesscontrol.h"
#include "auth/sessionregistry.h"
#include "host/servicecontext.h"
#include "storage/userrepository.h"

namespace Server {

RtAuthority::RtAuthority(ServiceContext &context)
    : m_context(context)
    , m_queries(context.schema)
{ }

bool RtAuthority::checkToken(const QString &token, ApiError *error) const
{
    if (token.isEmpty() || !m_context.sessions.userOf(token).isEmpty())
        return true;
    *error = ApiError::make(ErrorCode::InvalidUserToken,
                            QStringLiteral("Not existing user token. Relogin user to update your user token"));
    return false;
}

bool RtAuthority::parseWhere(const QString &where, SqlFilter *out, ApiError *error) const
{
    return m_queries.filter(where, out, error);
}

bool RtAuthority::matches(const SqlFilter &filter, const QString &objectId) const
{
    if (filter.sql.isEmpty())
        return true;
    // The subscription every client makes (objectId = 'X') is decided without the database.
    if (filter.sql == QLatin1String("\"objectId\" = ?") && filter.binds.size() == 1)
        return filter.binds.first().toString() == objectId;
    SqlSelect select;
    select.sql =
        QStringLiteral("SELECT COUNT(*) FROM \"Users\" WHERE \"objectId\" = ? AND (") + filter.sql + QLatin1Char(')');
    select.binds = QVariantList{objectId} + filter.binds;
    qint64 count = 0;
    return m_context.users.count(select, &count) && count > 0;
}

bool RtAuthority::isStaff(const QString &userId) const
{
    QVariantMap row;
    if (m_context.users.findById(userId, &row) != UserRepository::Lookup::Found)
        return false;
    return row.value(QStringLiteral("userStatus")).toString() != QLatin1String("DISABLED")
        && UserRepository::roles(row).contains(Caller::staffRole());
}

RtAuthority::Check::Check(const RtAuthority &authority, const QString &objectId)
    : m_authority(authority)
    , m_objectId(objectId)
{ }

bool RtAuthority::Check::mayFind(const QString &token)
{
    // Anonymous callers have no FIND on Users; a token that expired since has none either.
    const QString userId = token.isEmpty() ? QString() : m_authority.m_context.sessions.userOf(token);
    if (userId.isEmpty())
        return false;
    if (userId == m_objectId)
        return true;
    const auto it = m_byUser.constFind(userId);
    if (it != m_byUser.cend())
        return *it;
    const bool staff = m_authority.isStaff(userId);
    m_byUser.insert(userId, staff);
    return staff;
}

} // namespace Server
