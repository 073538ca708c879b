#pragma once

#include <QObject>

class LocalBackupController;
class QAction;
class QLabel;
class QMainWindow;
class QMenu;

// What a window shows of the local server's backups: the progress of one
// being made in its status bar and, for an administrator, the Account menu's
// "Last backup", "Back up now" and "Restore from a backup…".
class BackupMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupMenu)
public:
    // The actions go into `menu` before `before`, when `withActions`.
    BackupMenu(QMainWindow* window, LocalBackupController* backups, QMenu* menu, QAction* before,
               bool withActions);

signals:
    // The administrator chose a backup and confirmed replacing the data.
    void restoreRequested(const QString& path);

private:
    void updateLastBackup();
    void chooseRestore();

    QMainWindow* m_window;
    LocalBackupController* m_backups;
    QLabel* m_status;
    QAction* m_last = nullptr;
    QAction* m_now = nullptr;
    QAction* m_restore = nullptr;
};
