#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <utility>

// Calls `callback(result)` on `context`'s thread when `future` has a result,
// unless `context` is destroyed first: then nothing happens. (Qt 6.4's
// QFuture::then(context, …) asserts instead when the context dies first,
// e.g. when a window closes while its request is still running.)
template <class T, class F>
void whenReady(const QFuture<T>& future, QObject* context, F&& callback)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, callback = std::forward<F>(callback)]() mutable {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0)
                             callback(watcher->future().result());
                     });
    watcher->setFuture(future);
}
