#include "routes/userupdater.h"

#include "realtime/userchangefeed.h"

#include "auth/loginguard.h"
#include "auth/passwordhasher.h"
#include "config/runtimesettings.h"
#include "host/servicecontext.h"
#include "routes/changevalidator.h"
#include "storage/database.h"
#include "storage/schemastore.h"
#include "storage/userrepository.h"

#include <QDebug>
#include <QFuture>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace Server {

UserUpdater::UserUpdater(ServiceContext &context)
    : m_context(context)
{ }

ChangeValidator UserUpdater::validator() const
{
    return ChangeValidator(m_context.schema, m_context.users, m_context.settings.dynamicSchema.load(),
                           m_context.settings.dropUnknownProperties.load());
}

HttpReply UserUpdater::update(const QString &objectId, const QJsonObject &body, const QVariantMap &current,
                              bool dataApi)
{
    const ChangeValidator::Mode mode = dataApi ? ChangeValidator::Mode::DataSave : ChangeValidator::Mode::Update;
    ChangeSet changes;
    ApiError error;
    if (!validator().validate(body, mode, objectId, &changes, &error))
        return HttpReply::error(error);
    changes.values.insert(QStringLiteral("updated"), UserRepository::nowMs());
    if (!changes.hasPassword)
        return write(objectId, false, changes, &current);
    return afterHashing(changes.password, [this, objectId, body, mode](const QString &hash) {
        // Checked again: the table or the identity may have changed while the pool hashed.
        ChangeSet fresh;
        ApiError freshError;
        if (!validator().validate(body, mode, objectId, &fresh, &freshError))
            return HttpReply::error(freshError);
        fresh.values.insert(QStringLiteral("updated"), UserRepository::nowMs());
        fresh.passwordHash = hash;
        return write(objectId, false, fresh, nullptr);
    });
}

HttpReply UserUpdater::registerUser(const QJsonObject &body)
{
    if (!m_context.settings.registrationEnabled.load())
        return HttpReply::error(ErrorCode::RegistrationDisabled,
                                QStringLiteral("User registration is denied for this version of application"));
    ChangeSet changes;
    ApiError error;
    if (!validator().validate(body, ChangeValidator::Mode::Register, QString(), &changes, &error))
        return HttpReply::error(error);
    const QString objectId = UserRepository::newObjectId();
    return afterHashing(changes.password, [this, objectId, body](const QString &hash) {
        ChangeSet fresh;
        ApiError freshError;
        if (!validator().validate(body, ChangeValidator::Mode::Register, QString(), &fresh, &freshError))
            return HttpReply::error(freshError);
        addRegisterValues(objectId, body, &fresh);
        fresh.passwordHash = hash;
        return write(objectId, true, fresh, nullptr);
    });
}

HttpReply UserUpdater::afterHashing(const QString &password, std::function<HttpReply(const QString &)> write)
{
    return HttpReply::later(
        QtConcurrent::run(&m_context.workers, [password]() {
            return PasswordHasher::hash(password);
        }).then(&m_lifetime, [write = std::move(write)](const QString &hash) { return write(hash); }));
}

void UserUpdater::addRegisterValues(const QString &objectId, const QJsonObject &body, ChangeSet *changes) const
{
    // The SDKs send the client's language as blUserLocale (JS-SDK test/unit/specs/users/registration.js:60);
    // it is kept when it looks like a locale tag, else the default stands.
    static const QRegularExpression localeTag(QStringLiteral("^[A-Za-z0-9_-]{1,35}$"));
    const QString locale = body.value(QStringLiteral("blUserLocale")).toString();
    // Defaults fill what the body leaves out.
    for (const Column &column : m_context.schema.columns()) {
        if (changes->values.contains(column.name) || column.defaultValue.isUndefined() || column.defaultValue.isNull())
            continue;
        QVariant value;
        QString message;
        if (column.toSql(column.defaultValue, &value, &message))
            changes->values.insert(column.name, value);
    }
    changes->values.insert(QStringLiteral("objectId"), objectId);
    changes->values.insert(QStringLiteral("ownerId"), objectId);
    changes->values.insert(QStringLiteral("created"), UserRepository::nowMs());
    // With email confirmation required, a new account waits for it (login: 3087).
    changes->values.insert(QStringLiteral("userStatus"),
                           m_context.settings.emailConfirmation.load() ? QStringLiteral("EMAIL_CONFIRMATION_PENDING")
                                                                       : QStringLiteral("ENABLED"));
    changes->values.insert(QStringLiteral("blUserLocale"),
                           localeTag.match(locale).hasMatch() ? locale : QStringLiteral("en"));
    changes->values.insert(QStringLiteral("socialAccount"), QStringLiteral("BACKENDLESS"));
    changes->values.insert(QStringLiteral("accountType"), QStringLiteral("BACKENDLESS"));
}

