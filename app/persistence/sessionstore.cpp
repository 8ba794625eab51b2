#include "persistence/sessionstore.h"

#include "core/config.h"
#include "core/userproperties.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
// The kept session's JSON uses the protocol's own names for the token and the id.
const QString emailKey = QStringLiteral("email");
} // namespace

QString SessionStore::keyFor(const Config &config, const QString &identity)
{
    return config.serverKey() + QLatin1Char('#') + identity;
}

QString SessionStore::packSession(const User &user, const QString &token)
{
    const QJsonObject json{
        {UserProperties::objectId(), user.objectId()}, {emailKey, user.email()}, {UserProperties::userToken(), token}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool SessionStore::unpackSession(const QString &secret, User *user, QString *token)
{
    const QJsonObject json = QJsonDocument::fromJson(secret.toUtf8()).object();
    const QString objectId = json.value(UserProperties::objectId()).toString();
    const QString storedToken = json.value(UserProperties::userToken()).toString();
    if (objectId.isEmpty() || storedToken.isEmpty())
        return false;
    User restored;
    restored.setObjectId(objectId);
    if (json.contains(emailKey))
        restored.setValue(emailKey, json.value(emailKey).toString());
    *user = restored;
    *token = storedToken;
    return true;
}

// --- MemorySessionStore -------------------------------------------------------------------------

QString MemorySessionStore::unavailableReason() const
{
    return m_available ? QString() : tr("The session store is switched off.");
}

void MemorySessionStore::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

// Answers are queued, as a real keychain answers later: callers must not depend on synchronous results.
PendingCall *MemorySessionStore::store(const QString &key, const QString &secret)
{
    auto *call = new PendingCall(this);
    const QString error = unavailableReason();
    if (!error.isEmpty())
        call->failLater(Error::local(error));
    else {
        m_secrets.insert(key, secret);
        call->succeedLater();
    }
    return call;
}

SecretCall *MemorySessionStore::load(const QString &key)
{
    auto *call = new SecretCall(this);
    const QString error = unavailableReason();
    if (!error.isEmpty())
        call->failLater(Error::local(error));
    else {
        call->setResult(m_secrets.value(key));
        call->succeedLater();
    }
    return call;
}

PendingCall *MemorySessionStore::remove(const QString &key)
{
    auto *call = new PendingCall(this);
    const QString error = unavailableReason();
    if (!error.isEmpty())
        call->failLater(Error::local(error));
    else {
        m_secrets.remove(key);
        call->succeedLater();
    }
    return call;
}
