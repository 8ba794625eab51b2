#pragma once

#include "core/error.h"
#include "core/pendingcall.h"
#include "core/restclient.h"

#include <QObject>
#include <QStringList>

class UserService;

// What support staff do to another user's account besides editing it (docs/PROTOCOL.md "Account
// actions"): the two mails, which any caller may ask for, and status and roles, which Backendless
// allows Business Logic only and which therefore go through the ProfileDeskStaff API service
// (cloudcode/ProfileDeskStaff) with the staff member's token. The app never holds the Cloud Code key.
//
// Whether the service is installed is learnt from the first service call's answer (serviceState());
// a missing service fails that call and every later one at once with ErrorCode::StaffServiceMissing
// (Kind::Local), so the rest of the app goes on working.
class AccountService : public QObject
{
    Q_OBJECT

public:
    enum class ServiceState { Unknown, Installed, Missing };

    AccountService(RestClient *client, UserService *session, QObject *parent = nullptr);

    // GET users/restorepassword/{identity}: the user gets a password reset email.
    PendingCall *sendPasswordReset(const QString &identity);
    // POST users/resendconfirmation/{identity}: 3102 confirmed already, 3103 not enabled, 3104 unknown.
    PendingCall *resendConfirmation(const QString &identity);

    // ProfileDeskStaff.setUserStatus: the status the server now holds ("ENABLED" / "DISABLED").
    Call<QString> *setUserStatus(const QString &objectId, bool enabled);
    // ProfileDeskStaff.getUserRoles / assignRole / unassignRole: the user's roles (afterwards).
    RolesCall *userRoles(const QString &objectId);
    RolesCall *assignRole(const QString &objectId, const QString &role);
    RolesCall *unassignRole(const QString &objectId, const QString &role);

    ServiceState serviceState() const { return m_serviceState; }
    // Unknown again (another server or app): the next service call finds out.
    void forgetServiceState();
    // An answer that means "no such service here": code 404 or HTTP 404 on services/... (the
    // local server's answer; Backendless documents no code for it).
    static bool meansServiceMissing(const Error &error);
    static QString serviceName() { return QStringLiteral("ProfileDeskStaff"); }

Q_SIGNALS:
    void serviceStateChanged(AccountService::ServiceState state);

private:
    void invoke(PendingCall *call, const QString &method, const QJsonObject &arguments, Expect expect,
                PendingCall::Parser parser);
    void noteServiceAnswer(const Error &error);

    RestClient *m_client;
    UserService *m_session;
    ServiceState m_serviceState = ServiceState::Unknown;
};
