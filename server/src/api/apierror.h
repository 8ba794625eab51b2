#pragma once

#include "protocol/backendlesscodes.h"

#include <QString>

namespace Server {

// The Backendless codes the local server answers are ::ErrorCode (protocol/backendlesscodes.h, shared with
// the client); Server::ErrorCode adds the few codes that are our choice for failures Backendless
// documents nothing about (see server/README.md), and finds the shared ones through the using-directive.
namespace ErrorCode {
using namespace ::ErrorCode;
constexpr int MalformedRequest = 8002;
// HTTP-level failures: the code repeats the HTTP status (our choice).
constexpr int FileAccessDenied = 403; // a Files API write outside the caller's own folder
constexpr int RouteNotFound = 404;
constexpr int MethodNotAllowed = 405;
constexpr int PayloadTooLarge = 413;
constexpr int TooManyAttempts = 429;
constexpr int InternalError = 500;
// The disk holding the database is full: nothing was written (507 Insufficient Storage).
constexpr int StorageFull = 507;
} // namespace ErrorCode

struct ApiError
{
    int code = 0;
    QString message;
    int httpStatus = 0;

    bool isError() const { return code != 0; }

    // The HTTP status follows docs/PROTOCOL.md's "our choice" table.
    static ApiError make(int code, const QString &message);
    static int statusFor(int code);
};

} // namespace Server
