#include "cli/clisession.h"

#include <QEventLoop>

namespace {

// The CLI is a command-line program on its own main thread: waiting in a local event loop is fine.
// The keychain's answer never comes before the request returned, so it cannot be missed here.
template<typename CallType, typename Take>
Error waitFor(CallType *call, Take take)
{
    QEventLoop loop;
    Error error;
    QObject::connect(call, &PendingCall::finished, &loop, [&] {
        error = call->error();
        take(call);
        loop.quit();
    });
    loop.exec();
    return error;
}

Error waitFor(PendingCall *call)
{
    return waitFor(call, [](PendingCall *) {});
}

} // namespace

CliSession::CliSession(const Config &config, std::chrono::milliseconds timeout, bool useKeychain)
    : m_config(config)
    , m_client(config, &m_nam)
    , m_users(&m_client)
    , m_data(&m_client, &m_users)
    , m_accounts(&m_client, &m_users)
    , m_files(&m_client, &m_users)
{
    m_client.setTimeout(timeout);
    if (useKeychain)
        m_store = std::make_unique<KeychainSessionStore>();
}

QString CliSession::key() const
{
    return SessionStore::keyFor(m_config, QStringLiteral("@cli"));
}

bool CliSession::restoreKept(QString *error)
{
    if (!m_store)
        return false;
    QString secret;
    *error = waitFor(m_store->load(key()), [&](SecretCall *call) { secret = call->result(); }).message;
    User user;
    QString token;
    if (!SessionStore::unpackSession(secret, &user, &token))
        return false;
    m_users.restoreSession(user, token);
    return true;
}

bool CliSession::keep(QString *error)
{
    if (!m_store)
        return false;
    *error =
        waitFor(m_store->store(key(), SessionStore::packSession(m_users.currentUser(), m_users.userToken()))).message;
    return error->isEmpty();
}

bool CliSession::forgetKept(QString *error)
{
    if (!m_store)
        return true;
    *error = waitFor(m_store->remove(key())).message;
    return error->isEmpty();
}
