#include "models/profile/profileedit.h"

#include "models/profile/draftautosave.h"
#include "models/profile/passwordchange.h"
#include "models/profile/profilesave.h"
#include "models/profile/usermodel.h"
#include "models/profilegateway.h"

ProfileEdit::ProfileEdit(ProfileGateway *gateway, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_fields(new UserModel(this))
    , m_save(new ProfileSave(m_fields, gateway, this))
    , m_autosave(new DraftAutosave(m_fields, m_save, this))
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

void ProfileEdit::load(const QString &objectId)
{
    const auto done = [this] {
        for (const auto &c : std::as_const(m_loading))
            disconnect(c);
        m_loading.clear();
    };
    done(); // a newer load supersedes
    m_loading << connect(m_gateway, &ProfileGateway::fetched, this, [this, done](const User &user) {
        done();
        m_fields->setUser(user);
        Q_EMIT loaded(user);
    });
    m_loading << connect(m_gateway, &ProfileGateway::failed, this, [this, done](const Error &error) {
        done();
        Q_EMIT loadFailed(error);
    });
    m_gateway->fetch(objectId);
}
