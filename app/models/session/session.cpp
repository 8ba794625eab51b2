#include "models/session/session.h"

#include "core/pendingcall.h"
#include "core/realtimeclient.h"
#include "core/restclient.h"
#include "core/userservice.h"
#include "models/errorcatalog.h"
#include "models/profile/draftautosave.h"
#include "models/profile/livechanges.h"
#include "models/profile/passwordchange.h"
#include "models/profile/picturestore.h"
#include "models/profile/profileedit.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"
#include "models/profilegateway.h"
#include "models/staff/staffaccountactions.h"
#include "persistence/draftstore.h"

#include <QTimer>

Session::Session(const Services &services, const Config &config, const QString &identity, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_config(config)
    , m_identity(identity)
    , m_realtime(new RealtimeClient(this))
{
    // The one listener of the core's "the session ended".
    if (m_services.users)
        connect(m_services.users, &UserService::sessionEnded, this, &Session::needCredentials);
    // A re-sign-in or a password change that signed in again: the connection goes on with the new token.
    connect(this, &Session::tokenChanged, this, &Session::giveRealtimeToken);
    startRealtime();
}

Session::~Session()
{
    if (RestCall *info = m_info.data()) {
        info->disconnect(this);
        info->cancel();
    }
    if (m_staffDrafts)
        m_staffDrafts->flush();
}

ProfileEdit *Session::open(ProfileGateway *gateway, const UserSchema &schema, DraftStore *drafts,
                           const QString &objectId)
{
    auto *profile = new ProfileEdit(gateway, this);
    profile->fields()->setSchema(schema);
    profile->autosave()->setDraftStore(drafts, DraftKey{m_config.serverKey(), m_config.appId(), objectId});
    profile->save()->setSession(this);
    profile->live()->follow(m_realtime->subscribeToUser(objectId));
    if (m_services.files) {
        auto *pictures = new PictureStore(m_services.files, m_config.apiKey(), objectId);
        // A chosen picture waits beside the draft that names it.
        pictures->setLocalDirectory(drafts ? drafts->directory() + QStringLiteral("/pictures") : QString());
        profile->setPictures(pictures);
    }
    return profile;
}

void Session::startRealtime()
{
    RestClient *client = m_services.users ? m_services.users->client() : nullptr;
    if (!client)
        return;
    RestRequest request;
    request.path = QStringLiteral("info");
    RestCall *call = client->send(request);
    m_info = call;
    connect(call, &RestCall::finished, this, [this, call] {
        // No /info, or no rtURL in it: Real-Time stays off, without a word; REST works as before.
        const QUrl rtUrl = call->error().isError() ? QUrl() : RealtimeClient::rtUrlFromInfo(call->value());
        if (rtUrl.isEmpty() || m_state == State::Ended)
            return;
        m_realtime->start(rtUrl, m_config.appId(), m_config.apiKey(), token());
    });
}

void Session::giveRealtimeToken()
{
    // None while the session needs credentials: a connection up keeps the old one (and hears
    // nothing); one down is not tried again with a dead token, backing off meanwhile, but waits for
    // the person to sign in again and then connects at once with the new one.
    if (const QString current = token(); !current.isEmpty())
        m_realtime->setUserToken(current);
    else
        m_realtime->waitForUserToken();
}

ProfileEdit *Session::openOwnProfile(const UserSchema &schema)
{
    UserService *users = m_services.users;
    const User me = users->currentUser();
    delete m_own;
    m_own = open(new SelfProfileGateway(users, m_services.data), schema, m_services.drafts, me.objectId());
    m_own->take(me); // and the draft of what was not saved last time
    auto *passwordChange = new PasswordChange(users, this);
    passwordChange->setIdentityProperty(schema.identityProperty());
    connect(passwordChange, &PasswordChange::sessionReplaced, this, [this] {
        Q_EMIT sessionReplaced();
        Q_EMIT tokenChanged();
    });
    m_own->setPasswordChange(passwordChange);
    return m_own;
}

ProfileEdit *Session::openUser(const QString &objectId, const UserSchema &schema)
{
    if (ProfileEdit *opened = openedUser(objectId))
        return opened;
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
    ProfileEdit *profile = open(gateway, schema, staffDrafts(), objectId);
    if (m_services.accounts)
        profile->setAccountActions(
            new StaffAccountActions(m_services.accounts, m_services.journal, {m_identity, m_config.serverKey()}));
    connect(gateway, &JournalingGateway::waitingForReason, profile, &ProfileEdit::waitingForPerson);
    m_staffProfiles.insert(objectId, profile);
    return profile;
}

void Session::closeUser(const QString &objectId)
{
    if (ProfileEdit *profile = m_staffProfiles.take(objectId).data())
        profile->deleteLater();
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

Session::Reauthentication Session::reauthentication(ReauthReason reason) const
{
    return {m_identity, ErrorCatalog::signInAgainPrompt(reason), reason == ReauthReason::KeyRejected};
}

QString Session::token() const
{
    return m_state == State::Active && m_services.users ? m_services.users->userToken() : QString();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    Q_EMIT tokenChanged(); // a new token (Active again) or none (NeedsCredentials, Ended)
}

void Session::needCredentials(const Error &reason)
{
    if (m_state != State::Active)
        return; // entered once, at the first answer that ended the session
    m_endReason = reason;
    setState(State::NeedsCredentials);
}

void Session::park(QObject *context, Replay replay)
{
    if (!replay || m_state == State::Ended)
        return;
    for (Parked &parked : m_parked) {
        if (context && parked.context == context) {
            parked.replay = std::move(replay);
            return;
        }
    }
    m_parked.append({context, std::move(replay)});
}

bool Session::takeAnswer(const Error &answer, QObject *context, Replay replay, bool ask)
{
    if (!answer.endsSession() || m_state == State::Ended)
        return false;
    if (m_state == State::Active && m_services.users && m_services.users->isLoggedIn()) {
        // The core holds a newer session than the one this answer ended (a password change
        // signed in again meanwhile; UserService ignores answers about older tokens): run again.
        QTimer::singleShot(0, context ? context : this, [replay = std::move(replay)] { replay(); });
        return true;
    }
    needCredentials(answer);
    park(context, std::move(replay));
    if (ask)
        Q_EMIT credentialsNeeded(ErrorCatalog::reauthReason(answer));
    return true;
}

void Session::requestSignIn(ReauthReason reason, QObject *context, Replay replay)
{
    if (m_state == State::Ended)
        return;
    park(context, std::move(replay));
    Q_EMIT credentialsNeeded(reason);
}

void Session::renewed()
{
    if (m_state == State::Ended)
        return;
    m_endReason = Error();
    if (m_state == State::Active)
        Q_EMIT tokenChanged(); // signed in again over a usable session (Server settings…): a new token
    setState(State::Active);
    m_replaying += std::exchange(m_parked, {});
    replayNext();
}

void Session::replayNext()
{
    while (!m_replaying.isEmpty()) {
        const Parked request = m_replaying.takeFirst();
        if (!request.context)
            continue;
        if (PendingCall *answer = request.replay()) {
            connect(answer, &PendingCall::finished, this, &Session::replayNext);
            return;
        }
    }
}

void Session::signInCancelled()
{
    if (m_state == State::Active)
        m_parked.clear();
}

void Session::end()
{
    m_parked.clear();
    m_replaying.clear();
    m_realtime->stop();
    setState(State::Ended);
}
