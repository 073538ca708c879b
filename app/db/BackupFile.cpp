#include "BackupFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kMagic = "HEXASTORE-BACKUP 1";
constexpr QByteArrayView kEndMagic = "HEXASTORE-BACKUP-END";
// "HEXASTORE-BACKUP-END <20-digit length> <64 hex digits>\n": fixed, so that
// it can be found from the end of the file.
constexpr qint64 kTrailerSize = kEndMagic.size() + 1 + 20 + 1 + 64 + 1;
constexpr qint64 kMaxHeaderSize = 1024;

ServiceError unreadable(const QString& path, const QString& why, const QString& detail = {})
{
    return ServiceError(ServiceError::Code::Validation,
                        BackupFile::tr("%1 is not a usable HexaStore backup: %2").arg(path, why),
                        detail);
}

} // namespace

QByteArray BackupFile::header(int schemaVersion, const QDateTime& created)
{
    return kMagic.toByteArray() + " schema=" + QByteArray::number(schemaVersion) +
           " created=" + created.toUTC().toString(Qt::ISODate).toLatin1() +
           " program=" + QByteArray(HEXASTORE_VERSION) + '\n';
}

QByteArray BackupFile::trailer(qint64 payloadSize, const QByteArray& sha256)
{
    return kEndMagic.toByteArray() + ' ' + QByteArray::number(payloadSize).rightJustified(20, '0') +
           ' ' + sha256.toHex() + '\n';
}

ServiceError BackupFile::cancelled()
{
    return ServiceError(ServiceError::Code::Validation, tr("Cancelled; nothing was changed."));
}

Result<BackupFile::Info> BackupFile::inspect(const QString& path, const TaskControl& control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(ServiceError(ServiceError::Code::NotFound,
                                            tr("Cannot read %1: %2").arg(path, file.errorString()),
                                            file.errorString()));
    }
    const QByteArray firstLine = file.readLine(kMaxHeaderSize);
    if (!firstLine.startsWith(QByteArray(kMagic.toByteArray() + ' ')) || !firstLine.endsWith('\n'))
        return std::unexpected(unreadable(path, tr("it does not start like one.")));

    Info info;
    QHash<QByteArray, QByteArray> fields;
    for (const QByteArray& word : firstLine.trimmed().split(' ')) {
        const qsizetype eq = word.indexOf('=');
        if (eq > 0 && fields.contains(word.left(eq)))
            return std::unexpected(unreadable(path, tr("its first line is damaged.")));
        if (eq > 0)
            fields.insert(word.left(eq), word.mid(eq + 1));
    }
    bool versionOk = false;
    info.schemaVersion = fields.value("schema").toInt(&versionOk);
    info.created = QDateTime::fromString(QString::fromLatin1(fields.value("created")), Qt::ISODate);
    info.programVersion = QString::fromLatin1(fields.value("program"));
    if (!versionOk || info.schemaVersion <= 0 || !info.created.isValid())
        return std::unexpected(unreadable(path, tr("its first line is damaged.")));
    info.payloadOffset = file.pos();

    const qint64 size = file.size();
    const QString truncated =
        tr("it is incomplete (cut off at %L1 bytes). Use another backup.").arg(size);
    if (size < info.payloadOffset + kTrailerSize)
        return std::unexpected(unreadable(path, truncated));
    file.seek(size - kTrailerSize);
    const QByteArray tail = file.read(kTrailerSize);
    const QList<QByteArray> parts = tail.trimmed().split(' ');
    bool lengthOk = false;
    const qint64 declared = parts.size() == 3 ? parts.at(1).toLongLong(&lengthOk) : -1;
    if (parts.size() != 3 || parts.at(0) != kEndMagic || !lengthOk || !tail.endsWith('\n'))
        return std::unexpected(unreadable(path, truncated));
    info.payloadSize = size - kTrailerSize - info.payloadOffset;
    if (declared != info.payloadSize)
        return std::unexpected(
            unreadable(path, truncated,
                       u"archive of %1 bytes, %2 declared"_s.arg(info.payloadSize).arg(declared)));

    // The whole archive is read once here so that a damaged byte anywhere is
    // found before the restore begins.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    file.seek(info.payloadOffset);
    qint64 done = 0;
    while (done < info.payloadSize) {
        const QByteArray chunk = file.read(std::min<qint64>(1 << 20, info.payloadSize - done));
        if (chunk.isEmpty())
            return std::unexpected(unreadable(path, truncated, file.errorString()));
        hash.addData(chunk);
        done += chunk.size();
        control.setProgress(done, info.payloadSize);
        if (control.isCanceled())
            return std::unexpected(cancelled());
    }
    if (hash.result().toHex() != parts.at(2))
        return std::unexpected(
            unreadable(path, tr("it is damaged (its checksum does not match).")));
    return info;
}
