#pragma once

#include <QByteArray>
#include <QThread>

#include <atomic>

namespace Hostile {

// `clients` keep-alive connections on a thread of their own, each sending the same login again as
// soon as the previous one is answered, until destroyed: the load a login flood puts on the server while
// the test thread measures a normal request.
class LoginFlood
{
public:
    LoginFlood(quint16 port, const QByteArray &body, int clients);
    ~LoginFlood();

    int answered() const { return m_answered.load(); }

private:
    QThread m_thread;
    std::atomic<int> m_answered{0};
};

} // namespace Hostile
