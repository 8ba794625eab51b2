// Client: a login reply (docs/PROTOCOL.md "Login": the user plus "user-token") through
// UserService::login, User::fromJson and the User accessors a form and a draft use.
#include "clientfuzzenv.h"
#include "core/userproperties.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ClientFuzzEnv &env = ClientFuzzEnv::instance();
    const int status = env.answerWith(data, size, 200);
    env.users.clearSession();

    User user;
    Error error;
    env.run<UserCall>(env.users.login(QStringLiteral("a@example.com"), QStringLiteral("pw")), [&](UserCall *call) {
        user = call->result();
        error = call->error();
    });
    if (error.isError()) {
        if (env.users.isLoggedIn())
            Fuzz::finding("a failed login left a session");
        if (error.displayText().isEmpty())
            Fuzz::finding("an error without a text to show");
        return 0;
    }
    if (status < 200 || status > 299)
        Fuzz::finding("a non-2xx reply was taken as a login");
    if (user.objectId().isEmpty() || !env.users.isLoggedIn() || env.users.userToken().isEmpty())
        Fuzz::finding("a login without objectId or token succeeded");
    // The session token and the password never travel inside a User (drafts, logs, the form).
    if (user.contains(QStringLiteral("user-token")) || user.contains(QStringLiteral("password")))
        Fuzz::finding("the User carries the token or the password");
    if (user.toJson().contains(QStringLiteral("user-token"))
        || user.updateBody().contains(QStringLiteral("user-token")))
        Fuzz::finding("the token leaks into toJson/updateBody");
    for (const QString &name : user.propertyNames()) {
        if (UserProperties::isSystem(name) && user.updateBody().contains(name))
            Fuzz::finding("a system property in an update body");
    }
    // A draft is the user's JSON read back: it must give the same user.
    if (User::fromJson(user.toJson()) != user)
        Fuzz::finding("User::fromJson(user.toJson()) differs from user");
    (void)user.created();
    (void)user.updated();
    (void)user.lastLogin();
    (void)user.email();
    return 0;
}
