#pragma once

#include "domain/ServiceError.h"
#include "SyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class DbWorker;

// Keeps a courier's device in step with the server (docs/architecture.md §5):
// runs SyncEngine rounds on the database worker (the app's one session, so the
// refresh token is never rotated behind its back), at once after a local step
// or "Sync now", at once when the connection comes back, every half minute to
// pull new assignments, and after a failure again with growing, jittered
// delays. A round opens its own connection to the store file (SQLite allows
// the screen's connection beside it), so a courier's tap never waits for the
// network.
class CourierSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourierSync)
public:
    // The longest wait between rounds: after a failure, and to pull.
    static constexpr int kMaxDelayMs = 60'000;
    static constexpr int kPullIntervalMs = 30'000;

    CourierSync(DbWorker& worker, QString storePath, qint64 courierId, QObject* parent = nullptr);
    ~CourierSync() override;

    void start();
    // A round as soon as the running one (if any) is over.
    void syncNow();

    bool isOnline() const { return m_online; }
    bool isRunning() const { return m_running; }
    // Consecutive failed rounds (for the back-off and the indicator).
    int failures() const { return m_failures; }
    // When the next round is due (invalid while one runs).
    QDateTime nextRoundAt() const { return m_nextAt; }

    // The delay before the next round after `failures` failed rounds, with
    // jitter (half to all of it) so that a thousand couriers whose server came
    // back do not all return in the same second.
    static int retryDelayMs(int failures);

signals:
    void roundStarted();
    // After every round; the store may have changed either way.
    void roundFinished(bool ok, const QString& error);

private:
    void runRound();
    void finishRound(const Result<SyncEngine::Round>& round);
    void schedule(int delayMs);

    DbWorker& m_worker;
    QString m_storePath;
    qint64 m_courierId;
    QTimer m_timer;
    QDateTime m_nextAt;
    bool m_running = false;
    bool m_again = false;
    bool m_online = false;
    int m_failures = 0;
};
