#include "api/apierror.h"

namespace Server {

ApiError ApiError::make(int code, const QString &message)
{
    return ApiError{code, message, statusFor(code)};
}

int ApiError::statusFor(int code)
{
    switch (code) {
    case ErrorCode::WrongAppIdOrKey:
    case ErrorCode::NotLoggedIn:
    case ErrorCode::InvalidUserToken:
        return 401;
    case ErrorCode::CannotModifyOtherUser:
    case ErrorCode::RegistrationDisabled: // 403 as test/e2e/specs/users.js:123 saw it
    case ErrorCode::RoleChangeOnlyFromCloudCode:
    case ErrorCode::LoginByObjectIdOnlyFromCloudCode:
    case ErrorCode::StatusChangeOnlyFromCloudCode:
    case ErrorCode::PasswordCheckOnlyFromCloudCode:
    case ErrorCode::FileAccessDenied:
        return 403;
    case ErrorCode::NoSuchUser:
    case ErrorCode::ObjectNotFound:
    case ErrorCode::RestoreUnknownUser:
    case ErrorCode::RouteNotFound:
    case ErrorCode::UnknownTable:
    case ErrorCode::EmptyResult:
    case ErrorCode::FileNotFound:
    case ErrorCode::FilePathNotFound:
        return 404;
    case ErrorCode::MethodNotAllowed:
        return 405;
    case ErrorCode::PayloadTooLarge:
        return 413;
    case ErrorCode::InternalError:
        return 500;
    case ErrorCode::StorageFull:
        return 507;
    default:
        break;
    }
    if (code >= 1011 && code <= 1015)
        return 403;
    return 400;
}

} // namespace Server
