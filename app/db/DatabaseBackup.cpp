#include "DatabaseBackup.h"

#include "DatabaseConnection.h"
#include "DatabaseProvisioner.h"
#include "Migration.h"
#include "MigrationRunner.h"
#include "PgInstallation.h"
#include "SchemaVersion.h"
#include "SqlExecutor.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlRecord>
#include <QTemporaryFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kChunk = 1 << 18;

// A libpq connection string for pg_dump and pg_restore; the password goes in
// their environment instead, where other users' `ps` cannot see it.
QString connectionString(const ConnectionSettings& settings)
{
    QStringList parts;
    for (const auto& [key, value] : settings.libpqParameters()) {
        if (key == "password")
            continue;
        QString text = QString::fromUtf8(value);
        text.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
        parts.append(QString::fromLatin1(key) + u"='"_s + text + u'\'');
    }
    return parts.join(u' ');
}

Result<QString> startTool(QProcess& process, const QString& tool,
                          const ConnectionSettings& settings, QStringList arguments,
                          bool withDatabase = true)
{
    auto program = PgInstallation::program(tool);
    if (!program)
        return std::unexpected(program.error());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!settings.password.isEmpty())
        environment.insert(u"PGPASSWORD"_s, settings.password);
    process.setProcessEnvironment(environment);
    if (withDatabase)
        arguments << u"--no-password"_s << u"--dbname="_s + connectionString(settings);
    process.start(*program, arguments);
    if (!process.waitForStarted(30'000)) {
        return std::unexpected(ServiceError(
            ServiceError::Code::Unavailable,
            DatabaseBackup::tr("Could not run %1: %2").arg(tool, process.errorString()),
            process.errorString()));
    }
    return *program;
}

VoidResult finished(QProcess& process, const QString& tool, const QString& failure)
{
    process.waitForFinished(-1);
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    const QString output = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return std::unexpected(ServiceError(ServiceError::Code::Unavailable,
                                        failure + u' ' + output.section(u'\n', 0, 2),
                                        tool + u": "_s + output));
}

void stop(QProcess& process)
{
    process.kill();
    process.waitForFinished(-1);
}

// Writes the archive part of the file to the process's standard input; the
// progress counts from `base` (the check before it was the first half).
// False when cancelled.
bool feed(QProcess& process, QFile& file, const BackupFile::Info& info, const TaskControl& control,
          qint64 base)
{
    file.seek(info.payloadOffset);
    qint64 fed = 0;
    while (fed < info.payloadSize && process.state() == QProcess::Running) {
        const QByteArray chunk = file.read(std::min(kChunk, info.payloadSize - fed));
        if (chunk.isEmpty())
            break;
        process.write(chunk);
        while (process.bytesToWrite() > 4 * kChunk && process.state() == QProcess::Running)
            process.waitForBytesWritten(250);
        fed += chunk.size();
        if (base > 0)
            control.setProgress(base + fed, 2 * info.payloadSize);
        if (control.isCanceled())
            return false;
    }
    while (process.bytesToWrite() > 0 && process.state() == QProcess::Running)
        process.waitForBytesWritten(250);
    process.closeWriteChannel();
    return true;
}

// The archive's table of contents, restricted to what a HexaStore backup
// holds: HexaStore's schema (made beforehand) and the extensions (made by
// the operator) are left out; anything outside the schema refuses the file.
Result<QByteArray> restorableEntries(const QByteArray& listing)
{
    QByteArray kept;
    for (const QByteArray& line : listing.split('\n')) {
        const QByteArray entry = line.trimmed();
        if (entry.isEmpty() || entry.startsWith(';'))
            continue;
        // "<id>; <catalog oid> <oid> <TYPE …> <schema> <name> <owner>"
        const QList<QByteArray> words = entry.split(' ');
        if (words.size() < 6)
            continue;
        const QByteArray rest = words.mid(3).join(' ');
        if (rest.startsWith("EXTENSION ") || rest.startsWith("COMMENT - EXTENSION ") ||
            rest.startsWith("SCHEMA - hexastore "))
            continue;
        const bool ownersDefaults = rest.startsWith("DEFAULT ACL - DEFAULT PRIVILEGES FOR ") &&
                                    rest.endsWith(" hexastore_owner");
        if (!rest.contains(" hexastore ") && !rest.startsWith("ACL - SCHEMA hexastore ") &&
            !ownersDefaults) {
            return std::unexpected(ServiceError(
                ServiceError::Code::Validation,
                DatabaseBackup::tr("This file holds more than a HexaStore database; it was not "
                                   "made by hexastore-admin backup and is not restored."),
                QString::fromUtf8(entry)));
        }
        kept += line + '\n';
    }
    return kept;
}

