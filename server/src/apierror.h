#pragma once

#include <QString>

namespace Server {

// Backendless error codes the local server answers (docs/PROTOCOL.md), plus the few codes that are
// our choice for failures Backendless documents nothing about (see server/README.md).
namespace ErrorCode {
constexpr int ObjectNotFound = 1000;
constexpr int InvalidPaging = 1005;
constexpr int NoUpdatePermission = 1012;
constexpr int NoFindPermission = 1013;
constexpr int InvalidWhereClause = 1017;
constexpr int WrongAppIdOrKey = 2002;
constexpr int AlreadyLoggedIn = 3002;
constexpr int InvalidLogin = 3003;
constexpr int EmptyLoginOrPassword = 3006;
constexpr int LogoutWithoutSession = 3007;
constexpr int RegisterUnknownProperty = 3010;
constexpr int RegisterMissingPassword = 3011;
constexpr int RegisterMissingRequired = 3012;
constexpr int RegisterMissingIdentity = 3013;
constexpr int IdentityTaken = 3018;
constexpr int RestoreUnknownUser = 3020;
constexpr int LogoutFailed = 3023;
constexpr int UpdateRefused = 3024;
constexpr int NotLoggedIn = 3028;
constexpr int OtherUsersProperties = 3029;
constexpr int NoSuchUser = 3030;
constexpr int UnknownProperty = 3031;
constexpr int RegisterIdentityTaken = 3033;
constexpr int AccountLocked = 3036;
constexpr int InvalidEmail = 3040;
constexpr int TooManyLogins = 3044;
constexpr int RequiredPropertyEmpty = 3045;
constexpr int InvalidUserToken = 3064;
constexpr int UserDisabled = 3090;
constexpr int MalformedRequest = 8002;
// HTTP-level failures: the code repeats the HTTP status (our choice).
constexpr int RouteNotFound = 404;
constexpr int MethodNotAllowed = 405;
constexpr int PayloadTooLarge = 413;
constexpr int TooManyAttempts = 429;
constexpr int InternalError = 500;
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
