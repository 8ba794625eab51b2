// Client: a Data API find reply (a JSON array of users) through DataService::find, and a count
// reply through DataService::count: what the staff directory pages through.
#include "clientfuzzenv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ClientFuzzEnv &env = ClientFuzzEnv::instance();
    env.answerWith(data, size, 200);
    env.signIn();

    DataQuery query;
    query.where = DataService::whereLike(QStringLiteral("email"), QStringLiteral("o'x"));
    query.pageSize = 100;
    QList<User> users;
    Error error;
    env.run<UsersCall>(env.data.find(query), [&](UsersCall *call) {
        users = call->result();
        error = call->error();
    });
    if (error.isError() && !users.isEmpty())
        Fuzz::finding("a refused list still has users");
    for (const User &user : users) {
        if (user.contains(QStringLiteral("user-token")) || user.contains(QStringLiteral("password")))
            Fuzz::finding("a listed User carries a token or a password");
        (void)user.created();
        (void)user.email();
    }

    // The same bytes as a count reply.
    env.signIn();
    qint64 count = -1;
    env.run<CountCall>(env.data.count(query.where), [&](CountCall *call) {
        count = call->result();
        error = call->error();
    });
    if (!error.isError() && count < 0)
        Fuzz::finding("a negative count was accepted");
    return 0;
}