Result<int> schemaVersionOf(const ConnectionSettings& settings)
{
    DatabaseConnection connection(settings);
    if (auto opened = connection.open(); !opened)
        return std::unexpected(opened.error());
    SqlExecutor sql(connection);
    return SchemaVersion::read(sql);
}

} // namespace

Result<BackupFile::Info> DatabaseBackup::backup(const ConnectionSettings& source,
                                                const QString& path, const TaskControl& control)
{
    auto version = schemaVersionOf(source);
    if (!version)
        return std::unexpected(version.error());
    if (*version == 0) {
        return std::unexpected(ServiceError(
            ServiceError::Code::NotFound,
            tr("The database %1 holds no HexaStore data to back up.").arg(source.database)));
    }

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return std::unexpected(ServiceError(ServiceError::Code::Unavailable,
                                            tr("Cannot write %1: %2").arg(path, out.errorString()),
                                            out.errorString()));
    }
    BackupFile::Info info;
    info.schemaVersion = *version;
    info.created = QDateTime::currentDateTimeUtc();
    info.programVersion = QStringLiteral(HEXASTORE_VERSION);
    const QByteArray header = BackupFile::header(info.schemaVersion, info.created);
    out.write(header);
    info.payloadOffset = header.size();

    QProcess dump;
    if (auto started = startTool(dump, u"pg_dump"_s, source, {u"--format=custom"_s}); !started)
        return std::unexpected(started.error());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (;;) {
        const bool more = dump.waitForReadyRead(250);
        const QByteArray chunk = dump.readAllStandardOutput();
        if (!chunk.isEmpty()) {
            hash.addData(chunk);
            if (out.write(chunk) != chunk.size()) {
                stop(dump);
                return std::unexpected(ServiceError(
                    ServiceError::Code::Unavailable,
                    tr("Cannot write %1: %2").arg(path, out.errorString()), out.errorString()));
            }
            info.payloadSize += chunk.size();
            control.setProgress(info.payloadSize, 0);
        }
        if (control.isCanceled()) {
            stop(dump);
            out.cancelWriting();
            return std::unexpected(BackupFile::cancelled());
        }
        if (!more && chunk.isEmpty() && dump.state() == QProcess::NotRunning)
            break;
    }
    if (auto ok = finished(dump, u"pg_dump"_s, tr("The backup failed:")); !ok) {
        out.cancelWriting();
        return std::unexpected(ok.error());
    }
    out.write(BackupFile::trailer(info.payloadSize, hash.result()));
    // It holds password hashes and the SMTP credentials: its owner's only.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!out.commit()) {
        return std::unexpected(ServiceError(ServiceError::Code::Unavailable,
                                            tr("Cannot write %1: %2").arg(path, out.errorString()),
                                            out.errorString()));
    }
    return info;
}

Result<BackupFile::Info> DatabaseBackup::restore(const QString& path,
                                                 const ConnectionSettings& target,
                                                 const TaskControl& control)
{
    auto info = check(path, control);
    if (!info)
        return std::unexpected(info.error());
    if (auto restored = restoreChecked(path, *info, target, control); !restored)
        return std::unexpected(restored.error());
    return info;
}

