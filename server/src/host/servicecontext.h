#pragma once

#include <QStringList>

class QThreadPool;

namespace Server {

class Database;
class LoginGuard;
class LoginThrottle;
class MailLog;
class SchemaStore;
class SessionRegistry;
class UserRepository;
struct RuntimeSettings;
class UserChangeFeed;

// The parts of one running server that route handlers share. All but `workers` live on the
// server's thread.
struct ServiceContext
{
    Database &db;
    SchemaStore &schema;
    UserRepository &users;
    SessionRegistry &sessions;
    LoginGuard &loginGuard;
    LoginThrottle &loginThrottle;
    RuntimeSettings &settings;
    MailLog &mail;
    // The app's custom roles (assignRole of another one: 2005).
    const QStringList &customRoles;
    // CPU-heavy work (password hashing) runs here, never on the server's thread (issue 12).
    QThreadPool &workers;
    // Committed user updates, announced for Real-Time.
    UserChangeFeed &changes;
};

} // namespace Server
