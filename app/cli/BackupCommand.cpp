#include "BackupCommand.h"

#include "CliSupport.h"
#include "db/DatabaseBackup.h"
#include "db/DatabaseProvisioner.h"
#include "db/LocalServer.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kDatabase = "hexastore";

// Prints a line at every tenth of the work (or every 64 MiB when the total is
// not known), so that a long backup shows it is moving.
TaskControl printedProgress(const QString& what)
{
    auto last = std::make_shared<qint64>(-1);
    return TaskControl({}, [what, last](qint64 done, qint64 total) {
        const qint64 step = total > 0 ? done * 10 / total : done >> 26;
        if (step == *last)
            return;
        *last = step;
        if (total > 0)
            CliSupport::out() << what << ' ' << done * 100 / total << " %" << Qt::endl;
        else
            CliSupport::out() << what << ' ' << (done >> 20) << " MiB" << Qt::endl;
    });
}

// The local server in --dir (or the default one), started for the command if
// it was not running; `create` also makes a new one. Stopped again on return.
struct LocalTarget {
    std::unique_ptr<LocalServer> server;
    bool startedHere = false;
    ~LocalTarget()
    {
        if (startedHere)
            (void)server->stop();
    }
};

Result<ConnectionSettings> localTarget(const QCommandLineParser& parser, LocalTarget& local,
                                       bool create)
{
    local.server = std::make_unique<LocalServer>(
        parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : LocalServer::defaultDirectory());
    if (!local.server->isInitialized()) {
        if (!create) {
            return std::unexpected(ServiceError(ServiceError::Code::Unavailable,
                                                BackupCommand::tr("There is no local server in %1.")
                                                    .arg(local.server->directory())));
        }
        CliSupport::out()
            << BackupCommand::tr("Creating a local server in %1 …").arg(local.server->directory())
            << Qt::endl;
        if (auto made = local.server->init(); !made)
            return std::unexpected(made.error());
    }
    auto status = local.server->status();
    if (!status)
        return std::unexpected(status.error());
    if (!status->running) {
        if (auto started = local.server->start(); !started)
            return std::unexpected(started.error());
        local.startedHere = true;
    }
    if (create) {
        if (auto made = DatabaseProvisioner(local.server->superuserSettings())
                            .ensureDatabase(QString::fromLatin1(kDatabase));
            !made)
            return std::unexpected(made.error());
    }
    return local.server->superuserSettings(QString::fromLatin1(kDatabase));
}

void addOptions(QCommandLineParser& parser, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    CliSupport::addTargetOptions(parser);
}

} // namespace

int BackupCommand::backup(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser, tr("Write a consistent, compressed backup of the whole database (schema "
                          "and data, with its schema version) to one file."));
    parser.addOption({u"to"_s, tr("The backup file to write (must not exist yet)."), u"file"_s});
    parser.process(arguments);
    if (!parser.isSet(u"to"_s) || parser.value(u"to"_s).isEmpty())
        return CliSupport::usage(tr("--to FILE is required."));
    const QString path = parser.value(u"to"_s);
    if (QFileInfo::exists(path))
        return CliSupport::usage(tr("%1 exists already; choose a new file name.").arg(path));

    LocalTarget local;
    auto source =
        parser.isSet(u"url"_s) ? CliSupport::target(parser) : localTarget(parser, local, false);
    if (!source)
        return CliSupport::fail(source.error());
    source->applicationName = u"hexastore-admin backup"_s;
    auto made = DatabaseBackup::backup(*source, path, printedProgress(tr("Written:")));
    if (!made)
        return CliSupport::fail(made.error());
    CliSupport::out() << tr("Backed up %1 (schema version %2) to %3: %L4 bytes.")
                             .arg(source->displayName())
                             .arg(made->schemaVersion)
                             .arg(path)
                             .arg(QFileInfo(path).size())
                      << Qt::endl;
    return 0;
}

int BackupCommand::restore(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser, tr("Restore a backup into an empty database (--url) or a new local server "
                          "(--dir), migrating an older backup to this program's schema."));
    parser.addOption({u"from"_s, tr("The backup file to restore."), u"file"_s});
    parser.addOption(
        {u"replace"_s, tr("Local server only: replace its database. The data it holds now is "
                          "kept in a renamed database.")});
    parser.process(arguments);
    if (!parser.isSet(u"from"_s) || parser.value(u"from"_s).isEmpty())
        return CliSupport::usage(tr("--from FILE is required."));
    if (parser.isSet(u"replace"_s) && parser.isSet(u"url"_s))
        return CliSupport::usage(tr("--replace works on a local server (--dir) only."));
    const QString path = parser.value(u"from"_s);
    const TaskControl progress = printedProgress(tr("Restoring:"));
    // The file is checked before anything is created or changed.
    auto checked = DatabaseBackup::check(path, progress);
    if (!checked)
        return CliSupport::fail(checked.error());

    LocalTarget local;
    auto target =
        parser.isSet(u"url"_s) ? CliSupport::target(parser) : localTarget(parser, local, true);
    if (!target)
        return CliSupport::fail(target.error());
    target->applicationName = u"hexastore-admin restore"_s;
    if (parser.isSet(u"replace"_s)) {
        auto kept = DatabaseBackup::restoreReplacing(path, *checked, *target, progress);
        if (!kept)
            return CliSupport::fail(kept.error());
        CliSupport::out() << tr("Restored %1 into %2. The data it replaced is kept in the "
                                "database %3.")
                                 .arg(path, target->displayName(), *kept)
                          << Qt::endl;
        return 0;
    }
    if (auto restored = DatabaseBackup::restoreChecked(path, *checked, *target, progress);
        !restored)
        return CliSupport::fail(restored.error());
    CliSupport::out() << tr("Restored %1 (made %2, schema version %3) into %4.")
                             .arg(path, checked->created.toString(Qt::ISODate))
                             .arg(checked->schemaVersion)
                             .arg(target->displayName())
                      << Qt::endl;
    return 0;
}
