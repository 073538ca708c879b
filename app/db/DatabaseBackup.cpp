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
                          const ConnectionSettings& settings, QStringList arguments)
{
    auto program = PgInstallation::program(tool);
    if (!program)
        return std::unexpected(program.error());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!settings.password.isEmpty())
        environment.insert(u"PGPASSWORD"_s, settings.password);
    process.setProcessEnvironment(environment);
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
    const BackupFile::Info* info = &checked;
    DatabaseConnection connection(target);
    if (auto opened = connection.open(); !opened)
        return opened;
    {
        SqlExecutor sql(connection);
        auto occupied = sql.queryOne(u"SELECT to_regnamespace('hexastore') IS NOT NULL"_s);
        if (!occupied)
            return std::unexpected(occupied.error());
        if (occupied->value(0).toBool()) {
            return std::unexpected(ServiceError(
                ServiceError::Code::Conflict,
                tr("The database %1 already holds HexaStore data; a backup is restored only into "
                   "an empty database or a new local server.")
                    .arg(target.database)));
        }
    }
    if (auto roles = MigrationRunner(connection).prepareRoles(); !roles)
        return std::unexpected(roles.error());

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(info->payloadOffset)) {
        return std::unexpected(ServiceError(ServiceError::Code::NotFound,
                                            tr("Cannot read %1: %2").arg(path, file.errorString()),
                                            file.errorString()));
    }
    QProcess restorer;
    if (auto started = startTool(restorer, u"pg_restore"_s, target,
                                 {u"--single-transaction"_s, u"--exit-on-error"_s});
        !started)
        return std::unexpected(started.error());
    qint64 fed = 0;
    while (fed < info->payloadSize && restorer.state() == QProcess::Running) {
        const QByteArray chunk = file.read(std::min(kChunk, info->payloadSize - fed));
        if (chunk.isEmpty())
            break;
        restorer.write(chunk);
        while (restorer.bytesToWrite() > 4 * kChunk && restorer.state() == QProcess::Running)
            restorer.waitForBytesWritten(250);
        fed += chunk.size();
        control.setProgress(info->payloadSize + fed, 2 * info->payloadSize);
        if (control.isCanceled()) {
            // The server rolls the single transaction back when pg_restore goes.
            stop(restorer);
            return std::unexpected(BackupFile::cancelled());
        }
    }
    while (restorer.bytesToWrite() > 0 && restorer.state() == QProcess::Running)
        restorer.waitForBytesWritten(250);
    restorer.closeWriteChannel();
    if (auto ok =
            finished(restorer, u"pg_restore"_s, tr("The restore failed; nothing was changed:"));
        !ok)
        return std::unexpected(ok.error());

    // An older backup is brought up to this program's schema.
    MigrationRunner migrations(connection);
    if (auto migrated = migrations.migrate(); !migrated)
        return std::unexpected(migrated.error());
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
