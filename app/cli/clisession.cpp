#include "cli/clisession.h"

#include <QEventLoop>

namespace {

// The CLI is a command-line program on its own main thread: waiting in a local event loop is fine.
template<typename Signal, typename Handler>
void waitFor(SessionStore *store, Signal signal, Handler handler)
{
    QEventLoop loop;
    QObject::connect(store, signal, &loop, [&](auto &&...args) {
        handler(args...);
        loop.quit();
    });
    loop.exec();
}

} // namespace

CliSession::CliSession(const Config &config, std::chrono::milliseconds timeout, bool useKeychain)
    : m_config(config)
    , m_client(config, &m_nam)
    , m_users(&m_client)
    , m_data(&m_client, &m_users)
    , m_accounts(&m_client, &m_users)
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
    m_store->load(key());
    waitFor(m_store.get(), &SessionStore::loaded, [&](const QString &, const QString &value, const QString &failure) {
        secret = value;
        *error = failure;
    });
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
    m_store->store(key(), SessionStore::packSession(m_users.currentUser(), m_users.userToken()));
    waitFor(m_store.get(), &SessionStore::stored, [&](const QString &, const QString &failure) { *error = failure; });
    return error->isEmpty();
}

bool CliSession::forgetKept(QString *error)
{
    if (!m_store)
        return true;
    m_store->remove(key());
    waitFor(m_store.get(), &SessionStore::removed, [&](const QString &, const QString &failure) { *error = failure; });
    return error->isEmpty();
}
