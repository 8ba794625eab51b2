#include "models/errorcatalog.h"

#include <QRegularExpression>

using namespace ErrorCode;

namespace {

ErrorCatalog::Placement banner(const QString &text, ErrorCatalog::Action action = ErrorCatalog::Action::None)
{
    return {ErrorCatalog::Target::Banner, {}, text, action};
}

ErrorCatalog::Placement onFields(const QStringList &fields, const QString &text)
{
    return {ErrorCatalog::Target::Fields, fields, text, ErrorCatalog::Action::None};
}

// Transport failures, protocol garbage and "nothing went wrong" are placed alike for every form.
bool placeNonServerError(const Error &error, ErrorCatalog::Placement *placement)
{
    switch (error.kind) {
    case Error::Kind::None:
    case Error::Kind::Cancelled: // the user asked for it: nothing to show
        *placement = {};
        return true;
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Protocol:
        *placement = banner(ErrorCatalog::text(error), ErrorCatalog::Action::Retry);
        return true;
    case Error::Kind::Local: // refused before sending (bad config, no session): retrying will not help
        *placement = banner(ErrorCatalog::text(error));
        return true;
    case Error::Kind::Server:
        break;
    }
    return false;
}

// The properties a Data API type refusal (1007) names: "... invalid data type for properties - a, b.
// You can ..." or "Invalid date format for property a" (JS-SDK test/e2e/specs/persistence.js:187).
QStringList propertiesNamedBy(const QString &message)
{
    static const QRegularExpression listed(QStringLiteral("invalid data type for properties - (.+?)\\. "));
    static const QRegularExpression dated(QStringLiteral("^Invalid date format for property (\\S+)$"));
    QRegularExpressionMatch match = listed.match(message);
    if (!match.hasMatch())
        match = dated.match(message);
    if (!match.hasMatch())
        return {};
    QStringList names = match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &name : names)
        name = name.trimmed();
    return names;
}

} // namespace

const QString ErrorCatalog::LoginIdentityField = QStringLiteral("login");
const QString ErrorCatalog::LoginPasswordField = QStringLiteral("password");

ErrorCatalog::Placement ErrorCatalog::placeUpdateError(const Error &error, const UpdateContext &context)
{
    if (error.endsSession())
        return {Target::Reauthenticate, {}, text(error), Action::SignIn};
    Placement placement;
    if (placeNonServerError(error, &placement))
        return placement;

    switch (error.code) {
    case IdentityTaken:
        if (!context.identityProperty.isEmpty())
            return onFields({context.identityProperty},
                            context.identityProperty == QLatin1String("email")
                                ? tr("Another account already uses this email address.")
                                : text(error));
        break;
    case RequiredPropertyMissing:
        if (!context.emptyRequired.isEmpty())
            return onFields(context.emptyRequired, tr("This field is required."));
        break;
    case UnknownProperty:
        if (!context.addedProperties.isEmpty())
            return onFields(context.addedProperties,
                            tr("This app does not take new properties. Its administrator can add this one in "
                               "Backendless Console; until then, revert it to save the rest."));
        break;
    case InvalidDataType: {
        QStringList fields;
        const QStringList named = propertiesNamedBy(error.message);
        for (const QString &name : context.editedProperties) {
            if (named.contains(name))
                fields << name;
        }
        if (!fields.isEmpty())
            return onFields(fields, tr("The server expects another type of value for this property."));
        break;
    }
    case WrongAppIdOrKey:
        return banner(text(error), Action::ServerSettings);
    default:
        break;
    }
    // A field code whose field the form cannot tell still must be seen: the banner.
    return banner(text(error));
}

ErrorCatalog::Placement ErrorCatalog::placeLoginError(const Error &error, const LoginContext &context)
{
    Placement placement;
    if (placeNonServerError(error, &placement))
        return placement;
    // Mid-sentence the email is "email", not the field's label "Email"; another sign-in property
    // (a user name) is named by its label.
    const bool byEmail =
        context.identityLabel.isEmpty() || context.identityLabel == QCoreApplication::translate("LoginDialog", "Email");
    const QString identity = context.identityLabel;

    switch (error.code) {
    case InvalidLogin:
        return onFields({LoginPasswordField},
                        byEmail ? tr("Wrong email or password.") : tr("Wrong %1 or password.").arg(identity));
    case EmptyLoginOrPassword:
        if (context.identityEmpty || !context.passwordEmpty)
            return onFields({LoginIdentityField},
                            byEmail ? tr("Enter your email.") : tr("Enter your %1.").arg(identity));
        return onFields({LoginPasswordField}, tr("Enter your password."));
    case WrongAppIdOrKey:
        return banner(text(error), Action::ServerSettings);
    default:
        return banner(text(error));
    }
}

