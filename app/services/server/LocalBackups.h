#pragma once

#include <QDateTime>
#include <QFileInfo>
#include <QString>

#include <optional>

// The local server's own backups, in DIR/backups: named by the time they were
// made (UTC), one kept per day for the last seven days that have one.
class LocalBackups final {
public:
    explicit LocalBackups(const QString& serverDirectory);

    QString directory() const { return m_dir; }
    // Where a backup made at `now` goes (the directory is created).
    QString newPath(const QDateTime& now) const;
    // Newest first.
    QFileInfoList all() const;
    std::optional<QDateTime> newest() const;
    // No backup yet, or the newest is a day old.
    bool isDue(const QDateTime& now) const;
    // Keeps the newest backup of each of the last kDaysKept days that have
    // one and deletes the rest; returns how many it deleted.
    int prune() const;

    static std::optional<QDateTime> madeAt(const QFileInfo& file);
    static constexpr int kDaysKept = 7;

private:
    QString m_dir;
};
