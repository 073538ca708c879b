#include "LocalBackupController.h"

#include "db/DatabaseBackup.h"
#include "db/LocalServer.h"
#include "db/WhenReady.h"
#include "services/server/LocalServerBootstrap.h"

#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

ConnectionSettings operatorSettings(const QString& serverDirectory, const QString& purpose)
{
    ConnectionSettings settings =
        LocalServer(serverDirectory)
            .superuserSettings(QLatin1StringView(LocalServerBootstrap::kDatabase));
    settings.applicationName = purpose;
    return settings;
}

} // namespace

LocalBackupController::LocalBackupController(QString serverDirectory, QObject* parent)
    : QObject(parent)
    , m_serverDirectory(std::move(serverDirectory))
    , m_backups(m_serverDirectory)
{
    m_daily.setInterval(60 * 60 * 1000);
    connect(&m_daily, &QTimer::timeout, this, &LocalBackupController::backUpIfDue);
    m_daily.start();
}

LocalBackupController::~LocalBackupController()
{
    m_running.cancel();
    m_running.waitForFinished();
}

void LocalBackupController::backUpIfDue()
{
    if (m_backups.isDue(QDateTime::currentDateTimeUtc()))
        backUpNow();
}

void LocalBackupController::setProgress(const QString& text)
{
    m_progress = text;
    emit progressed(text);
}

void LocalBackupController::backUpNow()
{
    if (isBusy())
        return;
    const QString path = m_backups.newPath(QDateTime::currentDateTimeUtc());
    const ConnectionSettings source = operatorSettings(m_serverDirectory, u"hexastore backup"_s);
    QPointer<LocalBackupController> self(this);
    auto work =
        QtConcurrent::run([source, path, self](QPromise<Result<BackupFile::Info>>& promise) {
            const TaskControl control(
                [&promise] { return promise.isCanceled(); },
                [self](qint64 done, qint64) {
                    QMetaObject::invokeMethod(
                        self.get(),
                        [self, done] {
                            if (self)
                                self->setProgress(tr("Backing up… %1 written")
                                                      .arg(QLocale().formattedDataSize(done)));
                        },
                        Qt::QueuedConnection);
                });
            promise.addResult(DatabaseBackup::backup(source, path, control));
        });
    m_running = QFuture<void>(work);
    setProgress(tr("Backing up…"));
    emit busyChanged(true);
    whenReady(work, this, [this, path](const Result<BackupFile::Info>& made) {
        setProgress({});
        emit busyChanged(false);
        if (!made) {
            qWarning("local backup: %s", qPrintable(made.error().detail()));
            emit backupFinished(false, tr("The backup failed: %1").arg(made.error().message()));
            return;
        }
        m_backups.prune();
        emit backupFinished(true, tr("Backed up to %1.").arg(QFileInfo(path).fileName()));
    });
}

QFuture<Result<QString>> LocalBackupController::restore(const QString& path)
{
    if (isBusy()) {
        return QtFuture::makeReadyFuture(Result<QString>(std::unexpected(
            ServiceError(ServiceError::Code::Conflict,
                         tr("A backup is being made; restore when it has finished.")))));
    }
    const ConnectionSettings target = operatorSettings(m_serverDirectory, u"hexastore restore"_s);
    auto work = QtConcurrent::run([path, target](QPromise<Result<QString>>& promise) {
        promise.setProgressRange(0, 1000);
        const TaskControl control([&promise] { return promise.isCanceled(); },
                                  [&promise](qint64 done, qint64 total) {
                                      if (total > 0)
                                          promise.setProgressValue(int(done * 1000 / total));
                                  });
        auto checked = DatabaseBackup::check(path, control);
        if (!checked) {
            promise.addResult(Result<QString>(std::unexpected(checked.error())));
            return;
        }
        promise.addResult(DatabaseBackup::restoreReplacing(path, *checked, target, control));
    });
    m_running = QFuture<void>(work);
    return work;
}
