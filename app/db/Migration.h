#pragma once

#include <QList>
#include <QString>

// One versioned .sql file embedded under :/hexastore/migrations/.
struct Migration {
    int version = 0;
    QString name;
    QString sql;
    QString checksum; // SHA-256 of the file, to notice an edited migration

    static QList<Migration> embedded();
    static int latestVersion();
};
