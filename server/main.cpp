// profiledesk-server: reads the command line (Server::CommandLine) and runs a ServerInstance on the
// main thread.

#include "config/commandline.h"
#include "config/runtimesettings.h"
#include "config/serverconfig.h"
#include "config/serveroptions.h"
#include "host/serverinstance.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("profiledesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROFILEDESK_VERSION));

    Server::ServerOptions options;
    Server::ServerConfig config;
    QString error;
    auto settings = std::make_shared<Server::RuntimeSettings>();
    std::unique_ptr<Server::ServerInstance> server;
    if (Server::CommandLine::parse(QCoreApplication::arguments(), &options, &config, &error)) {
        settings->apply(options);
        server = std::make_unique<Server::ServerInstance>(options, config, settings);
    }
    if (!server || !server->start(&error)) {
        QTextStream(stderr) << "profiledesk-server: " << error << Qt::endl;
        return 2;
    }
    // Through QUrl, so an IPv6 host gets its brackets: http://[::]:8080, not http://:::8080.
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(options.host);
    url.setPort(server->port());
    QTextStream(stdout) << "listening on " << url.toString() << Qt::endl;
    return app.exec();
}
