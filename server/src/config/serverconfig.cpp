#include "config/serverconfig.h"

#include "config/serveroptions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Server {

namespace {

using Override = std::function<void(ServerOptions &options)>;

// The numeric and on/off settings: the key, where it sits, and what it sets. "failedLoginsLock"
// names the Backendless setting; "lockout.maxFailedLogins" is its older name.
struct NumberSetting
{
    const char *key;
    bool underLockout;
    void (*set)(ServerOptions &options, int value);
};

const NumberSetting NumberSettings[] = {
    {"sessionTimeout", false, [](ServerOptions &o, int v) { o.sessionTimeoutSeconds = v; }},
    {"maxLogins", false, [](ServerOptions &o, int v) { o.loginPolicy.maxLogins = v; }},
    {"failedLoginsLock", false, [](ServerOptions &o, int v) { o.loginPolicy.failedLoginsLock = v; }},
    {"maxFailedLogins", true, [](ServerOptions &o, int v) { o.loginPolicy.failedLoginsLock = v; }},
    {"lockoutSeconds", true, [](ServerOptions &o, int v) { o.loginPolicy.lockSeconds = v; }},
    {"maxConnections", false, [](ServerOptions &o, int v) { o.transport.maxConnections = v; }},
    {"maxConnectionsPerAddress", false, [](ServerOptions &o, int v) { o.transport.maxConnectionsPerAddress = v; }},
    {"requestTimeout", false, [](ServerOptions &o, int v) { o.transport.requestTimeoutMs = v * 1000; }},
    {"idleTimeout", false, [](ServerOptions &o, int v) { o.transport.idleTimeoutMs = v * 1000; }},
};

struct SwitchSetting
{
    const char *key;
    void (*set)(ServerOptions &options, bool value);
};

const SwitchSetting SwitchSettings[] = {
    {"multipleLogins", [](ServerOptions &o, bool v) { o.loginPolicy.multipleLogins = v; }},
    {"loginThrottle", [](ServerOptions &o, bool v) { o.loginThrottle = v; }},
    // The console's name for the switch (JS-SDK test/e2e/specs/users.js:115).
    {"userRegistrationEnabled", [](ServerOptions &o, bool v) { o.registrationEnabled = v; }},
};

bool readNumber(const QJsonObject &object, const NumberSetting &setting, QList<Override> *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(setting.key));
    if (value.isUndefined())
        return true;
    const int number = value.toInt(-1);
    if (!value.isDouble() || number < 0) {
        *error = QStringLiteral("settings.%1 must be a whole number of at least 0").arg(QLatin1String(setting.key));
        return false;
    }
    *out << [set = setting.set, number](ServerOptions &options) { set(options, number); };
    return true;
}

bool readSwitch(const QJsonObject &object, const SwitchSetting &setting, QList<Override> *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(setting.key));
    if (value.isUndefined())
        return true;
    if (!value.isBool()) {
        *error = QStringLiteral("settings.%1 must be true or false").arg(QLatin1String(setting.key));
        return false;
    }
    *out << [set = setting.set, on = value.toBool()](ServerOptions &options) { set(options, on); };
    return true;
}

// true, false, or "drop" (unknown properties vanish, as with real Backendless's dynamic schema off).
bool readDynamicSchema(const QJsonObject &settings, QList<Override> *out, QString *error)
{
    const QJsonValue value = settings.value(QStringLiteral("dynamicSchema"));
    const bool drop = value.toString() == QLatin1String("drop");
    if (!value.isUndefined() && !value.isBool() && !drop) {
        *error = QStringLiteral("settings.dynamicSchema must be true, false or \"drop\"");
        return false;
    }
    if (!value.isUndefined()) {
        *out << [on = value.toBool(), drop](ServerOptions &options) {
            options.dynamicSchema = on;
            options.dropUnknownProperties = drop;
        };
    }
    return true;
}

bool readSecondLogin(const QJsonObject &settings, QList<Override> *out, QString *error)
{
    const QJsonValue value = settings.value(QStringLiteral("secondLogin"));
    const QStringList choices{QStringLiteral("end-first"), QStringLiteral("refuse")};
    if (!value.isUndefined() && !choices.contains(value.toString())) {
        *error = QStringLiteral("settings.secondLogin must be \"end-first\" or \"refuse\"");
        return false;
    }
    if (!value.isUndefined()) {
        *out << [refuse = value.toString() == choices.at(1)](ServerOptions &options) {
            options.loginPolicy.refuseSecondLogin = refuse;
        };
    }
    return true;
}

bool readSettings(const QJsonObject &settings, QList<Override> *out, QString *error)
{
    const QJsonObject lockout = settings.value(QStringLiteral("lockout")).toObject();
    for (const NumberSetting &setting : NumberSettings) {
        if (!readNumber(setting.underLockout ? lockout : settings, setting, out, error))
            return false;
    }
    for (const SwitchSetting &setting : SwitchSettings) {
        if (!readSwitch(settings, setting, out, error))
            return false;
    }
    return readDynamicSchema(settings, out, error) && readSecondLogin(settings, out, error);
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
    if (!readSettings(root.value(QStringLiteral("settings")).toObject(), &config.overrides, error))
        return false;
    if (root.contains(QStringLiteral("schema"))) {
        QList<Column> schema;
        if (!readSchema(root.value(QStringLiteral("schema")).toArray(), &schema, error))
            return false;
        config.schema = schema;
    }
    if (!readUsers(root.value(QStringLiteral("users")).toArray(), &config.users, error))
        return false;
    const QJsonArray roles = root.value(QStringLiteral("roles")).toArray();
    for (const QJsonValue &role : roles) {
        if (!role.isString() || role.toString().trimmed().isEmpty()) {
            *error = QStringLiteral("roles: every role is a non-empty string");
            return false;
        }
        config.roles << role.toString().trimmed();
    }
    *out = config;
    return true;
}

void ServerConfig::applyTo(ServerOptions &options) const
{
    for (const Override &override : overrides)
        override(options);
}

} // namespace Server
