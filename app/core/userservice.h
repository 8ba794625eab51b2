#pragma once

#include "core/error.h"
#include "core/pendingcall.h"
#include "core/restclient.h"
#include "core/user.h"
#include "core/userschema.h"

#include <QException>
#include <QFuture>
#include <QObject>

// Thrown into a QFuture by UserService::updateFuture, so that .onFailed([](const ErrorException &e) {...})
// receives the Error.
class ErrorException : public QException
{
public:
    explicit ErrorException(const Error &error)
        : m_error(error)
    { }
    Error error() const { return m_error; }
    void raise() const override { throw *this; }
    ErrorException *clone() const override { return new ErrorException(*this); }
    const char *what() const noexcept override { return "ProfileDesk call failed"; }

private:
    Error m_error;
};

// The Backendless user service (docs/PROTOCOL.md "Calls"), the C++ counterpart of Backendless.UserService.
// Holds the session: the current user and its token (the token never leaves through a log line, a
// User or a signal argument).
//
// Every method returns a call object at once (see PendingCall). The Backendless SDK's blocking forms
// (updateSync, loginSync, ...) are BlockingCall::wait around these calls, for worker threads and
// command-line programs (the CLI); it refuses with Kind::Local on the GUI thread. Accessors are for the
// service's own thread.
class UserService : public QObject
{
    Q_OBJECT

public:
    explicit UserService(RestClient *client, QObject *parent = nullptr);
    ~UserService() override;

    RestClient *client() const { return m_client; }

    // --- session ---
    bool isLoggedIn() const { return !m_token.isEmpty(); }
    User currentUser() const { return m_currentUser; }
    QString userToken() const { return m_token; }
    // Takes a session kept elsewhere (keychain): no request is made; check with isValidLogin().
    void restoreSession(const User &user, const QString &token);
    // Forgets the session locally (no request). Emits currentUserChanged() if there was one.
    void clearSession();
    // Calls report their errors here (DataService too): a session-ending code clears the session and
    // emits sessionEnded(), unless the call was made with an older token than the current one.
    void handleCallError(const Error &error, const QString &tokenUsed);

    // --- calls ---
    UserCall *login(const QString &identity, const QString &password);
    // Clears the session on success and on the session-ending codes (as the official SDK does).
    PendingCall *logout();
    // PUT /users/{id}: sends every property of `changes` except system fields (so pass ONLY the changed
    // ones). The id is changes.objectId(), or the current user's when empty. When the result is the
    // current user, currentUser() takes it (and currentUserChanged() is emitted) before finished().
    UserCall *update(const User &changes);
    // The same as a QFuture: .then(...) gets the User, .onFailed([](const ErrorException &) {...}) the Error.
    QFuture<User> updateFuture(const User &changes);
    // GET /users/isvalidusertoken/{token}. No session -> false without a request. A dead token (false)
    // also clears the local session.
    BoolCall *isValidLogin();
    SchemaCall *describeUserClass();
    PendingCall *restorePassword(const QString &identity);
    RolesCall *userRoles();
    // GET /data/Users/{currentId} with the token; refreshes currentUser().
    UserCall *reloadCurrentUser();

Q_SIGNALS:
    void currentUserChanged();
    // An answer that ends the session (Error::endsSession) from any call: already cleared.
    void sessionEnded(const Error &reason);

private:
    void setSession(const User &user, const QString &token);
    RestCall *send(RestRequest request);
    // Observer for calls made with the current session: reports session-ending errors.
    PendingCall::Observer sessionObserver(std::function<void(PendingCall *)> onSuccess = {});

    RestClient *m_client;
    User m_currentUser;
    QString m_token;
};
