#pragma once

#include "domain/ServiceError.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>

#include <functional>

// Long work with a progress dialog and a Cancel button (an export): the
// dialog follows the future's progress, Cancel cancels it, and `finished`
// hears the result or that it was cancelled (then `result` is empty).
namespace ExportProgress {

template <class T>
void watch(QWidget* parent, const QFuture<Result<T>>& future, const QString& label,
           std::function<void(const Result<T>* result)> finished)
{
    auto* progress = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 1000, parent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500); // quick exports never show it
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto* watcher = new QFutureWatcher<Result<T>>(parent);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, progress,
                     &QProgressDialog::setValue);
    QObject::connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    QObject::connect(watcher, &QFutureWatcherBase::finished, parent,
                     [watcher, dialog = QPointer<QProgressDialog>(progress), finished] {
                         watcher->deleteLater();
                         // Read the outcome first: closing the dialog emits canceled().
                         const bool cancelled =
                             watcher->isCanceled() || watcher->future().resultCount() == 0;
                         if (dialog) {
                             dialog->disconnect(watcher);
                             dialog->close();
                         }
                         if (cancelled) {
                             finished(nullptr);
                             return;
                         }
                         const Result<T> result = watcher->result();
                         finished(&result);
                     });
    watcher->setFuture(future);
}

} // namespace ExportProgress
