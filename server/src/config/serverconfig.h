#pragma once

#include "storage/column.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Server {

struct ServerOptions;

// A user to seed into an empty database.
struct SeedUser
{
    QJsonObject properties; // schema properties (identity, name, ...)
    QString password;
    QStringList roles;
    QString userStatus = QStringLiteral("ENABLED");
};

// The optional `--config FILE` JSON:
//   { "settings": { "dynamicSchema": true | false | "drop", "sessionTimeout": seconds,
//                   "multipleLogins": bool, "maxLogins": n, "secondLogin": "end-first" | "refuse",
//                   "failedLoginsLock": n, "loginThrottle": bool,
//                   "lockout": { "maxFailedLogins": n, "lockoutSeconds": s },
//                   "maxConnections": n, "maxConnectionsPerAddress": n,
//                   "requestTimeout": seconds, "idleTimeout": seconds },
//     "schema": [ { "name", "type", "required", "identity", "defaultValue", "customRegex" } ],
//     "users":  [ { <properties>, "password", "roles": [..], "userStatus" } ],
//     "roles":  [ "Beta", ... ] }   (custom roles beyond SupportStaff, Beta and those the users hold)
// Every key is optional; "schema" replaces the built-in one and needs one STRING identity column.
struct ServerConfig
{
    // What "settings" sets, in the order read; applyTo() runs them over the options' defaults.
    QList<std::function<void(ServerOptions &options)>> overrides;
    std::optional<QList<Column>> schema;
    QList<SeedUser> users;
    QStringList roles;

    static bool load(const QString &path, ServerConfig *out, QString *error);
    static bool fromJson(const QJsonObject &root, ServerConfig *out, QString *error);
    // The file's settings over the options' defaults.
    void applyTo(ServerOptions &options) const;
};

} // namespace Server
