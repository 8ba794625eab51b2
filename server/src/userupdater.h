#pragma once

#include "apierror.h"

#include <QJsonObject>

namespace Server {

class ChangeValidator;
struct ServiceContext;
struct ChangeSet;

// Writes a validated body: creates dynamic columns, hashes a new password and updates or inserts
// the row, all in one transaction, so a refused or failed write leaves nothing behind.
class UserUpdater
{
public:
    explicit UserUpdater(ServiceContext &context);

    // PUT /users/{id} and the Data API update; the caller has checked who may do it.
    bool update(const QString &objectId, const QJsonObject &body, QJsonObject *user, ApiError *error);
    // POST /users/register: the saved user, no session.
    bool registerUser(const QJsonObject &body, QJsonObject *user, ApiError *error);

private:
    ChangeValidator validator() const;
    bool write(const QString &objectId, bool insert, const ChangeSet &changes, QJsonObject *user, ApiError *error);
    // Rolls back on every failure (the Transaction's destructor), before write() looks at why.
    bool writeInTransaction(const QString &objectId, bool insert, const ChangeSet &changes, QString *failure);

    ServiceContext &m_context;
};

} // namespace Server