Result<BackupFile::Info> DatabaseBackup::check(const QString& path, const TaskControl& control)
{
    // Checking the file is the first half of the progress, restoring the second.
    auto info = BackupFile::inspect(path, TaskControl([&control] { return control.isCanceled(); },
                                                      [&control](qint64 done, qint64 total) {
                                                          control.setProgress(done, 2 * total);
                                                      }));
    if (!info)
        return std::unexpected(info.error());
    if (info->schemaVersion > Migration::latestVersion()) {
        return std::unexpected(ServiceError(
            ServiceError::Code::Unavailable,
            tr("This backup was made by a newer HexaStore (schema version %1; this program knows "
               "up to %2). Restore it with that version or a newer one.")
                .arg(info->schemaVersion)
                .arg(Migration::latestVersion())));
    }
    return info;
}

VoidResult DatabaseBackup::restoreChecked(const QString& path, const BackupFile::Info& checked,
                                          const ConnectionSettings& target,
                                          const TaskControl& control)
{
    DatabaseConnection connection(target);
    if (auto opened = connection.open(); !opened)
        return opened;
    {
        SqlExecutor sql(connection);
        // Empty: no schema of ours, and no table, view or sequence of anyone's
        // (what extensions bring along does not count).
        auto occupied = sql.queryOne(
            u"SELECT to_regnamespace('hexastore') IS NOT NULL OR EXISTS ("
            "  SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "     AND n.nspname NOT LIKE 'pg\\_toast%' AND c.relkind IN ('r', 'v', 'm', 'S', 'f', "
            "'p') "
            "     AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
            "                       AND d.objid = c.oid AND d.deptype = 'e'))"_s);
        if (!occupied)
            return std::unexpected(occupied.error());
        if (occupied->value(0).toBool()) {
            return std::unexpected(ServiceError(
                ServiceError::Code::Conflict,
                tr("The database %1 is not empty; a backup is restored only into an empty "
                   "database or a new local server.")
                    .arg(target.database)));
        }
    }
    MigrationRunner runner(connection);
    if (auto roles = runner.prepareRoles(); !roles)
        return std::unexpected(roles.error());
    if (auto extensions = runner.prepareExtensions(); !extensions)
        return std::unexpected(extensions.error());

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(ServiceError(ServiceError::Code::NotFound,
                                            tr("Cannot read %1: %2").arg(path, file.errorString()),
                                            file.errorString()));
    }
    // What the archive would create: only HexaStore's schema is taken. A file
    // that holds anything else was not made by hexastore-admin backup.
    QProcess lister;
    if (auto started = startTool(lister, u"pg_restore"_s, target, {u"--list"_s}, false); !started)
        return std::unexpected(started.error());
    if (!feed(lister, file, checked, {}, 0))
        return std::unexpected(BackupFile::cancelled());
    lister.waitForFinished(-1);
    const QByteArray listing = lister.readAllStandardOutput();
    if (auto ok = finished(lister, u"pg_restore"_s, tr("The backup cannot be read:")); !ok)
        return std::unexpected(ok.error());
    auto wanted = restorableEntries(listing);
    if (!wanted)
        return std::unexpected(wanted.error());
    QTemporaryFile list;
    if (!list.open() || list.write(*wanted) != wanted->size() || !list.flush())
        return std::unexpected(ServiceError(ServiceError::Code::Unavailable,
                                            tr("Cannot write a temporary file."),
                                            list.errorString()));

    // The schema is made here; everything in it is made by pg_restore as
    // hexastore_owner, not as the superuser, so that nothing in a file can run
    // with more rights than the shop's own functions have.
    {
        SqlExecutor sql(connection);
        if (auto made = sql.script(u"CREATE SCHEMA hexastore AUTHORIZATION hexastore_owner"_s);
            !made)
            return std::unexpected(made.error());
    }
    const auto undo = [&connection] {
        SqlExecutor sql(connection);
        (void)sql.script(u"DROP SCHEMA IF EXISTS hexastore CASCADE"_s);
    };
    QProcess restorer;
    if (auto started = startTool(restorer, u"pg_restore"_s, target,
                                 {u"--single-transaction"_s, u"--exit-on-error"_s,
                                  u"--role=hexastore_owner"_s, u"--use-list="_s + list.fileName()});
        !started) {
        undo();
        return std::unexpected(started.error());
    }
    if (!feed(restorer, file, checked, control, checked.payloadSize)) {
        // The server rolls the single transaction back when pg_restore goes.
        stop(restorer);
        undo();
        return std::unexpected(BackupFile::cancelled());
    }
    if (auto ok =
            finished(restorer, u"pg_restore"_s, tr("The restore failed; nothing was changed:"));
        !ok) {
        undo();
        return std::unexpected(ok.error());
    }

    // An older backup is brought up to this program's schema. If that fails
    // (or the archive was newer than its first line said), the database is
    // emptied again: nothing half-restored stays behind.
    if (auto migrated = runner.migrate(); !migrated) {
        undo();
        return std::unexpected(migrated.error());
    }
    return {};
}

