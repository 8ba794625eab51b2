#include "core/error.h"

// THE rule for "this answer ends the session": UserService clears the token on it, Session enters
// NeedsCredentials on it, SignInFlow gives up a kept session on it; ErrorCatalog only words it.
bool Error::endsSession() const
{
    // Local: the core refused before sending because it holds no session any more (3028).
    if (kind != Kind::Server && !(kind == Kind::Local && code == ErrorCode::NotLoggedIn))
        return false;
    switch (code) {
    case ErrorCode::LogoutFailed: // the token the logout named is unknown: this session is gone
    case ErrorCode::NotLoggedIn: // the server knows no session for the request
    case ErrorCode::InvalidUserToken:
    case ErrorCode::UserDisabled:
    case ErrorCode::UserNotAuthorized:
        return true;
    default:
        return false;
    }
}

QString Error::displayText() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Server:
        return message.isEmpty() ? tr("The server reported error %1.").arg(code) : message;
    case Kind::Network:
        return tr("Cannot reach the server: %1").arg(message);
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Protocol:
        return tr("The server sent a reply that could not be understood (%1).").arg(message);
    case Kind::Local:
        return message;
    }
    return message;
}

Error Error::server(int code, const QString &message, int httpStatus)
{
    return Error{Kind::Server, code, message, httpStatus, {}};
}

Error Error::network(const QString &message, NetworkCause cause, const QString &endpoint)
{
    return Error{Kind::Network, int(cause), message, 0, endpoint};
}

Error Error::timeout(const QString &endpoint)
{
    return Error{Kind::Timeout, 0, QStringLiteral("no reply within the timeout"), 0, endpoint};
}

Error Error::cancelled()
{
    return Error{Kind::Cancelled, 0, QStringLiteral("cancelled"), 0, {}};
}

Error Error::protocol(const QString &message, int httpStatus)
{
    return Error{Kind::Protocol, 0, message, httpStatus, {}};
}

Error Error::local(const QString &message, int code)
{
    return Error{Kind::Local, code, message, 0, {}};
}

bool Error::operator==(const Error &other) const
{
    return kind == other.kind && code == other.code && message == other.message && httpStatus == other.httpStatus
        && endpoint == other.endpoint;
}

QDebug operator<<(QDebug debug, Error::Kind kind)
{
    static const char *const names[] = {"None", "Server", "Network", "Timeout", "Cancelled", "Protocol", "Local"};
    QDebugStateSaver saver(debug);
    debug.nospace() << names[static_cast<int>(kind)];
    return debug;
}

QDebug operator<<(QDebug debug, const Error &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Error(" << error.kind << ", code " << error.code << ", http " << error.httpStatus << ", "
                    << error.message << ')';
    return debug;
}
