#include "servertestenv.h"

#include "awaitcall.h"

ServerTestEnv::ServerTestEnv(Server::ServerOptions options)
    : m_options(std::move(options))
{ }

Server::ServerOptions ServerTestEnv::defaultOptions()
{
    Server::ServerOptions options;
    options.demoUsers = 5; // the named demo users plus a few: enough for every test, fast to seed
    return options;
}

bool ServerTestEnv::start(QString *error)
{
    m_host = std::make_unique<Server::ServerHost>(m_options);
    if (!m_host->start(error))
        return false;
    m_client = std::make_unique<RestClient>(config(), &m_nam);
    m_users = std::make_unique<UserService>(m_client.get());
    m_data = std::make_unique<DataService>(m_client.get(), m_users.get());
    return true;
}

Config ServerTestEnv::config() const
{
    return Config::fromBaseUrl(m_host->baseUrl());
}

Error ServerTestEnv::login(const QString &identity, const QString &password)
{
    return awaitError(m_users->login(identity, password));
}

QString ServerTestEnv::objectIdOf(const QString &identity)
{
    UserService staff(m_client.get());
    DataService data(m_client.get(), &staff);
    if (awaitError(staff.login(QStringLiteral("support@example.com"), QString::fromLatin1(SupportPassword))).isError())
        return QString();
    DataQuery query;
    query.where = DataService::whereLike(QStringLiteral("email"), identity, DataService::Match::Exact);
    QString objectId;
    awaitCall<UsersCall>(data.find(query), [&](UsersCall *call) {
        if (call->result().size() == 1)
            objectId = call->result().first().objectId();
    });
    awaitError(staff.logout());
    return objectId;
}
