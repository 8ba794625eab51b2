#pragma once

#include "auth/loginpolicy.h"
#include "realtime/realtimelimits.h"
#include "transport/transportlimits.h"

#include <QString>

namespace Server {

// How a server is started: the command line of profiledesk-server and the in-process ServerHost
// both fill this in. Settings from `configFile` override these defaults (ServerConfig::applyTo).
struct ServerOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0 = ephemeral
    QString databasePath = QStringLiteral(":memory:");
    bool demo = true; // seed demo schema + users into an empty database
    int demoUsers = 200;
    QString appId = QStringLiteral("demo-app-id");
    QString apiKey = QStringLiteral("demo-rest-key");
    // The Cloud Code (CodeRunner) API key: in the path instead of the REST key, the privileged user
    // calls work (status, roles, verifypassowrd). Empty: no such key, every caller gets the refusals.
    QString cloudCodeKey = QStringLiteral("demo-cloudcode-key");
    // The ProfileDeskStaff API service (cloudcode/ProfileDeskStaff) deployed: POST services/ProfileDeskStaff/...
    bool staffService = true;
    // Email confirmation required for new accounts: register makes them EMAIL_CONFIRMATION_PENDING;
    // off, resendconfirmation answers 3103.
    bool emailConfirmation = false;
    // Where the reset and confirmation mails are written instead of sent (JSON lines). Empty: beside
    // a database file ("<db>.mail.jsonl"); with an in-memory database, nowhere.
    QString mailLogPath;
    bool dynamicSchema = true;
    // With dynamicSchema off: unknown properties vanish and the write answers 200, as real
    // Backendless has been seen to do (issue 11), instead of 3031/3010.
    bool dropUnknownProperties = false;
    bool registrationEnabled = true; // Backendless's "User registration" switch (3009 when off)
    int sessionTimeoutSeconds = 3600;
    LoginPolicy loginPolicy;
    bool loginThrottle = true; // failed logins per client address answered ever later
    TransportLimits transport;
    RealtimeLimits realtime;
    QString configFile; // optional JSON config
};

} // namespace Server
