#pragma once

#include "protocol/backendlesscodes.h" // ErrorCode::

#include <QCoreApplication>
#include <QDebug>
#include <QMetaType>
#include <QString>

// Every call of the client core ends in exactly one of these: no error (Kind::None) or one error.
// Transport failures (network, timeout, cancel, unusable reply) are kept apart from the server's own
// answers (Kind::Server) because the UI reacts differently: only a server code maps to a field.
struct Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)

public:
    enum class Kind {
        None, // success
        Server, // the server answered {"code", "message"}: code/message/httpStatus are the server's
        Network, // no usable HTTP exchange (refused, reset, DNS, TLS)
        Timeout, // no complete reply within RestClient::timeout()
        Cancelled, // the caller cancelled
        Protocol, // an HTTP reply that is not the expected JSON (HTML, truncated, wrong type, too big)
        Local // refused before anything was sent: invalid Config, no session, blocking call on the GUI thread
    };

    // Why no HTTP exchange happened (Kind::Network's code): each asks the person for something else.
    enum class NetworkCause { Other, HostNotFound, Refused, Tls, Closed };

    Kind kind = Kind::None;
    int code = 0; // the Backendless code for Kind::Server (and for a few Kind::Local cases),
                  // the NetworkCause for Kind::Network, else 0
    QString message; // English: the server's text, or a short technical description
    int httpStatus = 0; // 0 when no HTTP status was received
    QString endpoint; // host[:port] the call went to, for Kind::Network and Kind::Timeout

    NetworkCause networkCause() const { return kind == Kind::Network ? NetworkCause(code) : NetworkCause::Other; }

    bool isError() const { return kind != Kind::None; }
    // The one rule for which answers end the session: 3028, 3064, 3023, 3090, 3091 from the server,
    // and 3028 refused locally (no session held). UserService clears the session on them and emits
    // sessionEnded(); the Session then needs credentials.
    bool endsSession() const;
    // Text for a person: the server's message for server errors, a translated sentence otherwise.
    QString displayText() const;

    static Error server(int code, const QString &message, int httpStatus);
    static Error network(const QString &message, NetworkCause cause = NetworkCause::Other,
                         const QString &endpoint = QString());
    static Error timeout(const QString &endpoint = QString());
    static Error cancelled();
    static Error protocol(const QString &message, int httpStatus = 0);
    static Error local(const QString &message, int code = 0);

    bool operator==(const Error &other) const;
    bool operator!=(const Error &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(Error)

QDebug operator<<(QDebug debug, const Error &error);
QDebug operator<<(QDebug debug, Error::Kind kind);
