// Client: an error reply ("NNN\n" status prefix, then the body) to a PUT users/{id} with a live
// session: RestClient::parseBody's error rules, Error, and the session-ending codes.
#include "clientfuzzenv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ClientFuzzEnv &env = ClientFuzzEnv::instance();
    const int status = env.answerWith(data, size, 400);
    env.signIn();

    int sessionEnded = 0;
    const QMetaObject::Connection watch =
        QObject::connect(&env.users, &UserService::sessionEnded, [&sessionEnded] { ++sessionEnded; });
    User changes;
    changes.setValue(QStringLiteral("name"), QStringLiteral("x"));
    Error error;
    env.run<UserCall>(env.users.update(changes), [&](UserCall *call) { error = call->error(); });
    QObject::disconnect(watch);

    const bool success = status >= 200 && status < 300;
    if (!success && !error.isError())
        Fuzz::finding("a non-2xx reply was taken as success");
    if (error.isError()) {
        if (error.kind != Error::Kind::Server && error.kind != Error::Kind::Protocol)
            Fuzz::finding("a complete HTTP reply gave a transport error kind");
        // A 2xx body the service's parser refuses (no objectId) is reported without the status.
        if (!success && error.httpStatus != status)
            Fuzz::finding("an error reply lost its HTTP status");
        if (error.kind == Error::Kind::Server && success)
            Fuzz::finding("a 2xx reply became a server error");
        if (error.displayText().isEmpty())
            Fuzz::finding("an error without a text to show");
        // The session goes exactly when the code says so, and the app is told once.
        if (error.endsSession() != (sessionEnded == 1) || error.endsSession() == env.users.isLoggedIn())
            Fuzz::finding("session end does not follow Error::endsSession()");
    } else if (sessionEnded != 0) {
        Fuzz::finding("a successful update ended the session");
    }
    return 0;
}