ErrorCatalog::Placement ErrorCatalog::placeListError(const Error &error)
{
    Placement placement;
    if (placeNonServerError(error, &placement) && !error.endsSession())
        return placement;
    if (error.endsSession())
        return banner(tr("%1 Sign in again to see the users.").arg(sessionEnded()), Action::SignIn);
    return banner(text(error));
}

QString ErrorCatalog::networkText(const Error &error)
{
    // Each cause asks for something else: a typo in the address, a server to start, a certificate.
    if (error.endpoint.isEmpty())
        return tr("The server could not be reached. Check the connection and try again.");
    const QString &where = error.endpoint;
    switch (error.networkCause()) {
    case Error::NetworkCause::HostNotFound:
        return tr("No server called %1 could be found. Check the address in Server settings.").arg(where);
    case Error::NetworkCause::Refused:
        if (error.endpoint.startsWith(QLatin1String("127.")) || error.endpoint.startsWith(QLatin1String("localhost")))
            return tr("Nothing answers at %1 on this computer: the server is not running. If it was the demo "
                      "server, start ProfileDesk with --demo, or choose another server.")
                .arg(where);
        return tr("Nothing answers at %1: the server is not running there, or the port is wrong.").arg(where);
    case Error::NetworkCause::Tls:
        return tr("A secure connection to %1 could not be set up: its certificate was not accepted.").arg(where);
    case Error::NetworkCause::Closed:
        return tr("%1 closed the connection before answering. Try again.").arg(where);
    case Error::NetworkCause::Other:
        break;
    }
    return tr("%1 could not be reached. Check the connection and try again.").arg(where);
}

QString ErrorCatalog::pictureText(const Error &error)
{
    if (error.kind == Error::Kind::Server) {
        switch (error.code) {
        case FileExists:
            return tr("A picture of that name is already on the server. Save again to upload it under a new name.");
        case FilePayloadTooLarge:
        case 413:
            return tr("The picture is larger than the server accepts.");
        case FileNotFound:
        case FilePathNotFound:
            return tr("The picture's file is not on the server (any more). Choose the picture again.");
        case 507:
            return tr("The server has no room for more files. Ask an administrator.");
        default:
            if (error.httpStatus == 403)
                return tr("You may not store a picture for this account.");
            break;
        }
    }
    if (error.kind == Error::Kind::Network)
        return tr("The picture was not uploaded: %1").arg(networkText(error));
    return text(error);
}

