#pragma once

#include "api/apierror.h"
#include "api/httpreply.h"

#include <QJsonObject>
#include <QObject>
#include <QVariantMap>

#include <functional>

namespace Server {

class ChangeValidator;
struct ServiceContext;
struct ChangeSet;

// Writes a validated body: creates dynamic columns, stores a new password's hash (made on the
// worker pool) and updates or inserts the row, all in one transaction, so a refused or failed
// write leaves nothing behind.
class UserUpdater
{
public:
    explicit UserUpdater(ServiceContext &context);

    // PUT /users/{id} and the Data API update; the caller has checked who may do it and read the
    // row (`current`), which the answer is built from, with the written values, without reading
    // it back. With a new password the answer comes later: the worker pool hashes it.
    // `dataApi`: PUT /data/Users, whose refusals use the Data API's codes where they differ.
    HttpReply update(const QString &objectId, const QJsonObject &body, const QVariantMap &current,
                     bool dataApi = false);
    // POST /users/register: the saved user, no session; always later (the password is hashed).
    HttpReply registerUser(const QJsonObject &body);

private:
    ChangeValidator validator() const;
    HttpReply afterHashing(const QString &password, std::function<HttpReply(const QString &hash)> write);
    void addRegisterValues(const QString &objectId, const QJsonObject &body, ChangeSet *changes) const;
    HttpReply write(const QString &objectId, bool insert, const ChangeSet &changes, const QVariantMap *current);
    // Rolls back on every failure (the Transaction's destructor), before write() looks at why.
    bool writeInTransaction(const QString &objectId, bool insert, const ChangeSet &changes, QString *failure);

    ServiceContext &m_context;
    // Continuations run on the server's thread in this object's context, and are dropped with it.
    QObject m_lifetime;
};

} // namespace Server
