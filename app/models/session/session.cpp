#include "models/session/session.h"

#include "core/userservice.h"
#include "models/profile/draftautosave.h"
#include "models/profile/passwordchange.h"
#include "models/profile/profileedit.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"
#include "models/profilegateway.h"
#include "persistence/draftstore.h"

Session::Session(const Services &services, const Config &config, const QString &identity, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_config(config)
    , m_identity(identity)
{ }

Session::~Session()
{
    if (m_staffDrafts)
        m_staffDrafts->flush();
}

ProfileEdit *Session::open(ProfileGateway *gateway, const UserSchema &schema, DraftStore *drafts,
                           const QString &objectId, QObject *owner)
{
    auto *profile = new ProfileEdit(gateway, owner);
    profile->fields()->setSchema(schema);
    profile->autosave()->setDraftStore(drafts, DraftKey{m_config.serverKey(), m_config.appId(), objectId});
    QPointer<ProfileEdit> target(profile);
    connect(profile->save(), &ProfileSave::reauthenticationRequired, this, [this, target] {
        if (target)
            Q_EMIT reauthenticationRequired(target, reauthReasonFor(target->save()->lastError()));
    });
    return profile;
}

ProfileEdit *Session::openOwnProfile(const UserSchema &schema)
{
    UserService *users = m_services.users;
    const User me = users->currentUser();
    delete m_own;
    m_own = open(new SelfProfileGateway(users, m_services.data), schema, m_services.drafts, me.objectId(), this);
    m_own->fields()->setUser(me);
    auto *passwordChange = new PasswordChange(users);
    passwordChange->setIdentityProperty(schema.identityProperty());
    connect(passwordChange, &PasswordChange::sessionReplaced, this, &Session::sessionReplaced);
    m_own->setPasswordChange(passwordChange);
    return m_own;
}

ProfileEdit *Session::openUser(const QString &objectId, const UserSchema &schema, QObject *owner)
{
    auto *gateway = new JournalingGateway(new StaffProfileGateway(m_services.data), m_services.journal,
                                          {m_identity, m_config.serverKey()});
    gateway->setSchema(schema);
    // Through the session: an asker set later reaches the profiles open now.
    QPointer<Session> self(this);
    gateway->setReasonAsker(
        [self](const ReasonRequest &request, std::function<void(const QString &)> answer) -> QObject * {
            if (!self || !self->m_asker) {
                answer(QString()); // nobody to ask: no reason, no save
                return nullptr;
            }
            return self->m_asker(request, std::move(answer));
        });
    ProfileEdit *profile = open(gateway, schema, staffDrafts(), objectId, owner);
    connect(gateway, &JournalingGateway::waitingForReason, profile, &ProfileEdit::waitingForPerson);
    return profile;
}

DraftStore *Session::staffDrafts()
{
    if (!m_staffDrafts) {
        const QString own = m_services.drafts ? m_services.drafts->directory() : QString();
        const QString me = m_services.users ? m_services.users->currentUser().objectId() : QString();
        m_staffDrafts = new DraftStore(own + QStringLiteral("/staff-") + me, this);
    }
    return m_staffDrafts;
}

void Session::setReasonAsker(ReasonAsker asker)
{
    m_asker = std::move(asker);
}

void Session::requestSignIn(ProfileEdit *profile, ReauthReason reason)
{
    Q_EMIT reauthenticationRequired(profile, reason);
}
