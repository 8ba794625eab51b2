#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/pendingcall.h"

class Session;
class UserService;
struct Error;

// Changing the signed-in user's password, as its own action beside the profile's Save (as
// Keycloak's account console and KDE's KNewPasswordWidget do): the current password, the new one
// twice, the rule stated and checked as it is typed, and a submit that
//   1. proves the current password by signing in with it (POST /users/login with the current
//      identity), and
//   2. sends only {"password": new} through UserService::update (PUT /users/{id}).
//
// Step 1 starts a NEW session: on this server, and by Backendless's default, a sign-in ends the
// account's previous session. UserService switches to the new token as the login succeeds, and
// every later call (the model's saves, DataService, roles) reads UserService's current token, so
// the app carries on with it; sessionReplaced() tells whoever keeps the token elsewhere (the
// keychain for "Stay signed in") to store the new one.
//
// No widgets; the passwords are held in memory only (never drafted, logged or stored), and are
// kept on every error so that nothing typed is lost.
class PasswordChange : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    // Where a message belongs: under one of the three fields, or for the whole action.
    enum class Field { Current, New, Confirm, Form };
    Q_ENUM(Field)

    // One part of the rule for a new password, with whether the typed one satisfies it.
    struct Rule
    {
        QString text; // tr()'d, e.g. "At least 8 characters"
        bool met = false;
    };

    // With a `session` that needs credentials the change waits for the sign-in (Session::park) and
    // goes through after it, with what was typed.
    explicit PasswordChange(UserService *users, Session *session = nullptr, QObject *parent = nullptr);
    ~PasswordChange() override;

    // The property the account signs in with ("email" by default; the schema's identity).
    void setIdentityProperty(const QString &name);
    // The signed-in user's identity value, read from UserService at each use (a saved profile
    // may have changed it).
    QString identity() const;

    void setCurrentPassword(const QString &password);
    void setNewPassword(const QString &password);
    void setConfirmation(const QString &password);
    QString currentPassword() const { return m_typed.current; }
    QString newPassword() const { return m_typed.next; }
    QString confirmation() const { return m_typed.confirm; }

    // The rule, as it stands for the new password typed so far.
    QList<Rule> rules() const;
    bool rulesMet() const;
    // The message under a field (or, for Form, for the action), empty when there is none.
    QString error(Field field) const;
    // The message after a successful change ("Your password was changed."), until the next edit.
    QString successMessage() const { return m_typed.success; }
    // Every field filled, the rule met, the confirmation equal, and nothing running.
    bool canSubmit() const;
    bool isBusy() const { return m_state != State::Idle; }

public Q_SLOTS:
    // Starts the change. False when nothing was started: busy, or a field is missing or wrong
    // (then every field's message shows, the mismatch included, so the UI can focus the first).
    bool submit();
    // Aborts the call in flight; the fields stay.
    void cancel();
    // Empties the fields and every message.
    void clear();

Q_SIGNALS:
    // Anything the UI shows changed: a field, the rule, a message, canSubmit().
    void changed();
    void busyChanged(bool busy);
    // After submit() failed: the first field with a message (Form when it is the action's).
    void failed(PasswordChange::Field where);
    // The password was changed; the fields are empty, successMessage() says so.
    void succeeded();
    // Step 1 signed in again: UserService now holds a new session token.
    void sessionReplaced();

private:
    enum class State { Idle, Verifying, Saving };
    void setState(State state);
    void edited();
    void onVerified(UserCall *call);
    void onSaved(UserCall *call);
    // `answer`: the error behind it; one that ends the session parks the change until the sign-in.
    void fail(Field where, const QString &text, const Error &answer);
    void dropPending();

    // What the person typed, and the messages about it.
    struct Typed
    {
        QString current;
        QString next;
        QString confirm;
        QString currentError; // the server's answer about the current password (3003)
        QString formError; // any other failure of the action
        QString success;
        bool submitTried = false; // after a refused submit(), every missing field says so
        bool mismatchShown() const;
        void clear() { *this = Typed(); }
    };

    QPointer<UserService> m_users;
    QPointer<Session> m_session;
    QPointer<UserCall> m_pending;
    QString m_identityProperty;
    Typed m_typed;
    State m_state = State::Idle;
};
