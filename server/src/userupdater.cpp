#include "userupdater.h"

#include "changevalidator.h"
#include "database.h"
#include "passwordhasher.h"
#include "runtimesettings.h"
#include "schemastore.h"
#include "servicecontext.h"
#include "userrepository.h"

#include <QDebug>

namespace Server {

UserUpdater::UserUpdater(ServiceContext &context)
    : m_context(context)
{
}

ChangeValidator UserUpdater::validator() const
{
    return ChangeValidator(m_context.schema, m_context.users, m_context.settings.dynamicSchema.load(),
                           m_context.settings.dropUnknownProperties.load());
}

bool UserUpdater::update(const QString &objectId, const QJsonObject &body, QJsonObject *user, ApiError *error)
{
    ChangeSet changes;
    if (!validator().validate(body, ChangeValidator::Mode::Update, objectId, &changes, error))
        return false;
    changes.values.insert(QStringLiteral("updated"), UserRepository::nowMs());
    return write(objectId, false, changes, user, error);
}

bool UserUpdater::registerUser(const QJsonObject &body, QJsonObject *user, ApiError *error)
{
    ChangeSet changes;
    if (!validator().validate(body, ChangeValidator::Mode::Register, QString(), &changes, error))
        return false;
    // Defaults fill what the body leaves out.
    for (const Column &column : m_context.schema.columns()) {
        if (changes.values.contains(column.name) || column.defaultValue.isUndefined() || column.defaultValue.isNull())
            continue;
        QVariant value;
        QString message;
        if (column.toSql(column.defaultValue, &value, &message))
            changes.values.insert(column.name, value);
    }
    const QString objectId = UserRepository::newObjectId();
    changes.values.insert(QStringLiteral("objectId"), objectId);
    changes.values.insert(QStringLiteral("ownerId"), objectId);
    changes.values.insert(QStringLiteral("created"), UserRepository::nowMs());
    changes.values.insert(QStringLiteral("userStatus"), QStringLiteral("ENABLED"));
    changes.values.insert(QStringLiteral("blUserLocale"), QStringLiteral("en"));
    changes.values.insert(QStringLiteral("socialAccount"), QStringLiteral("BACKENDLESS"));
    changes.values.insert(QStringLiteral("accountType"), QStringLiteral("BACKENDLESS"));
    return write(objectId, true, changes, user, error);
}

bool UserUpdater::write(const QString &objectId, bool insert, const ChangeSet &changes, QJsonObject *user,
                        ApiError *error)
{
    QString failure;
    if (!writeInTransaction(objectId, insert, changes, &failure)) {
        // Only now, after the transaction has rolled back, does the stored schema show which
        // columns survived: reloading earlier kept the rolled-back ones as phantoms (issue 12, M1).
        QString reloadError;
        m_context.schema.reload(&reloadError);
        if (UserRepository::isUniqueViolation(failure)) {
            const Column *identity = m_context.schema.identity();
            *error = ApiError::make(insert ? ErrorCode::RegisterIdentityTaken : ErrorCode::IdentityTaken,
                                    QStringLiteral("User with the same %1 already exists")
                                        .arg(identity ? identity->name : QStringLiteral("identity")));
            return false;
        }
        // SQLite's messages name tables and columns, never values, so the log holds no secret.
        qWarning("profiledesk-server: a user write failed: %s", qPrintable(failure));
        *error = ApiError::make(ErrorCode::InternalError, QStringLiteral("The user could not be saved"));
        return false;
    }

    QVariantMap row;
    if (m_context.users.findById(objectId, &row) != UserRepository::Lookup::Found) {
        *error = ApiError::make(ErrorCode::InternalError, QStringLiteral("The saved user could not be read back"));
        return false;
    }
    *user = m_context.users.toJson(row);
    return true;
}

bool UserUpdater::writeInTransaction(const QString &objectId, bool insert, const ChangeSet &changes,
                                     QString *failure)
{
    QVariantMap values = changes.values;
    if (changes.hasPassword)
        values.insert(SchemaStore::passwordHashColumn(), PasswordHasher::hash(changes.password));

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
