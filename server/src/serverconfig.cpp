#include "serverconfig.h"

#include "serveroptions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Server {

namespace {

bool readPositive(const QJsonObject &object, const char *key, std::optional<int> *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    const int number = value.toInt(-1);
    if (!value.isDouble() || number < 0) {
        *error = QStringLiteral("settings.%1 must be a whole number of at least 0").arg(QLatin1String(key));
        return false;
    }
    *out = number;
    return true;
}

bool readBool(const QJsonObject &object, const char *key, std::optional<bool> *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isBool()) {
        *error = QStringLiteral("settings.%1 must be true or false").arg(QLatin1String(key));
        return false;
    }
    *out = value.toBool();
    return true;
}

bool readDynamicSchema(const QJsonObject &settings, ServerConfig *config, QString *error)
{
    const QJsonValue value = settings.value(QStringLiteral("dynamicSchema"));
    if (value.isUndefined())
        return true;
    if (value.isBool()) {
        config->dynamicSchema = value.toBool();
        config->dropUnknownProperties = false;
        return true;
    }
    if (value.toString() == QLatin1String("drop")) {
        config->dynamicSchema = false;
        config->dropUnknownProperties = true;
        return true;
    }
    *error = QStringLiteral("settings.dynamicSchema must be true, false or \"drop\"");
    return false;
}

bool readSecondLogin(const QJsonObject &settings, ServerConfig *config, QString *error)
{
    const QJsonValue value = settings.value(QStringLiteral("secondLogin"));
    if (value.isUndefined())
        return true;
    const QString text = value.toString();
    if (text != QLatin1String("end-first") && text != QLatin1String("refuse")) {
        *error = QStringLiteral("settings.secondLogin must be \"end-first\" or \"refuse\"");
        return false;
    }
    config->refuseSecondLogin = text == QLatin1String("refuse");
    return true;
}

bool readSchema(const QJsonArray &array, QList<Column> *out, QString *error)
{
    QSet<QString> names;
    int identities = 0;
    for (const QJsonValue &item : array) {
        const auto column = Column::fromJson(item.toObject(), error);
        if (!column) {
            *error = QStringLiteral("schema: ") + *error;
            return false;
        }
        const QString folded = column->name.toCaseFolded();
        if (names.contains(folded) || column->name == QLatin1String("password")) {
            *error = QStringLiteral("schema: column '%1' is defined twice or is reserved").arg(column->name);
            return false;
        }
        names.insert(folded);
        if (column->identity) {
            ++identities;
            if (column->type != ColumnType::String) {
                *error = QStringLiteral("schema: the identity column '%1' must be a STRING").arg(column->name);
                return false;
            }
        }
        *out << *column;
    }
    if (identities != 1) {
        *error = QStringLiteral("schema: exactly one column must be the identity");
        return false;
    }
    return true;
}

bool readUsers(const QJsonArray &array, QList<SeedUser> *out, QString *error)
{
    for (const QJsonValue &item : array) {
        QJsonObject properties = item.toObject();
        SeedUser user;
        user.password = properties.take(QStringLiteral("password")).toString();
        user.userStatus = properties.take(QStringLiteral("userStatus")).toString(QStringLiteral("ENABLED"));
        const QJsonArray roles = properties.take(QStringLiteral("roles")).toArray();
        for (const QJsonValue &role : roles)
            user.roles << role.toString();
        user.properties = properties;
        if (user.password.isEmpty()) {
            *error = QStringLiteral("users: every user needs a password");
            return false;
        }
        *out << user;
    }
    return true;
}

} // namespace

bool ServerConfig::load(const QString &path, ServerConfig *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read config %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("config %1 is not a JSON object: %2").arg(path, parseError.errorString());
        return false;
    }
    if (!fromJson(document.object(), out, error)) {
        *error = QStringLiteral("config %1: %2").arg(path, *error);
        return false;
    }
    return true;
}

bool ServerConfig::fromJson(const QJsonObject &root, ServerConfig *out, QString *error)
{
    ServerConfig config;
    const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    const QJsonObject lockout = settings.value(QStringLiteral("lockout")).toObject();
    // "failedLoginsLock" names the Backendless setting; "lockout.maxFailedLogins" is the older key.
    if (!readDynamicSchema(settings, &config, error) || !readSecondLogin(settings, &config, error)
        || !readPositive(settings, "sessionTimeout", &config.sessionTimeoutSeconds, error)
        || !readBool(settings, "multipleLogins", &config.multipleLogins, error)
        || !readPositive(settings, "maxLogins", &config.maxLogins, error)
        || !readPositive(lockout, "maxFailedLogins", &config.maxFailedLogins, error)
        || !readPositive(settings, "failedLoginsLock", &config.maxFailedLogins, error)
        || !readPositive(lockout, "lockoutSeconds", &config.lockoutSeconds, error)
        || !readBool(settings, "loginThrottle", &config.loginThrottle, error)
        || !readPositive(settings, "maxConnections", &config.maxConnections, error)
        || !readPositive(settings, "maxConnectionsPerAddress", &config.maxConnectionsPerAddress, error)
        || !readPositive(settings, "requestTimeout", &config.requestTimeoutSeconds, error)
        || !readPositive(settings, "idleTimeout", &config.idleTimeoutSeconds, error))
        return false;
    if (root.contains(QStringLiteral("schema"))) {
        QList<Column> schema;
        if (!readSchema(root.value(QStringLiteral("schema")).toArray(), &schema, error))
            return false;
        config.schema = schema;
    }
    if (!readUsers(root.value(QStringLiteral("users")).toArray(), &config.users, error))
        return false;
    *out = config;
    return true;
}

void ServerConfig::applyTo(ServerOptions &options) const
{
    options.dynamicSchema = dynamicSchema.value_or(options.dynamicSchema);
    options.dropUnknownProperties = dropUnknownProperties.value_or(options.dropUnknownProperties);
    options.sessionTimeoutSeconds = sessionTimeoutSeconds.value_or(options.sessionTimeoutSeconds);
    LoginPolicy &policy = options.loginPolicy;
    policy.multipleLogins = multipleLogins.value_or(policy.multipleLogins);
    policy.maxLogins = maxLogins.value_or(policy.maxLogins);
    policy.refuseSecondLogin = refuseSecondLogin.value_or(policy.refuseSecondLogin);
    policy.failedLoginsLock = maxFailedLogins.value_or(policy.failedLoginsLock);
    policy.lockSeconds = lockoutSeconds.value_or(policy.lockSeconds);
    options.loginThrottle = loginThrottle.value_or(options.loginThrottle);
    TransportLimits &transport = options.transport;
    transport.maxConnections = maxConnections.value_or(transport.maxConnections);
    transport.maxConnectionsPerAddress = maxConnectionsPerAddress.value_or(transport.maxConnectionsPerAddress);
    if (requestTimeoutSeconds)
        transport.requestTimeoutMs = *requestTimeoutSeconds * 1000;
    if (idleTimeoutSeconds)
        transport.idleTimeoutMs = *idleTimeoutSeconds * 1000;
}

} // namespace Server
