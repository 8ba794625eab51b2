#pragma once

#include "api/apierror.h"
#include "storage/querybuilder.h"

#include <QHash>
#include <QString>

namespace Server {

struct ServiceContext;

// What Real-Time asks of the rest of the server: whether a token is live, a where clause parsed by
// the same parser as find, whether an updated user matches it, and whether a token may FIND that
// user (the Users table's rules, as in DataRoutes::get: the user themself, or staff).
class RtAuthority
{
public:
    explicit RtAuthority(ServiceContext &context);

    // An empty token is an anonymous client; a token that is not live is 3064.
    bool checkToken(const QString &token, ApiError *error) const;
    bool parseWhere(const QString &where, SqlFilter *out, ApiError *error) const;
    bool matches(const SqlFilter &filter, const QString &objectId) const;

    // One update's permission checks: each subscriber's row is read once per update, not once per
    // subscription.
    class Check
    {
    public:
        Check(const RtAuthority &authority, const QString &objectId);
        bool mayFind(const QString &token);

    private:
        const RtAuthority &m_authority;
        QString m_objectId;
        QHash<QString, bool> m_byUser;
    };

private:
    bool isStaff(const QString &userId) const;

    ServiceContext &m_context;
    QueryBuilder m_queries;
};

} // namespace Server
