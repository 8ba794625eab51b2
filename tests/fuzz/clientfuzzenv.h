#pragma once

#include "cannedreply.h"
#include "core/dataservice.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QEvent>

#include <functional>

// The client stack as the app wires it (one QNAM, one RestClient, the services on top), with a
// QNAM that answers from the fuzz input. One per process; every call runs to its finished().
class ClientFuzzEnv
{
public:
    static ClientFuzzEnv &instance()
    {
        static ClientFuzzEnv env;
        return env;
    }

    CannedNetworkAccessManager nam;
    RestClient client{Config::fromBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/api"))), &nam};
    UserService users{&client};
    DataService data{&client, &users};

    // Every request of this input is answered with it: "NNN\n" + body, or only a body (status
    // `fallbackStatus`). Returns the status.
    int answerWith(const uint8_t *data, size_t size, int fallbackStatus)
    {
        QByteArray body;
        const int status = Fuzz::splitStatus(Fuzz::bytes(data, size), fallbackStatus, &body);
        nam.setReply(status, body);
        return status;
    }

    // A live session, so that token-carrying calls are made (and can be ended by the reply).
    void signIn()
    {
        User user;
        user.setObjectId(QStringLiteral("A1"));
        users.restoreSession(user, QStringLiteral("T1"));
    }

    // Delivers the canned reply and runs the event loop until the call finished; a call that
    // never finishes, or finishes twice, is a finding. Deleted calls are swept afterwards.
    template<typename CallType>
    void run(CallType *call, const std::function<void(CallType *)> &collect)
    {
        int finished = 0;
        QObject::connect(call, &CallType::finished, call, [&finished, call, &collect] {
            ++finished;
            collect(call);
        });
        for (int round = 0; round < 100 && finished == 0; ++round)
            QCoreApplication::processEvents();
        if (finished != 1)
            Fuzz::finding(finished == 0 ? "the call never finished" : "the call finished twice");
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private:
    ClientFuzzEnv() = default;
};
