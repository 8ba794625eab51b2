#pragma once

#include <QString>
#include <QStringList>

namespace Server {

struct ServerConfig;
struct ServerOptions;

// profiledesk-server's command line as one table (commandline.cpp): each row names a flag, says
// what it does and applies its value to ServerOptions. The --config file's settings come first;
// the flags given on the command line win.
namespace CommandLine {

// Parses the application's arguments (--help and --version print and exit). On a wrong value or an
// unreadable config file returns false and says why.
bool parse(const QStringList &arguments, ServerOptions *options, ServerConfig *config, QString *error);

} // namespace CommandLine

} // namespace Server
