#include "models/profile/passwordchange.h"

#include "core/pendingcall.h"
#include "core/user.h"
#include "core/userproperties.h"
#include "core/userservice.h"
#include "models/errorcatalog.h"
#include "models/profile/profileedit.h"
#include "models/session/session.h"

#include <algorithm>

namespace {

// NIST SP 800-63B's minimum for a password a person chooses. Length is what makes a password hard
// to guess; composition rules ("a digit and a symbol") are not imposed, as NIST advises, because
// they push people to predictable patterns without adding much strength.
constexpr int MinimumLength = 8;

// NIST SP 800-63B counts each Unicode code point as one character: an emoji or a CJK character
// outside the BMP is one character to the person typing it, not two UTF-16 units.
qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

} // namespace

PasswordChange::PasswordChange(UserService *users, Session *session, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_session(session)
    , m_identityProperty(QStringLiteral("email"))
{ }

PasswordChange::~PasswordChange()
{
    dropPending(); // no signal from a dying object
}

void PasswordChange::setIdentityProperty(const QString &name)
{
    if (name.isEmpty() || name == m_identityProperty)
        return;
    m_identityProperty = name;
    Q_EMIT changed();
}

QString PasswordChange::identity() const
{
    return m_users ? m_users->currentUser().value(m_identityProperty).toString() : QString();
}

// ---- typing ----

void PasswordChange::setCurrentPassword(const QString &password)
{
    if (isBusy() || password == m_typed.current)
        return;
    m_typed.current = password;
    m_typed.currentError.clear(); // the person answered the server's "wrong"
    edited();
}

void PasswordChange::setNewPassword(const QString &password)
{
    if (isBusy() || password == m_typed.next)
        return;
    m_typed.next = password;
    edited();
}

void PasswordChange::setConfirmation(const QString &password)
{
    if (isBusy() || password == m_typed.confirm)
        return;
    m_typed.confirm = password;
    edited();
}

void PasswordChange::edited()
{
    // Messages about an earlier attempt are not true of what is typed now.
    m_typed.formError.clear();
    m_typed.success.clear();
    Q_EMIT changed();
}

// ---- the rule ----

QList<PasswordChange::Rule> PasswordChange::rules() const
{
    QList<Rule> rules;
    rules.append({tr("At least %1 characters").arg(MinimumLength), characterCount(m_typed.next) >= MinimumLength});
    // A "change" to the same password changes nothing, and would leave a password the person
    // meant to retire (perhaps because it leaked) in use.
    rules.append({tr("Not your current password"), !m_typed.next.isEmpty() && m_typed.next != m_typed.current});
    // The sign-in name is public (it is an email address by default) and is the first guess of
    // anyone who tries the account.
    const QString who = identity();
    if (!who.isEmpty())
        rules.append({tr("Not the same as %1").arg(who),
                      !m_typed.next.isEmpty() && m_typed.next.compare(who, Qt::CaseInsensitive) != 0});
    return rules;
}

bool PasswordChange::rulesMet() const
{
    const QList<Rule> all = rules();
    return std::all_of(all.cbegin(), all.cend(), [](const Rule &rule) { return rule.met; });
}

bool PasswordChange::Typed::mismatchShown() const
{
    // Not while the confirmation is still being typed: "do not match" after its first character
    // would be an error the person has not made yet.
    if (confirm.isEmpty() || confirm == next)
        return false;
    return submitTried || confirm.size() >= next.size();
}

QString PasswordChange::error(Field field) const
{
    switch (field) {
    case Field::Current:
        if (!m_typed.currentError.isEmpty())
            return m_typed.currentError;
        return m_typed.submitTried && m_typed.current.isEmpty() ? tr("Enter your current password.") : QString();
    case Field::New:
        if (!m_typed.submitTried)
            return {};
        if (m_typed.next.isEmpty())
            return tr("Enter a new password.");
        return rulesMet() ? QString() : tr("This password does not follow the rule below.");
    case Field::Confirm:
        if (m_typed.mismatchShown())
            return tr("The passwords do not match.");
        return m_typed.submitTried && m_typed.confirm.isEmpty() ? tr("Enter the new password again.") : QString();
    case Field::Form:
        return m_typed.formError;
    }
    return {};
}

bool PasswordChange::canSubmit() const
{
    return !isBusy() && m_users && !m_typed.current.isEmpty() && rulesMet() && m_typed.confirm == m_typed.next;
}

// ---- the change ----

bool PasswordChange::submit()
{
    if (isBusy())
        return false;
    if (!canSubmit()) {
        m_typed.submitTried = true;
        Q_EMIT changed();
        for (Field field : {Field::Current, Field::New, Field::Confirm}) {
            if (!error(field).isEmpty()) {
                Q_EMIT failed(field);
                break;
            }
        }
        return false;
    }
    m_typed.currentError.clear();
    m_typed.formError.clear();
    m_typed.success.clear();
    if (m_session && !m_session->isActive()) {
        const Error ended = m_session->endReason().isError()
            ? m_session->endReason()
            : Error::local(tr("Not signed in."), ErrorCode::NotLoggedIn);
        fail(Field::Form, ErrorCatalog::text(ended), ended);
        return true;
    }
    setState(State::Verifying);
    UserCall *call = m_users->login(identity(), m_typed.current);
    m_pending = call;
    // `this` as the context: the reply is dropped if this object is gone by then.
    connect(call, &PendingCall::finished, this, [this, call] { onVerified(call); });
    Q_EMIT changed();
    return true;
}

void PasswordChange::onVerified(UserCall *call)
{
    if (call != m_pending)
        return;
    const Error error = call->error();
    if (error.isError()) {
        if (error.kind == Error::Kind::Server && error.code == ErrorCode::InvalidLogin)
            fail(Field::Current, tr("The current password is wrong."), error);
        else
            fail(Field::Form, ErrorCatalog::text(error), error);
        return;
    }
    // UserService took the new session before finished(); the old token is dead on the server.
    Q_EMIT sessionReplaced();
    if (!m_users) {
        const Error none = Error::local(tr("Not signed in."), ErrorCode::NotLoggedIn);
        fail(Field::Form, ErrorCatalog::text(none), none);
        return;
    }
    User body;
    body.setObjectId(m_users->currentUser().objectId());
    body.setValue(UserProperties::password(), m_typed.next);
    setState(State::Saving);
    UserCall *save = m_users->update(body);
    m_pending = save;
    connect(save, &PendingCall::finished, this, [this, save] { onSaved(save); });
}

void PasswordChange::onSaved(UserCall *call)
{
    if (call != m_pending)
        return;
    const Error error = call->error();
    if (error.isError()) {
        fail(Field::Form, ErrorCatalog::text(error), error);
        return;
    }
    m_pending.clear();
    m_typed.clear(); // the messages went when this change was submitted
    m_typed.success = tr("Your password was changed.");
    setState(State::Idle);
    Q_EMIT changed();
    Q_EMIT succeeded();
}

void PasswordChange::fail(Field where, const QString &text, const Error &answer)
{
    // Every field keeps what was typed: the person corrects one thing and tries again.
    m_pending.clear();
    if (where == Field::Current)
        m_typed.currentError = text;
    else
        m_typed.formError = text;
    const bool waits = m_session && answer.endsSession();
    if (waits)
        m_typed.formError = tr("Not changed yet: your session ended. Sign in again and the change goes through.");
    setState(State::Idle);
    Q_EMIT changed();
    Q_EMIT failed(where);
    if (waits) {
        // After the one sign-in, the same change with what was typed.
        QPointer<PasswordChange> self(this);
        m_session->takeAnswer(answer, this, [self]() -> PendingCall * {
            if (self)
                self->submit();
            return nullptr;
        });
    }
}

void PasswordChange::cancel()
{
    // Cancelled after the sign-in reached the server, the old session may already be over; the
    // next call then says so (3064) and the app asks to sign in again, as for any ended session.
    dropPending();
    setState(State::Idle);
}

void PasswordChange::dropPending()
{
    if (UserCall *call = m_pending.data()) {
        m_pending.clear();
        call->disconnect(this); // cancelled on purpose: no message
        call->cancel();
    }
}

void PasswordChange::clear()
{
    if (isBusy())
        return;
    m_typed.clear();
    Q_EMIT changed();
}

void PasswordChange::setState(State state)
{
    const bool wasBusy = isBusy();
    m_state = state;
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}
