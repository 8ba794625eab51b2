#pragma once

#include <QString>

class QSqlDatabase;

namespace Server {

// SQLite's NOCASE folds ASCII only, so `ÅLICE@example.com` and `ålice@example.com` were two
// accounts (issue 12). This replaces NOCASE on the connection with Unicode case folding
// (QString's case-insensitive compare), which the identity column's UNIQUE index and every
// lookup then use. SQLite lets an application redefine NOCASE; the indexes built with the old
// definition are rebuilt once (REINDEX), recorded in PRAGMA user_version.
bool installUnicodeNoCase(QSqlDatabase &db, QString *error);

} // namespace Server
