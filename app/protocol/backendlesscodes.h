#pragma once

// The Backendless error codes of the calls ProfileDesk makes (docs/PROTOCOL.md), with ONE name each,
// shared by the client (profiledesk_core branches on them) and the local server (profiledesk_server
// answers them). Header-only, no Qt: the CMake target profiledesk_protocol.
//
// A code the server alone uses for a failure Backendless documents nothing about (HTTP-level
// pseudo-codes, 8002) stays in server/src/api/apierror.h. The client never branches on the HTTP status.
namespace ErrorCode {

// --- Data API ---
constexpr int ObjectNotFound = 1000; // no object with that objectId
constexpr int InvalidPaging = 1005; // page size / offset out of range
constexpr int UnknownQueryProperty = 1006; // props names a column the table does not have
constexpr int InvalidDataType = 1007; // a Data API save with a value of the wrong type; the message names it
constexpr int UnknownTable = 1009;
constexpr int EmptyResult = 1010; // first / last of no object
constexpr int NoCreatePermission = 1011;
constexpr int NoUpdatePermission = 1012;
constexpr int NoFindPermission = 1013;
constexpr int InvalidWhereClause = 1017;

// --- any call ---
constexpr int WrongAppIdOrKey = 2002; // wrong application id / API key, or the app version is disabled
constexpr int NoSuchRole = 2005; // assignRole / unassignRole of a role the app does not have
constexpr int SystemRoleNotAssignable = 2007; // assignRole of a system role (AuthenticatedUser, ...)
constexpr int SystemRoleNotUnassignable = 2008; // unassignRole of a system role
constexpr int RoleChangeOnlyFromCloudCode = 2011; // assignRole / unassignRole with a client API key
constexpr int LoginByObjectIdOnlyFromCloudCode = 2014; // POST users/login {objectId} with a client API key

// --- login and session ---
constexpr int LoginDisabled = 3000; // login disabled for the account
constexpr int MultipleLoginsBlocked = 3002; // the account is signed in elsewhere and a second login is refused
constexpr int InvalidLogin = 3003; // invalid login or password
constexpr int EmptyLoginOrPassword = 3006;
constexpr int LogoutWithoutSession = 3007; // logout without a user-token
constexpr int LogoutFailed = 3023; // logout with a token the server does not know: the session is gone
constexpr int NotLoggedIn = 3028; // also Error::local's code when the client holds no session
constexpr int AccountLocked = 3036; // locked after too many failed logins
constexpr int ConcurrentLoginLimit = 3044; // more sessions than the account may have
constexpr int InvalidUserToken = 3064; // the user token does not exist or expired
constexpr int UserDisabled = 3090; // userStatus is DISABLED
constexpr int UserNotAuthorized = 3091;
constexpr int EmailNotConfirmed = 3087; // userStatus EMAIL_CONFIRMATION_PENDING: the account cannot log in
constexpr int StatusChangeOnlyFromCloudCode = 3054; // PUT users/{id}/status with a client API key
constexpr int PasswordCheckOnlyFromCloudCode = 3122; // verifyPassword with a client API key
constexpr int MissingParameter = 3038; // a required argument of a user call is absent (assignRole's user / roleName)
constexpr int RoleUserNotFound = 3057; // assignRole / unassignRole: no user with that identity

// --- email confirmation ---
constexpr int AlreadyConfirmed = 3102; // resendconfirmation for an account that is not pending
constexpr int ConfirmationNotEnabled = 3103; // the app does not require email confirmation
constexpr int ConfirmationUnknownUser = 3104; // resendconfirmation: no user with that identity

// --- register ---
constexpr int RegistrationDisabled = 3009;
constexpr int RegisterUnknownProperty = 3010;
constexpr int RegisterMissingPassword = 3011;
constexpr int RegisterMissingRequired = 3012;
constexpr int RegisterMissingIdentity = 3013;
constexpr int RegisterFailed = 3021; // general registration error
constexpr int RegisterIdentityTaken = 3033;
constexpr int RegisterWithObjectId = 3039; // objectId is the server's to assign
constexpr int InvalidEmail = 3040;
constexpr int RegisterRequiredValueEmpty = 3041; // a required property sent as null or ""; absent is 3012

// --- update own user ---
constexpr int IdentityTaken = 3018; // the identity value belongs to another user
constexpr int UpdateFailed = 3024; // general update error; the message has details
constexpr int CannotModifyOtherUser = 3029; // PUT /users/{id} for a user other than the signed-in one
constexpr int NoSuchUser = 3030;
constexpr int UnknownProperty = 3031; // a new property while dynamic schema definition is off
constexpr int RequiredPropertyMissing = 3045;

// --- restore password ---
constexpr int RestoreUnknownUser = 3020; // no user with that identity
constexpr int MailNotSent = 5050;

// --- the ProfileDeskStaff API service (ours: cloudcode/ProfileDeskStaff throws these with
// Backendless.ServerCode.Error; profiledesk-server's copy of the service answers the same) ---
constexpr int StaffOnly = 21001; // the caller's roles do not include SupportStaff
constexpr int TargetIsStaff = 21002; // staff may not act on another staff account
constexpr int TargetIsSelf = 21003; // nobody acts on their own account through the service
constexpr int StaffRoleReserved = 21004; // SupportStaff is granted and taken in the Console only
constexpr int StaffServiceBadArgument = 21005; // an argument is missing or of the wrong kind
// The client's own: a call on services/ProfileDeskStaff found no such service (Error::local), and
// the answer that says so: the local server's "no such route", code 404.
constexpr int StaffServiceMissing = 21099;
constexpr int ServiceNotFound = 404;

} // namespace ErrorCode
