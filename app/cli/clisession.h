#pragma once

#include "core/accountservice.h"
#include "core/config.h"
#include "core/dataservice.h"
#include "core/fileservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "persistence/sessionstore.h"

#include <QNetworkAccessManager>

#include <memory>

// The services of one CLI run, and where the CLI keeps its session between runs: the OS keychain,
// one entry per server + app ("<serverKey>#@cli"), holding the token and who it belongs to. Nowhere
// else: with no keychain (or --no-keychain) each command signs in with --login.
class CliSession
{
public:
    CliSession(const Config &config, std::chrono::milliseconds timeout, bool useKeychain);

    UserService &users() { return m_users; }
    DataService &data() { return m_data; }
    AccountService &accounts() { return m_accounts; }
    FileService &files() { return m_files; }
    const Config &config() const { return m_config; }
    std::chrono::milliseconds timeout() const { return m_client.timeout(); }

    bool keychainEnabled() const { return m_store != nullptr; }
    // Loads the kept session into users(); false when none is kept (or the keychain is unavailable).
    bool restoreKept(QString *error);
    // Keeps users()'s session; false + *error when no keychain can hold it.
    bool keep(QString *error);
    bool forgetKept(QString *error);

private:
    QString key() const;

    Config m_config;
    QNetworkAccessManager m_nam;
    RestClient m_client;
    UserService m_users;
    DataService m_data;
    AccountService m_accounts;
    FileService m_files;
    std::unique_ptr<SessionStore> m_store;
};
