#pragma once

#include <QObject>
#include <QPointer>

#include "core/pendingcall.h"

class AppServices;
class Session;

using SessionCall = Call<QPointer<Session>>;

// From a sign-in to a Session open on the person's own profile: loads the users' schema, forgets
// which server had the staff service (another sign-in may be another server), builds the Session
// (the caller's child) with the own profile open, and has the keychain follow a token a password
// change renewed. Then, when asked, whether the person is support staff (GET /users/userroles).
// Each request returns its own answer; the caller holds it.
class SessionOpener : public QObject
{
    Q_OBJECT
public:
    explicit SessionOpener(AppServices *services, QObject *parent = nullptr);

    // The Session for the sign-in that just finished (SignInFlow::signedIn), a child of `owner`.
    // Fails, with the local session cleared, when the schema cannot be read: the person signs in
    // again (ErrorCatalog::profileFormNotLoaded words it).
    SessionCall *open(QObject *owner);
    // True when the signed-in person has the SupportStaff role; a failed roles call says false:
    // the person edits their own profile as anyone does.
    BoolCall *checkSupportStaff();

private:
    AppServices *m_services;
};
