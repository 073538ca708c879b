#pragma once

#include "domain/ServiceError.h"
#include "services/server/LocalBackups.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

// The local server's backups as the desktop app makes them: one in the
// background when the newest is a day old (checked at start and every hour
// after), "Back up now", and a restore that replaces the local database. The
// work runs on a pool thread; the window never waits for it.
class LocalBackupController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalBackupController)
public:
    explicit LocalBackupController(QString serverDirectory, QObject* parent = nullptr);
    // Cancels a backup still running (nothing is left of it) and waits for it.
    ~LocalBackupController() override;

    const LocalBackups& backups() const { return m_backups; }
    bool isBusy() const { return m_running.isRunning(); }
    // What the status bar shows while a backup runs ("" when none does).
    const QString& progressText() const { return m_progress; }

    void backUpIfDue();
    void backUpNow();
    // Replaces the local database with the backup; the result names the
    // database that keeps the data it replaced. Refused while a backup runs.
    QFuture<Result<QString>> restore(const QString& path);

signals:
    void busyChanged(bool busy);
    void progressed(const QString& text);
    // `message` says where the backup went, or why it failed.
    void backupFinished(bool ok, const QString& message);

private:
    void setProgress(const QString& text);

    QString m_serverDirectory;
    LocalBackups m_backups;
    QFuture<void> m_running;
    QString m_progress;
    QTimer m_daily;
};
