#include "sessionstore.h"

#include <qt6keychain/keychain.h>

KeychainSessionStore::KeychainSessionStore(QObject *parent)
    : SessionStore(parent)
{
}

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
    m_unavailableReason = tr("No keychain is available (%1), so you cannot stay signed in.").arg(errorString);
    if (changed)
        Q_EMIT availabilityChanged(false);
    return m_unavailableReason;
}

void KeychainSessionStore::store(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setInsecureFallback(false); // a token in a plain file is exactly what this class exists to avoid
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, job] {
        Q_EMIT stored(key, job->error() ? noteFailure(job->errorString()) : QString());
    });
    job->start();
}

void KeychainSessionStore::load(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, job] {
        if (job->error() == QKeychain::EntryNotFound)
            Q_EMIT loaded(key, QString(), QString());
        else if (job->error())
            Q_EMIT loaded(key, QString(), noteFailure(job->errorString()));
        else
            Q_EMIT loaded(key, job->textData(), QString());
    });
    job->start();
}

void KeychainSessionStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, job] {
        const bool failed = job->error() && job->error() != QKeychain::EntryNotFound;
        Q_EMIT removed(key, failed ? noteFailure(job->errorString()) : QString());
    });
    job->start();
}
