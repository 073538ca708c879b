#pragma once

#include "domain/ServiceError.h"
#include "TaskControl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The file format of `hexastore-admin backup`: one text line that says what
// the file is (schema version, when, which program), then pg_dump's
// custom-format archive (compressed), then one text line with the archive's
// length and SHA-256. The trailer is what lets a restore refuse a truncated or
// damaged file before it changes anything: pg_restore alone would notice only
// halfway through the data.
class BackupFile final {
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    struct Info {
        int schemaVersion = 0;
        QDateTime created; // UTC
        QString programVersion;
        qint64 payloadOffset = 0;
        qint64 payloadSize = 0;
    };
    static QByteArray header(int schemaVersion, const QDateTime& created);
    static QByteArray trailer(qint64 payloadSize, const QByteArray& sha256);

    // Reads the header and the trailer and checks the archive's checksum.
    static Result<Info> inspect(const QString& path, const TaskControl& control = {});
    static ServiceError cancelled();

    static constexpr const char* kSuffix = ".hxbackup";
};