QString ErrorCatalog::text(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::None:
        return {};
    case Error::Kind::Cancelled:
        return tr("Cancelled.");
    case Error::Kind::Network:
        return networkText(error);
    case Error::Kind::Timeout:
        return error.endpoint.isEmpty() ? tr("The server did not answer in time. Try again.")
                                        : tr("%1 did not answer in time. Try again.").arg(error.endpoint);
    case Error::Kind::Protocol:
        return tr("The server sent an answer ProfileDesk does not understand.");
    case Error::Kind::Local:
        if (error.endsSession())
            break;
        if (error.code == StaffServiceMissing)
            return staffServiceMissing();
        return error.displayText();
    case Error::Kind::Server:
        break;
    }

    switch (error.code) {
    case ObjectNotFound:
        return tr("This user no longer exists.");
    // Support staff read these: name the permission, so that an administrator knows what to grant.
    case NoUpdatePermission:
        return tr("Your account lacks the UPDATE permission on the Users table, so this change was not "
                  "saved. Ask an administrator to grant it to your role (for example SupportStaff).");
    case NoFindPermission:
        return tr("Your account lacks the FIND permission on the Users table, so users cannot be listed "
                  "or opened. Ask an administrator to grant it to your role (for example SupportStaff).");
    case WrongAppIdOrKey:
        return keyRejected();
    case LoginDisabled:
        return tr("Signing in is disabled for this account.");
    case MultipleLoginsBlocked:
        return tr("This account is already signed in somewhere else, and this application refuses a second "
                  "sign-in. Sign out there first, or wait until that session expires.");
    case InvalidLogin:
        return tr("Wrong email or password.");
    case EmptyLoginOrPassword:
        return tr("Enter your email and password.");
    case IdentityTaken:
        return tr("Another account already uses this value.");
    case RestoreUnknownUser:
        return passwordResetRequested();
    case LogoutFailed:
    case NotLoggedIn:
    case InvalidUserToken:
        return tr("%1 Sign in again to save your changes.").arg(sessionEnded());
    case UpdateFailed:
        return error.message.isEmpty() ? tr("The server could not save the changes.")
                                       : tr("The server could not save the changes: %1").arg(error.message);
    case CannotModifyOtherUser:
        return tr("You may not change another user's profile here.");
    case NoSuchUser:
        return tr("This user account does not exist.");
    case UnknownProperty:
        return tr("This app does not take new properties. Its administrator can add them in Backendless "
                  "Console.");
    case AccountLocked:
        return tr("This account is locked after too many failed sign-ins. "
                  "Try again later or reset your password.");
    case ConcurrentLoginLimit:
        return tr("This account is signed in on as many devices as this application allows. "
                  "Sign out on one of them, then try again.");
    case RequiredPropertyMissing:
        return tr("Some required fields are empty.");
    case UserDisabled:
        return tr("This account is disabled.");
    case EmailNotConfirmed:
        return tr("This account's email address is not confirmed yet. Open the link in the confirmation "
                  "email, then sign in.");
    case InvalidDataType:
        return tr("The server expects another type of value: %1").arg(error.message);
    case UnknownQueryProperty:
        return tr("The Users table no longer has a column this list shows: %1. Reload the list.").arg(error.message);
    case MailNotSent:
        return tr("The password reset email could not be sent. Try again later.");
    // Staff account actions (issue 21).
    case AlreadyConfirmed:
        return tr("This account's email address is confirmed already.");
    case ConfirmationNotEnabled:
        return tr("This application does not ask new users to confirm their email address.");
    case ConfirmationUnknownUser:
    case RoleUserNotFound:
        return tr("No user has this email address any more.");
    case NoSuchRole:
        return tr("This application has no such role. Roles are created in the Backendless Console.");
    case StaffOnly:
        return tr("Only support staff (the role SupportStaff) may do this.");
    case TargetIsStaff:
        return tr("Support staff cannot change another support staff account; an administrator can, in the "
                  "Backendless Console.");
    case TargetIsSelf:
        return tr("You cannot do this to your own account.");
    case StaffRoleReserved:
        return tr("The role SupportStaff is given and taken in the Backendless Console only.");
    case StaffServiceMissing:
    case ServiceNotFound:
        return staffServiceMissing();
    default:
        return tr("The server refused the request: %1 (code %2)").arg(error.message).arg(error.code);
    }
}

QString ErrorCatalog::staffServiceMissing()
{
    return tr("This needs the ProfileDesk staff service, which this application does not have yet.");
}

QString ErrorCatalog::sessionEnded()
{
    return tr("Your session ended: it expired, or this account signed in somewhere else.");
}

ReauthReason ErrorCatalog::reauthReason(const Error &error)
{
    if (error.code == ErrorCode::WrongAppIdOrKey)
        return ReauthReason::KeyRejected;
    return error.code == ErrorCode::NotLoggedIn ? ReauthReason::NotSignedIn : ReauthReason::SessionEnded;
}

QString ErrorCatalog::profileFormNotLoaded(const Error &error)
{
    return tr("The profile form could not be loaded: %1").arg(error.displayText());
}

QString ErrorCatalog::signInAgainPrompt(ReauthReason reason)
{
    switch (reason) {
    case ReauthReason::KeyRejected:
        return tr("Check the application ID and REST API key, then sign in to save your changes; they are kept.");
    case ReauthReason::NotSignedIn:
        return tr("You are not signed in any more. Sign in to save your changes; they are kept.");
    case ReauthReason::SessionEnded:
        break;
    }
    return tr("%1 Sign in again to save your changes; they are kept.").arg(sessionEnded());
}

QString ErrorCatalog::keyRejected()
{
    return tr("The application id or REST API key is wrong, or the application is disabled. "
              "Check the server settings.");
}

QString ErrorCatalog::passwordResetRequested()
{
    return tr("If an account uses this address, a reset email is on its way.");
}
