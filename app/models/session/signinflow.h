#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <optional>

#include "core/config.h"
#include "core/error.h"
#include "core/pendingcall.h"
#include "models/session/reauthreason.h"
#include "models/session/serverchoice.h"

class SessionStore;
class Settings;
class UserService;

// The server that `profiledesk --demo` started in-process, and its accounts (shown on the dialog).
struct DemoServer
{
    QUrl baseUrl;
    QString appId;
    QString apiKey;
    QStringList accounts;
};

// Signing in, without widgets: applies the server the person chose to the shared client (only when
// they ask to sign in, never while they type), logs in through UserService, keeps the session in the
// keychain or forgets it, and remembers the server, the identity and "stay signed in" in Settings:
// nothing else writes those but ui/main.cpp, which writes a server given on the command line before
// the flow starts. Also restores a kept session at start, renews one over an open form
// and signs out. The login dialog is its view: it asks, holds the answer of what it asked (each
// request returns its own), and places what comes back (an Error goes where
// ErrorCatalog::placeLoginError() says).
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString identity;
        QString password;
        bool staySignedIn = false;
        // The server to sign in to. Without one (a session renewed over an open form, whose
        // server cannot change) the client keeps the server it has.
        std::optional<ServerChoice> server;
        // Over an open form: the identity and "stay signed in" in Settings stay as they are, and a
        // kept session is kept again with the new token.
        bool renewing = false;
    };

    SignInFlow(UserService *users, SessionStore *sessions, Settings *settings, QObject *parent = nullptr);

    void setDemoServer(const DemoServer &demo);
    const DemoServer &demoServer() const { return m_demo; }
    // For the view to fill itself in; writing is the flow's.
    const Settings &settings() const { return *m_settings; }
    // The server and the identity signed in with (valid after signedIn()).
    Config config() const { return m_config; }
    QString identity() const { return m_identity; }

    // With "stay signed in" and a keychain: the kept session, checked with the server; then
    // signedIn() or restoreFailed().
    void restore();
    // The sign-in's answer: finished once the server, the keychain and Settings are done with it
    // (then signedIn() too, unless it renewed a session), or with why not. Null while another
    // sign-in is in flight.
    PendingCall *signIn(const Request &request);
    // Stops a sign-in in progress: its answer finishes with a Kind::Cancelled error.
    void cancel();
    // The reset request's answer; null while another one is in flight.
    PendingCall *requestPasswordReset(const QString &identity, const std::optional<ServerChoice> &server);
    // The property the chosen server's users sign in with (the answer's result, empty when the
    // server did not say), asked on a client of its own: the one in use keeps its server until a
    // sign-in is asked for. Null when `server` is not usable.
    Call<QString> *probeIdentityProperty(const ServerChoice &server);
    // The session's token changed (the current password was checked again): the keychain gets the
    // new one when the person chose to stay signed in.
    void keepSessionIfWanted();
    // Why the session could not be kept (no keychain), once: for the editor's banner.
    QString takeNotice();
    void signOut();

Q_SIGNALS:
    // A new session began: signed in with the dialog, or a kept session restored (not a renewal).
    void signedIn();
    // No kept session to use; `message` (may be empty) says why the person must sign in.
    void restoreFailed(const QString &message);
    void sessionNotKept(const QString &why);

private:
    // The Config for a choice; the demo server is reached with its own ids, as the panel shows.
    Config configFor(const ServerChoice &choice) const;
    void finishSignIn(const Request &request);
    // Answers the sign-in in flight.
    void answerSignIn(const Error &error);
    void keepSession();

    UserService *m_users;
    SessionStore *m_sessions;
    Settings *m_settings;
    QPointer<PendingCall> m_loginCall; // the core's login in flight
    QPointer<PendingCall> m_signInAnswer; // what signIn() returned, until it finishes
    QPointer<PendingCall> m_resetCall;
    DemoServer m_demo;
    Config m_config;
    QString m_identity;
    QString m_notice;
};
