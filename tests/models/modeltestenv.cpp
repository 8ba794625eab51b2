#include "modeltestenv.h"

#include "core/config.h"

namespace {
// Finishes a call that yields a user; a call that never finishes reports a timeout.
User userOf(UserCall *call, Error *error)
{
    User user;
    Error e = Error::timeout();
    finish(call, [&](UserCall *done) {
        user = done->result();
        e = done->error();
    });
    if (error)
        *error = e;
    return user;
}
} // namespace

ClientSession::ClientSession(const Config &config, QNetworkAccessManager *nam)
    : m_client(std::make_unique<RestClient>(config, nam))
    , m_users(std::make_unique<UserService>(m_client.get()))
    , m_data(std::make_unique<DataService>(m_client.get(), m_users.get()))
{ }

ClientSession::~ClientSession() = default;

User ClientSession::login(const QString &identity, const QString &password, Error *error)
{
    return userOf(m_users->login(identity, password), error);
}

UserSchema ClientSession::describeUserClass()
{
    UserSchema schema;
    finish(m_users->describeUserClass(), [&](SchemaCall *call) { schema = call->result(); });
    return schema;
}

User ClientSession::get(const QString &objectId, Error *error)
{
    return userOf(m_data->get(objectId), error);
}

User ClientSession::updateData(const QString &objectId, const QVariantMap &changes, Error *error)
{
    return userOf(m_data->update(objectId, changes), error);
}

User ClientSession::updateSelf(const QVariantMap &changes, Error *error)
{
    return userOf(m_users->update(User(changes)), error);
}

RecordingGateway::RecordingGateway(ProfileGateway *real, QObject *parent)
    : ProfileGateway(parent)
    , m_real(real)
{ }

UserCall *RecordingGateway::fetch(const QString &objectId)
{
    ++fetches;
    return m_real->fetch(objectId);
}

UserCall *RecordingGateway::save(const QString &objectId, const QVariantMap &changes)
{
    saves.append(changes);
    return m_real->save(objectId, changes);
}

void RecordingGateway::cancel()
{
    m_real->cancel();
}

ModelTestEnv::ModelTestEnv(Server::ServerOptions options)
    : m_options(std::move(options))
{ }

ModelTestEnv::~ModelTestEnv() = default;

Server::ServerOptions ModelTestEnv::smallServer()
{
    Server::ServerOptions options;
    options.demoUsers = 3; // the named demo users are what these tests need
    return options;
}

bool ModelTestEnv::start(quint16 port)
{
    Server::ServerOptions options = m_options;
    options.port = port;
    m_server = std::make_unique<Server::ServerHost>(options);
    QString error;
    if (!m_server->start(&error)) {
        qWarning("server did not start: %s", qPrintable(error));
        return false;
    }
    return true;
}

Config ModelTestEnv::config() const
{
    return Config::fromBaseUrl(m_server->baseUrl());
}

std::unique_ptr<ClientSession> ModelTestEnv::session(const QString &identity, const QString &password)
{
    auto s = std::make_unique<ClientSession>(config(), &m_nam);
    if (!identity.isEmpty()) {
        Error error;
        s->login(identity, password, &error);
        if (error.isError())
            qWarning("login of %s failed: %d %s", qPrintable(identity), error.code, qPrintable(error.message));
    }
    return s;
}
