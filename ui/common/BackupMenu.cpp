#include "BackupMenu.h"

#include "db/BackupFile.h"
#include "models/StatusColors.h"
#include "ui/LocalBackupController.h"
#include "ui/widgets/Confirmation.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

BackupMenu::BackupMenu(QMainWindow* window, LocalBackupController* backups, QMenu* menu,
                       QAction* before, bool withActions)
    : QObject(window)
    , m_window(window)
    , m_backups(backups)
    , m_status(new QLabel(window))
{
    m_status->setObjectName(u"backupStatus"_s);
    m_status->setText(backups->progressText());
    window->statusBar()->addWidget(m_status);
    connect(backups, &LocalBackupController::progressed, m_status, &QLabel::setText);
    connect(backups, &LocalBackupController::backupFinished, m_status,
            [this](bool ok, const QString& message) {
                // A failure stays in view until the next attempt; success fades.
                m_status->setText(ok ? QString() : message);
                m_status->setStyleSheet(
                    ok ? QString()
                       : u"color: %1"_s.arg(
                             StatusColors::foreground(StatusColors::Tone::Danger).name()));
                if (ok)
                    m_window->statusBar()->showMessage(message, 8000);
                updateLastBackup();
            });
    if (!withActions)
        return;
    m_last = new QAction(this);
    m_last->setObjectName(u"actionLastBackup"_s);
    m_last->setEnabled(false);
    m_now = new QAction(tr("Back &up now"), this);
    m_now->setObjectName(u"actionBackUpNow"_s);
    m_restore = new QAction(tr("&Restore from a backup…"), this);
    m_restore->setObjectName(u"actionRestoreBackup"_s);
    menu->insertAction(before, m_last);
    menu->insertAction(before, m_now);
    menu->insertAction(before, m_restore);
    menu->insertSeparator(before);
    connect(menu, &QMenu::aboutToShow, this, &BackupMenu::updateLastBackup);
    connect(backups, &LocalBackupController::busyChanged, this, &BackupMenu::updateLastBackup);
    connect(m_now, &QAction::triggered, backups, &LocalBackupController::backUpNow);
    connect(m_restore, &QAction::triggered, this, &BackupMenu::chooseRestore);
    updateLastBackup();
}

void BackupMenu::updateLastBackup()
{
    if (!m_last)
        return;
    const auto newest = m_backups->backups().newest();
    m_last->setText(newest
                        ? tr("Last backup: %1")
                              .arg(QLocale().toString(newest->toLocalTime(), QLocale::ShortFormat))
                        : tr("No backup yet"));
    m_now->setEnabled(!m_backups->isBusy());
    m_restore->setEnabled(!m_backups->isBusy());
}

void BackupMenu::chooseRestore()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Restore from a backup"), m_backups->backups().directory(),
        tr("HexaStore backups (*%1)").arg(QLatin1StringView(BackupFile::kSuffix)));
    if (path.isEmpty())
        return;
    const auto made = LocalBackups::madeAt(QFileInfo(path));
    const QString when = QLocale().toString(
        (made ? *made : QFileInfo(path).lastModified()).toLocalTime(), QLocale::LongFormat);
    if (!Confirmation::ask(
            m_window, tr("Restore from a backup"),
            tr("Replace all of the shop's data with the backup %1 (made %2)?\n\nEveryone is "
               "signed out. The data it replaces is kept on the local server as a separate "
               "database.")
                .arg(QFileInfo(path).fileName(), when),
            tr("Restore")))
        return;
    emit restoreRequested(path);
}
