#pragma once

#include "core/user.h"
#include "core/userschema.h"

#include <QList>
#include <QString>
#include <QStringList>

// What profiledesk-cli prints on stdout: JSON by default (for scripts), aligned text with --table.
namespace CliOutput {

QString user(const User &user, bool table);
// `columns` chooses the table's columns (JSON always has every property the server sent).
QString users(const QList<User> &users, const QStringList &columns, bool table);
QString schema(const UserSchema &schema, bool table);
QString strings(const QStringList &values, bool table);

// One cell of a table: timestamps as ISO-8601 UTC, null as empty, objects and arrays as compact JSON,
// control characters escaped (see terminalSafe()).
QString cell(const QString &name, const QVariant &value);

// Text from the server (stored values, error messages) made safe for a terminal: C0 and C1 control
// characters and DEL become visible escapes (\x1b, \u009b), and so do format characters (bidi
// overrides such as U+202E) and the line/paragraph separators U+2028/U+2029, so that stored data
// cannot clear the screen, move the cursor, reverse a line or fake a prompt. Printable text, tabs
// and newlines inside JSON are unchanged.
QString terminalSafe(const QString &text);

} // namespace CliOutput