HttpReply UserUpdater::write(const QString &objectId, bool insert, const ChangeSet &changes, const QVariantMap *current)
{
    QString failure;
    if (!writeInTransaction(objectId, insert, changes, &failure)) {
        // Only now, after the transaction has rolled back, does the stored schema show which
        // columns survived: reloading earlier kept the rolled-back ones as phantoms (issue 12, M1).
        QString reloadError;
        m_context.schema.reload(&reloadError);
        if (UserRepository::isUniqueViolation(failure)) {
            const Column *identity = m_context.schema.identity();
            return HttpReply::error(insert ? ErrorCode::RegisterIdentityTaken : ErrorCode::IdentityTaken,
                                    QStringLiteral("User with the same %1 already exists")
                                        .arg(identity ? identity->name : QStringLiteral("identity")));
        }
        // SQLite's messages name tables and columns, never values, so the log holds no secret.
        qWarning("profiledesk-server: a user write failed: %s", qPrintable(failure));
        if (UserRepository::isStorageFull(failure))
            return HttpReply::error(ErrorCode::StorageFull,
                                    QStringLiteral("The server's disk is full: nothing was saved"));
        return HttpReply::error(ErrorCode::InternalError, QStringLiteral("The user could not be saved"));
    }
    if (current) {
        // The row as it now is: what was read plus what was written (a third of an update's
        // time went to reading it back).
        QVariantMap row = *current;
        for (auto it = changes.values.cbegin(); it != changes.values.cend(); ++it)
            row.insert(it.key(), it.value());
        m_context.users.remember(objectId, row);
        const QJsonObject user = m_context.users.toJson(row);
        emit m_context.changes.updated(objectId, user);
        return HttpReply::json(user);
    }
    QVariantMap row;
    if (m_context.users.findById(objectId, &row) != UserRepository::Lookup::Found)
        return HttpReply::error(ErrorCode::InternalError, QStringLiteral("The saved user could not be read back"));
    // A new password (set by the user or by staff) is a reset: it lifts the account lock (M2).
    const Column *identity = m_context.schema.identity();
    if (changes.hasPassword && identity)
        m_context.loginGuard.recordSuccess(row.value(identity->name).toString());
    const QJsonObject user = m_context.users.toJson(row);
    if (!insert)
        emit m_context.changes.updated(objectId, user);
    return HttpReply::json(user);
}

bool UserUpdater::writeInTransaction(const QString &objectId, bool insert, const ChangeSet &changes, QString *failure)
{
    QVariantMap values = changes.values;
    if (changes.hasPassword)
        values.insert(SchemaStore::passwordHashColumn(), changes.passwordHash);

    Transaction tx(m_context.db);
    if (!tx.isActive()) {
        *failure = m_context.db.lastError();
        return false;
    }
    for (const Column &column : changes.newColumns) {
        if (!m_context.schema.addColumn(column, failure))
            return false;
    }
    const bool written = insert ? m_context.users.insert(values) : m_context.users.update(objectId, values);
    if (!written) {
        *failure = m_context.users.lastError();
        return false;
    }
    if (!tx.commit()) {
        *failure = m_context.db.lastError();
        return false;
    }
    return true;
}

} // namespace Server
