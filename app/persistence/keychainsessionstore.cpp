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

void KeychainSessionStore::store(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setInsecureFallback(false); // a token in a plain file is exactly what this class exists to avoid
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, job] { Q_EMIT stored(key, job->error() ? noteFailure(job->errorString()) : QString()); });
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
