#pragma once

#include "user.h"
#include "userschema.h"

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

// One cell of a table: timestamps as ISO-8601 UTC, null as empty, objects and arrays as compact JSON.
QString cell(const QString &name, const QVariant &value);

} // namespace CliOutput
