#pragma once

#include "BackupFile.h"
#include "ConnectionSettings.h"
#include "domain/ServiceError.h"
#include "TaskControl.h"

#include <QCoreApplication>
#include <QString>

// Backs up and restores a whole HexaStore database with PostgreSQL's own
// pg_dump and pg_restore (one snapshot, so the backup is consistent while the
// shop keeps working), in a BackupFile. Needs an operator connection: a
// superuser, since the backup reads every row past row-level security and the
// restore creates the extensions. Blocking; run it off the GUI thread.
class DatabaseBackup final {
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    // Writes the backup to `path`; the file appears whole or not at all.
    static Result<BackupFile::Info> backup(const ConnectionSettings& source, const QString& path,
                                           const TaskControl& control = {});

    // Restores into the database `target` names, which must not hold a
    // HexaStore schema yet, then migrates it to this program's schema. The
    // file is checked whole before anything is changed; a backup of a newer
    // schema is refused. The restore is one transaction: it happens entirely
    // or not at all.
    static Result<BackupFile::Info> restore(const QString& path, const ConnectionSettings& target,
                                            const TaskControl& control = {});
    // The two halves of restore(): checking the file (the first half of the
    // progress), and restoring a file that check() accepted.
    static Result<BackupFile::Info> check(const QString& path, const TaskControl& control = {});
    static VoidResult restoreChecked(const QString& path, const BackupFile::Info& info,
                                     const ConnectionSettings& target,
                                     const TaskControl& control = {});

    // Restores a file check() accepted into a new database beside target's and then gives it
    // target's name. The database it replaces is kept, renamed; its new name is returned. Everyone
    // connected to it is disconnected.
    static Result<QString> restoreReplacing(const QString& path, const BackupFile::Info& checked,
                                            const ConnectionSettings& target,
                                            const TaskControl& control = {});
};
