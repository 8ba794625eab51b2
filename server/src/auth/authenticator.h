#pragma once

#include "api/httpreply.h"

#include <QHostAddress>
#include <QObject>
#include <QVariantMap>

namespace Server {

struct ServiceContext;

// POST /users/login: the checks in Backendless's order, the brute-force defences (LoginThrottle
// per client address, the opt-in LoginGuard per account), the password check on the worker pool,
// and the login policy deciding what a new session does to the account's others.
class Authenticator
{
public:
    explicit Authenticator(ServiceContext &context);

    HttpReply login(const QJsonObject &body, const QHostAddress &peer);

private:
    struct Attempt
    {
        QString login;
        QString password;
        QHostAddress peer;
    };

    // After the throttle's wait, on the server's thread: look the account up and hash on the pool.
    QFuture<HttpReply> check(const Attempt &attempt);
    HttpReply finish(const Attempt &attempt, bool found, bool passwordMatches, QVariantMap row);
    HttpReply openSession(QVariantMap row);

    ServiceContext &m_context;
    // Continuations run on the server's thread in this object's context, and are dropped with it.
    QObject m_lifetime;
};

} // namespace Server
