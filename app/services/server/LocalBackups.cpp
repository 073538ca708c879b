#include "LocalBackups.h"

#include "db/BackupFile.h"

#include <QDir>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kPrefix = u"hexastore-"_s;
const QString kStamp = u"yyyyMMdd-HHmmss"_s;

} // namespace

LocalBackups::LocalBackups(const QString& serverDirectory)
    : m_dir(QDir(serverDirectory).filePath(u"backups"_s))
{}

QString LocalBackups::newPath(const QDateTime& now) const
{
    QDir().mkpath(m_dir);
    QFile::setPermissions(m_dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return QDir(m_dir).filePath(kPrefix + now.toUTC().toString(kStamp) +
                                QLatin1StringView(BackupFile::kSuffix));
}

std::optional<QDateTime> LocalBackups::madeAt(const QFileInfo& file)
{
    const QString name = file.fileName();
    const QString suffix = QLatin1StringView(BackupFile::kSuffix);
    if (!name.startsWith(kPrefix) || !name.endsWith(suffix))
        return std::nullopt;
    QDateTime at = QDateTime::fromString(
        name.mid(kPrefix.size(), name.size() - kPrefix.size() - suffix.size()), kStamp);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return at;
}

QFileInfoList LocalBackups::all() const
{
    QFileInfoList files;
    for (const QFileInfo& file :
         QDir(m_dir).entryInfoList({u"*"_s + QLatin1StringView(BackupFile::kSuffix)}, QDir::Files))
        if (madeAt(file))
            files.append(file);
    std::sort(files.begin(), files.end(),
              [](const QFileInfo& a, const QFileInfo& b) { return *madeAt(a) > *madeAt(b); });
    return files;
}

std::optional<QDateTime> LocalBackups::newest() const
{
    const QFileInfoList files = all();
    if (files.isEmpty())
        return std::nullopt;
    return madeAt(files.first());
}

bool LocalBackups::isDue(const QDateTime& now) const
{
    const auto last = newest();
    return !last || last->secsTo(now) >= 24 * 60 * 60;
}

int LocalBackups::prune() const
{
    QSet<QDate> days;
    int removed = 0;
    for (const QFileInfo& file : all()) {
        const QDate day = madeAt(file)->toLocalTime().date();
        if (!days.contains(day) && days.size() < kDaysKept) {
            days.insert(day);
            continue;
        }
        if (QFile::remove(file.filePath()))
            ++removed;
    }
    return removed;
}
