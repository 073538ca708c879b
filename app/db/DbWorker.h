#pragma once

#include "ConnectionSettings.h"
#include "domain/ServiceError.h"
#include "domain/SessionTokens.h"
#include "SqlSession.h"
#include "TaskControl.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>

// The database worker thread (docs/architecture.md §2): owns the SqlSession and runs
// every piece of database work on its own thread, one at a time, handing the
// result back as a QFuture. The GUI thread never waits on the database.
class DbWorker final : public QObject {
    Q_OBJECT
public:
    // `readServer`: a read-only server for read() (SqlSession::read).
    explicit DbWorker(ConnectionSettings settings,
                      std::optional<ConnectionSettings> readServer = std::nullopt,
                      QObject* parent = nullptr);
    ~DbWorker() override;
    Q_DISABLE_COPY_MOVE(DbWorker)

    const ConnectionSettings& settings() const { return m_settings; }

    // The one way to run database work: `work(SqlExecutor&)` in one
    // transaction on the worker thread, with the session's retry policy
    // (SqlSession::transact). A future cancelled before its turn is skipped.
    template <class F>
    auto transact(F work) -> QFuture<std::invoke_result_t<F&, SqlExecutor&>>
    {
        return withSession([work](SqlSession& session) mutable { return session.transact(work); });
    }

    // Reading that may be a moment old (the catalog): `work(SqlReader&)` in a
    // READ ONLY transaction on the read server when there is one, never
    // before it has this session's own writes (SqlSession::read).
    template <class F>
    auto read(F work) -> QFuture<std::invoke_result_t<F&, SqlReader&>>
    {
        return withSession([work](SqlSession& session) mutable { return session.read(work); });
    }

    // The same for long work: `work(SqlExecutor&, const TaskControl&)` can
    // report progress (QFuture::progressValue, 0..1000) and stop when the
    // future is cancelled.
    template <class F>
    auto transactCancellable(F work)
        -> QFuture<std::invoke_result_t<F&, SqlExecutor&, const TaskControl&>>;

    // Work on the session itself: logging in and out, resuming, and the one
    // statement that runs outside a transaction (checkout, see
    // SqlSession::autocommit). Everything else goes through transact().
    template <class F>
    auto withSession(F work) -> QFuture<std::invoke_result_t<F&, SqlSession&>>;

    // A request refused before it reaches the database (bad input): answered
    // at once, in the same shape as the database's answers.
    template <class R>
    static QFuture<R> refuse(ServiceError error)
    {
        return QtFuture::makeReadyFuture(R(std::unexpected(std::move(error))));
    }

signals:
    void connectionStateChanged(bool connected, const QString& message);
    void sessionTokensRotated(const SessionTokens& tokens);
    void sessionEnded(const ServiceError& reason);

private:
    ConnectionSettings m_settings;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread; queued work is posted to it
    std::unique_ptr<SqlSession> m_session;
};

template <class F>
auto DbWorker::withSession(F work) -> QFuture<std::invoke_result_t<F&, SqlSession&>>
{
    using R = std::invoke_result_t<F&, SqlSession&>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_context,
        [session = m_session.get(), promise, work]() mutable {
            if (!promise->isCanceled())
                promise->addResult(work(*session));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

template <class F>
auto DbWorker::transactCancellable(F work)
    -> QFuture<std::invoke_result_t<F&, SqlExecutor&, const TaskControl&>>
{
    using R = std::invoke_result_t<F&, SqlExecutor&, const TaskControl&>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    promise->setProgressRange(0, 1000);
    QMetaObject::invokeMethod(
        m_context,
        [session = m_session.get(), promise, work]() mutable {
            if (!promise->isCanceled()) {
                const TaskControl control(
                    [promise] { return promise->isCanceled(); },
                    [promise](qint64 done, qint64 total) {
                        promise->setProgressValue(
                            total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
                    });
                promise->addResult(
                    session->transact([&](SqlExecutor& sql) { return work(sql, control); }));
            }
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}
