#include "models/session/sessionopener.h"

#include "core/accountservice.h"
#include "core/userservice.h"
#include "models/session/appservices.h"
#include "models/session/session.h"
#include "models/session/signinflow.h"

#include <QPointer>

SessionOpener::SessionOpener(AppServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{ }

SessionCall *SessionOpener::open(QObject *owner)
{
    auto *answer = new SessionCall(this);
    SchemaCall *schema = m_services->users()->describeUserClass();
    QPointer<QObject> guardedOwner(owner);
    connect(schema, &PendingCall::finished, answer, [this, answer, schema, guardedOwner] {
        if (schema->error().isError() || !guardedOwner) {
            m_services->users()->clearSession();
            answer->failLater(guardedOwner ? schema->error() : Error::cancelled());
            return;
        }
        m_services->accounts()->forgetServiceState();
        SignInFlow *flow = m_services->flow();
        auto *session = new Session(m_services->sessionServices(), flow->config(), flow->identity(), guardedOwner);
        session->openOwnProfile(schema->result());
        // Checking the current password signed in again, which ended the kept session's token.
        connect(session, &Session::sessionReplaced, flow, &SignInFlow::keepSessionIfWanted);
        answer->setResult(session);
        answer->succeedLater();
    });
    return answer;
}

BoolCall *SessionOpener::checkSupportStaff()
{
    auto *answer = new BoolCall(this);
    RolesCall *roles = m_services->users()->userRoles();
    connect(roles, &PendingCall::finished, answer, [answer, roles] {
        answer->setResult(!roles->error().isError() && roles->result().contains(QStringLiteral("SupportStaff")));
        answer->succeedLater();
    });
    return answer;
}
