#pragma once

#include <QCoreApplication>
#include <QStringList>

// hexastore-admin backup --to FILE and restore --from FILE: a whole database
// in one file (DatabaseBackup), for a shared server or the local one.
class BackupCommand final {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    static int backup(const QStringList& arguments);
    static int restore(const QStringList& arguments);
};
