#pragma once

namespace Server {

class Database;
class LoginGuard;
class SchemaStore;
class SessionRegistry;
class UserRepository;
struct RuntimeSettings;

// The parts of one running server that route handlers share. All live on the server's thread.
struct ServiceContext
{
    Database &db;
    SchemaStore &schema;
    UserRepository &users;
    SessionRegistry &sessions;
    LoginGuard &loginGuard;
    RuntimeSettings &settings;
};

} // namespace Server
