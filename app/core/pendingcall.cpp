#include "core/pendingcall.h"

#include "core/restclient.h"

#include <QJsonArray>

PendingCall::PendingCall(QObject *parent)
    : QObject(parent)
{ }

PendingCall::~PendingCall()
{
    if (m_rest) {
        m_rest->disconnect(this);
        m_rest->cancel();
    }
}

void PendingCall::attach(RestCall *rest, Parser parser, Observer observer)
{
    m_rest = rest;
    m_observer = std::move(observer);
    connect(rest, &RestCall::finished, this, [this, rest, parser = std::move(parser)] {
        m_rest = nullptr;
        Error error = rest->error();
        if (!error.isError() && parser)
            error = parser(rest->value());
        complete(error);
    });
}

void PendingCall::failLater(const Error &error, Observer observer)
{
    m_observer = std::move(observer);
    QMetaObject::invokeMethod(
        this, [this, error] { complete(error); }, Qt::QueuedConnection);
}

void PendingCall::succeedLater(Observer observer)
{
    failLater(Error(), std::move(observer));
}

void PendingCall::cancel()
{
    if (m_finished)
        return;
    if (m_rest)
        m_rest->cancel(); // finishes the RestCall synchronously, which completes this call
    else
        complete(Error::cancelled());
}

void PendingCall::complete(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_observer)
        m_observer(this);
    Q_EMIT finished();
    deleteLater();
}

Error takeUser(UserCall *call, const QJsonValue &value)
{
    const User user = User::fromJson(value.toObject());
    if (user.objectId().isEmpty())
        return Error::protocol(QStringLiteral("the user in the reply has no objectId"));
    call->setResult(user);
    return Error();
}

Error takeRoles(RolesCall *call, const QJsonValue &value)
{
    QStringList roles;
    for (const QJsonValue &role : value.toArray()) {
        if (!role.isString())
            return Error::protocol(QStringLiteral("a role name is not a string"));
        roles.append(role.toString());
    }
    call->setResult(roles);
    return Error();
}
