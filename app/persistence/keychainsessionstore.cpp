#include "persistence/sessionstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeychain, "profiledesk.keychain", QtWarningMsg)

KeychainSessionStore::KeychainSessionStore(QObject *parent)
    : SessionStore(parent)
{ }

QString KeychainSessionStore::serviceName()
{
    return QStringLiteral("ProfileDesk");
}

// Without a desktop session QtKeychain reports a missing D-Bus as OtherError, not NoBackendAvailable,
// so every failure but "no such entry" counts: either way the token cannot be kept.
QString KeychainSessionStore::noteFailure(const QString &errorString)
{
    const bool changed = m_available;
    m_available = false;
    // The person needs to know what is missing and what still works; the technical reason
    // ("Failed to execute child process dbus-launch") is for whoever enables the category
    // (QT_LOGGING_RULES="profiledesk.keychain.info=true"), not for the message.
    qCInfo(lcKeychain, "keychain unavailable: %s", qPrintable(errorString));
    m_unavailableReason = tr("No keychain (such as GNOME Keyring or KWallet) is running, so ProfileDesk cannot "
                             "keep you signed in. Everything else works; sign in again next time.");
    if (changed)
        Q_EMIT availabilityChanged(false);
    return m_unavailableReason;
}

namespace {

// The job's outcome as the answer: a failure says why (noteFailure), success fills the result.
template<typename CallType, typename OnDone>
CallType *answerOf(QKeychain::Job *job, QObject *owner, OnDone onDone)
{
    auto *call = new CallType(owner);
    QObject::connect(job, &QKeychain::Job::finished, call, [call, job, onDone] { onDone(call, job); });
    job->start();
    return call;
}

} // namespace

PendingCall *KeychainSessionStore::store(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setInsecureFallback(false); // a token in a plain file is exactly what this class exists to avoid
    job->setKey(key);
    job->setTextData(secret);
    return answerOf<PendingCall>(job, this, [this](PendingCall *call, QKeychain::Job *done) {
        if (done->error())
            call->failLater(Error::local(noteFailure(done->errorString())));
        else
            call->succeedLater();
    });
}

SecretCall *KeychainSessionStore::load(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    return answerOf<SecretCall>(job, this, [this, job](SecretCall *call, QKeychain::Job *done) {
        if (done->error() && done->error() != QKeychain::EntryNotFound)
            return call->failLater(Error::local(noteFailure(done->errorString())));
        if (!done->error())
            call->setResult(job->textData());
        call->succeedLater();
    });
}

PendingCall *KeychainSessionStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    return answerOf<PendingCall>(job, this, [this](PendingCall *call, QKeychain::Job *done) {
        if (done->error() && done->error() != QKeychain::EntryNotFound)
            call->failLater(Error::local(noteFailure(done->errorString())));
        else
            call->succeedLater();
    });
}
