#include "ClusterCommand.h"

#include "CliSupport.h"
#include "db/DatabaseProvisioner.h"
#include "db/LocalCluster.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int ClusterCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage a private cluster for HexaStore: a primary, a synchronous streaming standby "
           "and PgBouncer (transaction mode) in front of each."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s, u"init | start | stop | status | remove"_s);
    parser.addOption(
        {u"dir"_s,
         tr("Directory of the cluster (default: %1)").arg(LocalCluster::defaultDirectory()),
         u"dir"_s});
    parser.addOption({u"no-fsync"_s, tr("Throwaway cluster: no fsync (tests only).")});
    parser.addOption({u"init"_s, tr("With start: initialise the cluster first when needed.")});
    parser.addOption(
        {u"database"_s, tr("With start: also create this database when missing."), u"name"_s});
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return CliSupport::usage(parser.helpText());
    const QString action = positional.first();
    if (parser.isSet(u"dir"_s) && parser.value(u"dir"_s).trimmed().isEmpty())
        return CliSupport::usage(tr("--dir needs a directory."));
    LocalCluster cluster(parser.isSet(u"dir"_s) ? parser.value(u"dir"_s)
                                                : LocalCluster::defaultDirectory(),
                         LocalCluster::Options{!parser.isSet(u"no-fsync"_s)});
    auto& out = CliSupport::out();

    if (action == u"init"_s) {
        if (cluster.isInitialized()) {
            out << tr("Already initialised: %1").arg(cluster.directory()) << Qt::endl;
            return 0;
        }
        if (auto ok = cluster.init(); !ok)
            return CliSupport::fail(ok.error());
        if (auto ok = cluster.start(); !ok)
            return CliSupport::fail(ok.error());
        out << tr("Initialised and started %1").arg(cluster.directory()) << Qt::endl;
        return 0;
    }
    if (action == u"start"_s) {
        if (parser.isSet(u"init"_s)) {
            if (auto ok = cluster.init(); !ok)
                return CliSupport::fail(ok.error());
        }
        if (auto ok = cluster.start(); !ok)
            return CliSupport::fail(ok.error());
        if (parser.isSet(u"database"_s)) {
            DatabaseProvisioner provisioner(cluster.primary().superuserSettings());
            if (auto ok = provisioner.ensureDatabase(parser.value(u"database"_s)); !ok)
                return CliSupport::fail(ok.error());
        }
        out << tr("Running: primary 127.0.0.1:%1, standby 127.0.0.1:%2, PgBouncer 127.0.0.1:%3 "
                  "(primary) and 127.0.0.1:%4 (standby)")
                   .arg(cluster.primary().port())
                   .arg(cluster.standby().port())
                   .arg(cluster.pooler().port())
                   .arg(cluster.standbyPooler().port())
            << Qt::endl;
        return 0;
    }
    if (action == u"stop"_s) {
        if (auto ok = cluster.stop(); !ok)
            return CliSupport::fail(ok.error());
        out << tr("Stopped.") << Qt::endl;
        return 0;
    }
    if (action == u"remove"_s) {
        if (auto ok = cluster.remove(); !ok)
            return CliSupport::fail(ok.error());
        out << tr("Removed %1").arg(cluster.directory()) << Qt::endl;
        return 0;
    }
    if (action == u"status"_s) {
        const auto yesNo = [](bool on) {
            return on ? tr("running") : tr("stopped");
        };
        const LocalCluster::Status s = cluster.status();
        const QString db =
            parser.isSet(u"database"_s) ? parser.value(u"database"_s) : u"hexastore"_s;
        out << tr("directory:       %1").arg(cluster.directory()) << Qt::endl
            << tr("initialised:     %1").arg(cluster.isInitialized() ? tr("yes") : tr("no"))
            << Qt::endl;
        // Also for a cluster whose standby could not be made: its primary runs.
        if (cluster.primary().isInitialized()) {
            out << tr("primary:         %1, port %2")
                       .arg(yesNo(s.primaryRunning))
                       .arg(cluster.primary().port())
                << Qt::endl
                << tr("standby:         %1, port %2")
                       .arg(yesNo(s.standbyRunning))
                       .arg(cluster.standby().port())
                << Qt::endl
                << tr("PgBouncer:       %1, port %2")
                       .arg(yesNo(s.poolerRunning))
                       .arg(cluster.pooler().port())
                << Qt::endl
                << tr("standby's PgBouncer: %1, port %2")
                       .arg(yesNo(s.standbyPoolerRunning))
                       .arg(cluster.standbyPooler().port())
                << Qt::endl
                << tr("client URL:      %1").arg(cluster.clientSettings(db).toUrl()) << Qt::endl
                << tr("read URL:        %1").arg(cluster.readSettings(db).toUrl()) << Qt::endl
                << tr("failover URL:    %1").arg(cluster.failoverSettings(db).toUrl()) << Qt::endl;
        }
        const bool allRunning =
            s.primaryRunning && s.standbyRunning && s.poolerRunning && s.standbyPoolerRunning;
        return allRunning ? 0 : 3; // like pg_ctl status
    }
    return CliSupport::usage(parser.helpText());
}
