#pragma once

#include <QObject>

#include "models/session/session.h"

class AccountService;
class DataService;
class FileService;
class DraftStore;
class Journal;
class QNetworkAccessManager;
class SessionStore;
class Settings;
class SignInFlow;
class UserService;

// The application's services, built once and kept for the whole program, across sign-ins: the one
// REST client and UserService (which holds the session), DataService, AccountService, the
// SignInFlow, FileService (pictures), the person's own DraftStore and the staff Journal. A Session borrows them
// (sessionServices()); AppController shows windows over them and builds none.
class AppServices : public QObject
{
    Q_OBJECT
public:
    AppServices(Settings *settings, SessionStore *sessions, QNetworkAccessManager *nam, QObject *parent = nullptr);
    // Unsaved edits are already in the draft store (debounced); what is pending is written now.
    ~AppServices() override;

    UserService *users() const { return m_users; }
    DataService *data() const { return m_data; }
    FileService *files() const { return m_files; }
    AccountService *accounts() const { return m_accounts; }
    SignInFlow *flow() const { return m_flow; }
    DraftStore *drafts() const { return m_drafts; }
    Journal *journal() const { return m_journal; }
    // The person's drafts in `directory` from now on (tests and --data-dir).
    void setDraftDirectory(const QString &directory);
    // What a Session signs in with.
    Session::Services sessionServices() const { return {m_users, m_data, m_drafts, m_journal, m_accounts, m_files}; }

private:
    UserService *m_users;
    SignInFlow *m_flow;
    DataService *m_data;
    FileService *m_files;
    AccountService *m_accounts;
    DraftStore *m_drafts;
    Journal *m_journal;
};
