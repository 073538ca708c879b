#include "LocalServerCommand.h"

#include "CliSupport.h"
#include "db/DatabaseProvisioner.h"
#include "db/LocalServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int LocalServerCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage a private PostgreSQL server for HexaStore."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s, u"init | start | stop | status | remove"_s);
    parser.addOption(
        {u"dir"_s, tr("Directory of the server (default: %1)").arg(LocalServer::defaultDirectory()),
         u"dir"_s});
    parser.addOption({u"no-fsync"_s, tr("Throwaway server: no fsync (tests only).")});
    parser.addOption({u"init"_s, tr("With start: initialise the server first when needed.")});
    parser.addOption(
        {u"database"_s, tr("With start: also create this database when missing."), u"name"_s});
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return CliSupport::usage(parser.helpText());
    const QString action = positional.first();
    LocalServer server(parser.isSet(u"dir"_s) ? parser.value(u"dir"_s)
                                              : LocalServer::defaultDirectory(),
                       LocalServer::Options{!parser.isSet(u"no-fsync"_s), {}});
    auto& out = CliSupport::out();

    if (action == u"init"_s) {
        if (server.isInitialized()) {
            out << tr("Already initialised: %1").arg(server.directory()) << Qt::endl;
            return 0;
        }
        if (auto ok = server.init(); !ok)
            return CliSupport::fail(ok.error());
        out << tr("Initialised %1").arg(server.directory()) << Qt::endl;
        return 0;
    }
    if (action == u"start"_s) {
        if (parser.isSet(u"init"_s)) {
            if (auto ok = server.init(); !ok)
                return CliSupport::fail(ok.error());
        }
        if (auto ok = server.start(); !ok)
            return CliSupport::fail(ok.error());
        if (parser.isSet(u"database"_s)) {
            DatabaseProvisioner provisioner(server.superuserSettings());
            if (auto ok = provisioner.ensureDatabase(parser.value(u"database"_s)); !ok)
                return CliSupport::fail(ok.error());
        }
        out << tr("Running: socket in %1, TCP 127.0.0.1:%2")
                   .arg(server.directory())
                   .arg(server.port())
            << Qt::endl;
        return 0;
    }
    if (action == u"stop"_s) {
        if (auto ok = server.stop(); !ok)
            return CliSupport::fail(ok.error());
        out << tr("Stopped.") << Qt::endl;
        return 0;
    }
    if (action == u"remove"_s) {
        if (auto ok = server.remove(); !ok)
            return CliSupport::fail(ok.error());
        out << tr("Removed %1").arg(server.directory()) << Qt::endl;
        return 0;
    }
    if (action == u"status"_s) {
        auto status = server.status();
        if (!status)
            return CliSupport::fail(status.error());
        out << tr("directory:   %1").arg(status->directory) << Qt::endl
            << tr("initialised: %1").arg(status->initialized ? tr("yes") : tr("no")) << Qt::endl
            << tr("running:     %1").arg(status->running ? tr("yes") : tr("no")) << Qt::endl;
        if (status->initialized) {
            out << tr("port:        %1").arg(status->port) << Qt::endl
                << tr("client URL:  %1").arg(server.clientSettings(u"hexastore"_s).toUrl())
                << Qt::endl;
        }
        return status->running ? 0 : 3; // like pg_ctl status
    }
    return CliSupport::usage(parser.helpText());
}
