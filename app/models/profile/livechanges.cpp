#include "models/profile/livechanges.h"

#include "core/realtimeclient.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"

LiveChanges::LiveChanges(UserModel *model, ProfileSave *save, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_save(save)
{ }

LiveChanges::~LiveChanges() = default;

void LiveChanges::follow(RtSubscription *subscription)
{
    delete m_subscription;
    m_subscription = subscription;
    if (!subscription)
        return;
    subscription->setParent(this);
    connect(subscription, &RtSubscription::changed, this,
            [this](const QJsonObject &user) { take(User::fromJson(user)); });
}

bool LiveChanges::isLive() const
{
    return m_subscription && m_subscription->isReady();
}

void LiveChanges::take(const User &server)
{
    if (!m_model || !m_save || m_save->isBusy() || m_save->isAwaitingConflictResolution())
        return; // the save re-reads (or has re-read) the user itself
    const User loaded = m_model->loadedUser();
    if (loaded.objectId().isEmpty() || server.objectId() != loaded.objectId())
        return; // still loading, or not this profile's user
    // Only a newer copy: this form's own save comes back as an event too, with the `updated` the
    // form already holds, and an event overtaken by a read is old news.
    if (!server.updated().isValid() || (loaded.updated().isValid() && server.updated() <= loaded.updated()))
        return;
    const QList<Conflict> conflicts = m_model->conflictsWith(server);
    if (!conflicts.isEmpty()) {
        Q_EMIT conflictsFound(conflicts);
        return;
    }
    const QStringList taken = m_model->rebase(server);
    if (!taken.isEmpty())
        Q_EMIT changedElsewhere(taken);
}
