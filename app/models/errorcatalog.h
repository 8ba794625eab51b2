#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/error.h"
#include "models/session/reauthreason.h"

// THE one place where a Backendless error code is mapped to where it belongs in a form
// (a field, the banner, or "sign in again") and to the tr()'d text the user reads.
// ProfileSave uses placeUpdateError(); LoginDialog uses placeLoginError(); the staff directory
// placeListError(). It also says which re-sign-in an answer asks for (reauthReason). Above the core
// nothing else tells codes apart but the few files tests/structure/check_structure.py names in
// CODE_DECIDERS, each with its reason; whether an answer ends the session is Error::endsSession's.
class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)
public:
    // Field names used by placeLoginError(): the login dialog's two inputs.
    static const QString LoginIdentityField; // "login"
    static const QString LoginPasswordField; // "password"

    enum class Target {
        None, // not an error
        Fields, // inline, under each field in `fields`
        Banner, // form-level message
        Reauthenticate, // the session is gone: show the login dialog, keep every edit, then retry
    };

    // What the UI can offer next to the message.
    enum class Action {
        None,
        Retry, // network failure / timeout: the same request may succeed later
        ServerSettings, // 2002: wrong app id / API key, open the server panel
        SignIn, // the session ended (Error::endsSession): sign in again
    };

    struct Placement
    {
        Target target = Target::None;
        QStringList fields; // property names (Target::Fields) in form order
        QString text; // tr()'d, shown under each field or in the banner
        Action action = Action::None;
    };

    // What the form knows that the code alone does not say.
    struct UpdateContext
    {
        QString identityProperty; // 3018 lands here ("email" by default)
        QStringList emptyRequired; // 3045 lands on each of these (in form order)
        QStringList addedProperties; // 3031 lands on these (new dynamic properties)
        QStringList editedProperties; // 1007 lands on those of these its message names
    };

    struct LoginContext
    {
        bool identityEmpty = false;
        bool passwordEmpty = false;
        QString identityLabel; // e.g. tr("Email"), used in 3006's text
    };

    // Errors of PUT /users/{id} and PUT /data/Users/{id} (and the re-read before a save). The Data
    // API's 1007 (a value of the wrong type) names its properties only in the message.
    static Placement placeUpdateError(const Error &error, const UpdateContext &context);
    // Errors of POST /users/login (3003 -> password, 3006 -> the empty field, others -> banner).
    static Placement placeLoginError(const Error &error, const LoginContext &context);
    // Errors of reading a list (the staff directory's find and count): always the banner, with
    // Retry for a transport failure.
    static Placement placeListError(const Error &error);

    // The text for an error wherever it is shown; the server's message is kept where it is the
    // only detail (3024) and appended for codes the catalog does not know.
    static QString text(const Error &error);
    // Errors of a picture's upload (the Files API), for the message under the picture field:
    // 6003, 6016 / 413, 6000 / 6007, a refused write (403), a full store (507), a transport failure.
    static QString pictureText(const Error &error);
    // A transport failure in words: which server, and what the cause asks of the person.
    static QString networkText(const Error &error);

    // A session the server no longer knows: by default Backendless ends an account's session when
    // it signs in again elsewhere, so "expired" alone would mislead.
    static QString sessionEnded();
    // Which re-sign-in an answer asks for (it decides nothing about whether the session ended:
    // Error::endsSession does): 2002 -> KeyRejected, 3028 -> NotSignedIn, else SessionEnded.
    static ReauthReason reauthReason(const Error &error);
    // After a sign-in, the users' schema could not be read: the person is asked to sign in again.
    static QString profileFormNotLoaded(const Error &error);
    // A status or role action where the app has no ProfileDeskStaff service (issue 21).
    static QString staffServiceMissing();
    // What the re-sign-in dialog over the open forms says, for each reason it was opened.
    static QString signInAgainPrompt(ReauthReason reason);
    // 2002: the app id or REST API key refused (also when a re-sign-in to fix them was cancelled).
    static QString keyRejected();
    // The answer to "forgot password", the same whether an account uses the identity or not (3020),
    // so that the reset form does not tell anyone which addresses have accounts.
    static QString passwordResetRequested();
};
