#pragma once

#include <QString>

// Where the CLI gets a password: a file (first line), or the terminal without echo, or a plain line
// from stdin when stdin is not a terminal (a pipe). Nothing here keeps or logs what it read.
namespace PasswordInput {

// `path` "-" reads stdin. Returns false and sets *error when the file cannot be read or is empty.
bool fromFile(const QString &path, QString *password, QString *error);
// Prompts on stderr. Returns false on end of input.
bool fromTerminal(const QString &prompt, QString *password);

} // namespace PasswordInput
