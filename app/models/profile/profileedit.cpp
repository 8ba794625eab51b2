#include "models/profile/profileedit.h"

#include "models/staff/staffaccountactions.h"

#include "models/profile/draftautosave.h"
#include "models/profile/livechanges.h"
#include "models/profile/passwordchange.h"
#include "models/profile/picturestore.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"
#include "models/profilegateway.h"

#include <utility>

ProfileEdit::ProfileEdit(ProfileGateway *gateway, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_fields(new UserModel(this))
    , m_save(new ProfileSave(m_fields, gateway, this))
    , m_autosave(new DraftAutosave(m_fields, m_save, this))
    , m_live(new LiveChanges(m_fields, m_save, this))
{
    m_gateway->setParent(this);
}

// The gateway, a child, cancels the request in flight as it goes: it ends silently.
ProfileEdit::~ProfileEdit() = default;

PasswordChange *ProfileEdit::passwordChange() const
{
    return m_passwordChange;
}

void ProfileEdit::setPasswordChange(PasswordChange *change)
{
    if (m_passwordChange)
        delete m_passwordChange;
    m_passwordChange = change;
    if (change)
        change->setParent(this);
}

PictureStore *ProfileEdit::pictures() const
{
    return m_pictures;
}

void ProfileEdit::setPictures(PictureStore *pictures)
{
    delete m_pictures;
    m_pictures = pictures;
    if (pictures) {
        pictures->setParent(this);
        // A local copy lives as long as an edit (and so the draft) names it: reverted, replaced or
        // saved, it goes.
        const auto follow = [this, pictures] { pictures->keepReferenced(m_fields->changes()); };
        connect(m_fields, &UserModel::edited, pictures, follow);
        connect(m_fields, &UserModel::dirtyChanged, pictures, follow);
        follow();
    }
    m_gateway->setPictures(pictures);
}

StaffAccountActions *ProfileEdit::accountActions() const
{
    return m_accountActions;
}

void ProfileEdit::setAccountActions(StaffAccountActions *actions)
{
    delete m_accountActions;
    m_accountActions = actions;
    if (actions)
        actions->setParent(this);
}

void ProfileEdit::load(const QString &objectId)
{
    if (UserCall *older = std::exchange(m_loading, nullptr).data())
        older->disconnect(this); // a newer load supersedes
    UserCall *call = m_gateway->fetch(objectId);
    m_loading = call;
    connect(call, &PendingCall::finished, this, [this, call] {
        m_loading.clear();
        if (call->error().isError()) {
            Q_EMIT loadFailed(call->error());
            return;
        }
        take(call->result());
        Q_EMIT loaded(call->result());
    });
}

void ProfileEdit::take(const User &user)
{
    m_fields->setUser(user);
    m_autosave->restore();
}
