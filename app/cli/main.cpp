#include "cli/cliapplication.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("profiledesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROFILEDESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("ProfileDesk"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
