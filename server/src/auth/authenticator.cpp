#include "auth/authenticator.h"

#include "auth/identitytext.h"
#include "auth/loginguard.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/sessionregistry.h"
#include "config/runtimesettings.h"
#include "host/servicecontext.h"
#include "storage/schemastore.h"
#include "storage/userrepository.h"

#include "protocol/wirenames.h"

#include <QFuture>
#include <QJsonObject>
#include <QPromise>
#include <QTimer>
#include <QtConcurrent/qtconcurrenttask.h>

namespace Server {

namespace {

// PBKDF2 feeds the password to HMAC on every iteration; a megabyte "password" would cost
// seconds of CPU. No real password is this long.
constexpr qsizetype MaxPasswordLength = 1024;

// QThreadPool priorities of a password check.
constexpr int SharedLane = 0;
constexpr int QuietLane = 1;

HttpReply invalidLogin()
{
    return HttpReply::error(ErrorCode::InvalidLogin, QStringLiteral("Invalid login or password"));
}

// A future that finishes after `ms` on `context`'s thread, cancelled if `context` goes first.
QFuture<void> after(qint64 ms, QObject *context)
{
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> future = promise->future();
    promise->start();
    QTimer::singleShot(std::chrono::milliseconds(ms), context, [promise]() { promise->finish(); });
    return future;
}

const QString &unknownUserHash()
{
    // An unknown identity costs as much as a wrong password, so timing does not tell them apart.
    static const QString hash = PasswordHasher::hash(QStringLiteral("no such user"));
    return hash;
}

} // namespace

Authenticator::Authenticator(ServiceContext &context)
    : m_context(context)
{ }

HttpReply Authenticator::login(const QJsonObject &body, const QHostAddress &peer)
{
    // The SDKs' login(objectId) is for Cloud Code's key; this server has only the REST key
    // (JS-SDK test/e2e/specs/users.js:330).
    if (body.contains(QStringLiteral("objectId")) && !body.contains(QStringLiteral("login")))
        return HttpReply::error(ErrorCode::LoginByObjectIdOnlyFromCloudCode,
                                QStringLiteral("Login by object id is allowed only for Code Runner API key"));
    const QJsonValue loginValue = body.value(QStringLiteral("login"));
    const QJsonValue passwordValue = body.value(QStringLiteral("password"));
    // In NFC, as identities are stored (IdentityText).
    const Attempt attempt{IdentityText::normalized(loginValue.toString()), passwordValue.toString(), peer};
    if (!loginValue.isString() || !passwordValue.isString() || attempt.login.isEmpty() || attempt.password.isEmpty())
        return HttpReply::error(ErrorCode::EmptyLoginOrPassword, QStringLiteral("Login or password is empty"));

    const qint64 wait = m_context.loginThrottle.admit(peer);
    if (wait < 0)
        return HttpReply::error(ApiError{ErrorCode::TooManyAttempts,
                                         QStringLiteral("Too many failed logins from this address; try again later"),
                                         429});
    // No account can have such a login: answered without a lookup, a hash or a tracked key.
    if (attempt.login.size() > LoginGuard::MaxIdentityLength || attempt.password.size() > MaxPasswordLength
        || IdentityText::hasInvisibleCharacter(attempt.login)) {
        m_context.loginThrottle.recordFailure(peer);
        return invalidLogin();
    }
    if (wait == 0)
        return HttpReply::later(check(attempt));
    return HttpReply::later(
        after(wait, &m_lifetime).then(&m_lifetime, [this, attempt]() { return check(attempt); }).unwrap());
}

QFuture<HttpReply> Authenticator::check(const Attempt &attempt)
{
    if (m_context.loginGuard.isLocked(attempt.login, attempt.peer)) {
        m_context.loginThrottle.recordSettled(attempt.peer);
        return QtFuture::makeReadyFuture(HttpReply::error(
            ErrorCode::AccountLocked, QStringLiteral("User account is locked out due to too many failed logins")));
    }
    QVariantMap row;
    const UserRepository::Lookup found = m_context.users.findByIdentity(attempt.login, &row);
    if (found == UserRepository::Lookup::Failed) {
        m_context.loginThrottle.recordSettled(attempt.peer);
        return QtFuture::makeReadyFuture(HttpReply::error(ErrorCode::InternalError, QStringLiteral("Database error")));
    }
    const bool known = found == UserRepository::Lookup::Found;
    const QString stored = known ? row.value(SchemaStore::passwordHashColumn()).toString() : unknownUserHash();
    const QString password = attempt.password;
    // QThreadPool runs higher priorities first: a quiet address (the owner's, typically) waits
    // for the hashes being computed, not behind every guess other addresses have queued.
    const int lane = m_context.loginThrottle.isQuiet(attempt.peer) ? QuietLane : SharedLane;
    return QtConcurrent::task([password, stored]() { return PasswordHasher::verify(password, stored); })
        .onThreadPool(m_context.workers)
        .withPriority(lane)
        .spawn()
        .then(&m_lifetime, [this, attempt, known, row](bool matches) { return finish(attempt, known, matches, row); });
}

HttpReply Authenticator::finish(const Attempt &attempt, bool found, bool passwordMatches, QVariantMap row)
{
    if (!found || !passwordMatches) {
        m_context.loginGuard.recordFailure(attempt.login, attempt.peer);
        m_context.loginThrottle.recordFailure(attempt.peer);
        return invalidLogin();
    }
    m_context.loginThrottle.recordSettled(attempt.peer);
    // Only the password's owner learns the account's state (users_about_user_statuses).
    const QString status = row.value(QStringLiteral("userStatus")).toString();
    if (status == QLatin1String("DISABLED"))
        return HttpReply::error(ErrorCode::UserDisabled, QStringLiteral("User account is disabled"));
    if (status == QLatin1String("EMAIL_CONFIRMATION_PENDING"))
        return HttpReply::error(ErrorCode::EmailNotConfirmed,
                                QStringLiteral("Unable to login. User email is not confirmed."));
    m_context.loginGuard.recordSuccess(attempt.login);
    return openSession(std::move(row));
}

HttpReply Authenticator::openSession(QVariantMap row)
{
    const RuntimeSettings &settings = m_context.settings;
    SessionRegistry::OpenPolicy policy;
    policy.multipleLogins = settings.multipleLogins.load();
    policy.maxLogins = settings.maxLogins.load();
    policy.refuseSecondLogin = settings.refuseSecondLogin.load();

    const QString objectId = row.value(QStringLiteral("objectId")).toString();
    SessionRegistry::Refusal refusal = SessionRegistry::Refusal::None;
    const QString token = m_context.sessions.open(objectId, policy, &refusal);
    if (refusal == SessionRegistry::Refusal::SecondLogin)
        return HttpReply::error(ErrorCode::MultipleLoginsBlocked,
                                QStringLiteral("User is already logged in from another device"));
    if (refusal == SessionRegistry::Refusal::TooManyLogins)
        return HttpReply::error(ErrorCode::ConcurrentLoginLimit,
                                QStringLiteral("Multiple login limit for the same user account has been reached"));

    const qint64 now = UserRepository::nowMs();
    if (m_context.users.update(objectId, {{QStringLiteral("lastLogin"), now}})) {
        row.insert(QStringLiteral("lastLogin"), now);
    } else if (UserRepository::isStorageFull(m_context.users.lastError())) {
        // On a full disk the owner still signs in (the session is kept in memory then, until the
        // server stops: SessionRegistry); only lastLogin, bookkeeping, keeps its previous value.
        qWarning("profiledesk-server: the disk is full: a login's lastLogin was not recorded");
    } else {
        m_context.sessions.close(token);
        return HttpReply::error(ErrorCode::InternalError, QStringLiteral("Database error"));
    }
    QJsonObject user = m_context.users.toJson(row);
    user.insert(QLatin1String(WireName::UserToken), token);
    return HttpReply::json(user);
}

} // namespace Server