Result<QString> DatabaseBackup::restoreReplacing(const QString& path,
                                                 const BackupFile::Info& checked,
                                                 const ConnectionSettings& target,
                                                 const TaskControl& control)
{
    ConnectionSettings maintenance = target;
    maintenance.database = u"postgres"_s;
    DatabaseProvisioner provisioner(maintenance);
    const QString staging = target.database + u"_restoring"_s;
    // A leftover of a restore that was interrupted holds nothing of value.
    if (auto dropped = provisioner.dropDatabase(staging); !dropped)
        return std::unexpected(dropped.error());
    if (auto created = provisioner.ensureDatabase(staging); !created)
        return std::unexpected(created.error());
    ConnectionSettings stagingSettings = target;
    stagingSettings.database = staging;
    if (auto restored = restoreChecked(path, checked, stagingSettings, control); !restored) {
        (void)provisioner.dropDatabase(staging);
        return std::unexpected(restored.error());
    }

    DatabaseConnection connection(maintenance);
    if (auto opened = connection.open(); !opened)
        return std::unexpected(opened.error());
    SqlExecutor sql(connection);
    const QString kept = target.database + u"_before_restore_"_s +
                         QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd_HHmmss"_s);
    const QString current = sql.quoteIdentifier(target.database);
    // No one may connect while the names change hands.
    if (auto closed = sql.script(u"ALTER DATABASE "_s + current + u" ALLOW_CONNECTIONS false"_s);
        !closed)
        return std::unexpected(closed.error());
    auto reopen = qScopeGuard(
        [&] { (void)sql.script(u"ALTER DATABASE "_s + current + u" ALLOW_CONNECTIONS true"_s); });
    const QDeadlineTimer deadline(30'000);
    for (;;) {
        auto others = sql.queryOne(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                   "WHERE datname = ? AND pid <> pg_backend_pid()"_s,
                                   {target.database});
        if (!others)
            return std::unexpected(others.error());
        if (others->value(0).toInt() == 0)
            break;
        if (deadline.hasExpired()) {
            return std::unexpected(ServiceError(
                ServiceError::Code::Conflict,
                tr("Other programs stay connected to the database %1; close them and try again.")
                    .arg(target.database)));
        }
        QThread::msleep(100);
    }
    if (auto renamed = sql.script(u"ALTER DATABASE "_s + current + u" RENAME TO "_s +
                                  sql.quoteIdentifier(kept));
        !renamed)
        return std::unexpected(renamed.error());
    reopen.dismiss();
    (void)sql.script(u"ALTER DATABASE "_s + sql.quoteIdentifier(kept) +
                     u" ALLOW_CONNECTIONS true"_s);
    if (auto renamed = sql.script(u"ALTER DATABASE "_s + sql.quoteIdentifier(staging) +
                                  u" RENAME TO "_s + current);
        !renamed) {
        // Put the old data back under its name rather than leave none.
        (void)sql.script(u"ALTER DATABASE "_s + sql.quoteIdentifier(kept) + u" RENAME TO "_s +
                         current);
        return std::unexpected(renamed.error());
    }
    return kept;
}
