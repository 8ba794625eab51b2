#pragma once

#include "core/pendingcall.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

class Config;

// A keychain read: its result is the secret (empty for an unknown key).
using SecretCall = Call<QString>;

// Where a session survives the program: the token in the OS keychain, never in QSettings or a file.
// Asynchronous because keychains are (D-Bus, prompts): every request returns its own answer, a job
// as QtKeychain's own Job is (finished() once, never before the request returned; its error a Local
// one saying why the keychain could not do it). Whoever asked holds it; nothing is broadcast.
// load() of an unknown key succeeds with an empty secret.
class SessionStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // False once the store learnt that it cannot keep anything (no keychain service): the app still
    // works but cannot stay signed in, and says so with unavailableReason().
    virtual bool isAvailable() const = 0;
    virtual QString unavailableReason() const = 0;

    virtual PendingCall *store(const QString &key, const QString &secret) = 0;
    virtual SecretCall *load(const QString &key) = 0;
    virtual PendingCall *remove(const QString &key) = 0;

    // The key of one user's session on one server + app: "<serverKey>#<identity>".
    static QString keyFor(const Config &config, const QString &identity);
    // What to store: the token plus what is needed to restore the session without asking the server
    // who the token belongs to (objectId, identity). JSON, only ever passed to store().
    static QString packSession(const User &user, const QString &token);
    // false when `secret` is not a packed session (corrupt entry): treat as "not signed in".
    static bool unpackSession(const QString &secret, User *user, QString *token);

Q_SIGNALS:
    void availabilityChanged(bool available);
};

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential
// Store on Windows), service "ProfileDesk". Never enables QtKeychain's plaintext fallback.
class KeychainSessionStore : public SessionStore
{
    Q_OBJECT

public:
    explicit KeychainSessionStore(QObject *parent = nullptr);

    bool isAvailable() const override { return m_available; }
    QString unavailableReason() const override { return m_unavailableReason; }

    PendingCall *store(const QString &key, const QString &secret) override;
    SecretCall *load(const QString &key) override;
    PendingCall *remove(const QString &key) override;

    static QString serviceName();

private:
    QString noteFailure(const QString &errorString); // -> unavailable, returns the reason

    bool m_available = true;
    QString m_unavailableReason;
};

// Keeps secrets in this process only; for tests (explicit, never a silent fallback).
class MemorySessionStore : public SessionStore
{
    Q_OBJECT

public:
    using SessionStore::SessionStore;

    bool isAvailable() const override { return m_available; }
    QString unavailableReason() const override;
    // Tests simulate "no keychain" with this.
    void setAvailable(bool available);

    PendingCall *store(const QString &key, const QString &secret) override;
    SecretCall *load(const QString &key) override;
    PendingCall *remove(const QString &key) override;

    QHash<QString, QString> contents() const { return m_secrets; }

private:
    QHash<QString, QString> m_secrets;
    bool m_available = true;
};
