#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>

// Waits for a future while running the event loop (keychain jobs and queued
// signals need it), then returns its result.
template <class T>
T await(QFuture<T> future, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    future.waitForFinished();
    return future.result();
}
