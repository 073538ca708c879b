// hexastore-admin: the operator's command-line tool.
#include "AuditCommand.h"
#include "AuthBenchmark.h"
#include "BackupCommand.h"
#include "CatalogBenchmark.h"
#include "CheckoutBenchmark.h"
#include "CliSupport.h"
#include "ClusterCommand.h"
#include "CourierCommand.h"
#include "DashboardBenchmark.h"
#include "DatabaseCommands.h"
#include "GuiBenchmark.h"
#include "ImportBenchmark.h"
#include "LocalServerCommand.h"
#include "MailCommand.h"
#include "ScaleBenchmark.h"
#include "SyncBenchmark.h"
#include "UsersBenchmark.h"

#include <QApplication>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

int help()
{
    CliSupport::out() << uR"(Usage: hexastore-admin COMMAND [options]   (COMMAND --help for details)

  local-server init|start|stop|status|remove [--dir DIR]
                         manage a private PostgreSQL server
  cluster init|start|stop|status|remove [--dir DIR]
                         a primary, a synchronous standby and PgBouncer in front of each
  migrate [--url URL]    apply the schema migrations
  create-user --role ROLE --email E --name N --password-stdin [--url URL]
                         create a user of any role
  seed-demo [--products N] [--deliveries N] [--orders N] [--url URL]
                         create the demo accounts, catalog, orders and deliveries
  courier simulate --email E --password-stdin --store FILE --steps N [--seed S] [--url URL]
                         a headless courier working offline-first through its store
  courier events --store FILE
                         every event in a courier's store: id, state, delivery, status
  backup --to FILE [--url URL]
                         a consistent, compressed backup of the whole database
  restore --from FILE [--url URL | --dir DIR [--replace]]
                         into an empty database or a new local server
  mail send|settings|set KEY VALUE [--url URL]
                         deliver the e-mail outbox by SMTP (reset codes, notifications)
  config list|set KEY VALUE [--url URL]
                         show or change server settings
  bench auth [--url URL] benchmark login and the token check
  bench catalog [--products N]
                         benchmark the product model and search at scale
  bench checkout [--clients 8]
                         checkout throughput: service layer vs pgbench
  bench scale [--clients 2000] [--seconds 10]
                         simulated clients: direct vs PgBouncer with a standby
  bench dashboard [--orders 1000000]
                         the whole dashboard vs plain aggregate queries
  bench gui [--products 1000000]
                         GUI stalls: every screen of each role, offscreen
  bench import [--rows 100000]
                         a seller's CSV import vs a plain COPY of the same rows
  bench users [--users 100000]
                         the user list: keyset pages and search vs OFFSET, ILIKE
  audit verify [--url URL]
                         check the audit log's hash chain
  bench sync [--events 10000] [--faults N]
                         courier sync drain vs plain INSERT, or N fault runs
  version                print the version

Without --url, commands use the local server (see --dir).
)"_s;
    CliSupport::out().flush();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // Only bench gui shows windows (offscreen); the other commands need no display.
    const bool gui =
        argc >= 3 && std::strcmp(argv[1], "bench") == 0 && std::strcmp(argv[2], "gui") == 0;
    if (gui)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"HexaStore"_s);
    QCoreApplication::setApplicationName(u"HexaStore"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HEXASTORE_VERSION));

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return help();
    const QString command = args.at(1);
    // Sub-parsers see "hexastore-admin <command> ..." as their program name.
    args.removeAt(1);
    args[0] = u"hexastore-admin "_s + command;

    if (command == u"local-server"_s)
        return LocalServerCommand::run(args);
    if (command == u"cluster"_s)
        return ClusterCommand::run(args);
    if (command == u"migrate"_s)
        return DatabaseCommands::migrate(args);
    if (command == u"create-user"_s)
        return DatabaseCommands::createUser(args);
    if (command == u"seed-demo"_s)
        return DatabaseCommands::seedDemo(args);
    if (command == u"backup"_s)
        return BackupCommand::backup(args);
    if (command == u"restore"_s)
        return BackupCommand::restore(args);
    if (command == u"mail"_s)
        return MailCommand::run(args);
    if (command == u"config"_s)
        return DatabaseCommands::config(args);
    if (command == u"courier"_s)
        return CourierCommand::run(args);
    if (command == u"audit"_s)
        return AuditCommand::run(args);
    if (command == u"bench"_s) {
        const QString name = args.size() >= 2 ? args.at(1) : QString();
        args.removeAt(std::min<qsizetype>(1, args.size() - 1));
        if (name == u"auth"_s)
            return AuthBenchmark::run(args);
        if (name == u"catalog"_s)
            return CatalogBenchmark::run(args);
        if (name == u"checkout"_s)
            return CheckoutBenchmark::run(args);
        if (name == u"sync"_s)
            return SyncBenchmark::run(args);
        if (name == u"dashboard"_s)
            return DashboardBenchmark::run(args);
        if (name == u"users"_s)
            return UsersBenchmark::run(args);
        if (name == u"gui"_s)
            return GuiBenchmark::run(args);
        if (name == u"scale"_s)
            return ScaleBenchmark::run(args);
        if (name == u"import"_s)
            return ImportBenchmark::run(args);
        return CliSupport::usage(
            u"Benchmarks: auth, catalog, checkout, dashboard, gui, import, scale, sync, users"_s);
    }
    if (command == u"version"_s || command == u"--version"_s) {
        CliSupport::out() << "hexastore-admin " << QCoreApplication::applicationVersion()
                          << Qt::endl;
        return 0;
    }
    if (command == u"help"_s || command == u"--help"_s || command == u"-h"_s)
        return help();
    CliSupport::err() << "Unknown command: " << command << Qt::endl;
    help();
    return 2;
}
