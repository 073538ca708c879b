#include "CourierSync.h"

#include "CourierStore.h"
#include "db/DbWorker.h"
#include "db/WhenReady.h"

#include <QRandomGenerator>

#include <algorithm>

CourierSync::CourierSync(DbWorker& worker, QString storePath, qint64 courierId, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_storePath(std::move(storePath))
    , m_courierId(courierId)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CourierSync::runRound);
    // The connection is back (another screen's work, or the app's reconnect
    // probe): what waits should go now, not after the back-off.
    connect(&m_worker, &DbWorker::connectionStateChanged, this, [this](bool connected) {
        if (connected && !m_online)
            syncNow();
    });
}

CourierSync::~CourierSync() = default;

void CourierSync::start()
{
    syncNow();
}

void CourierSync::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    schedule(0);
}

int CourierSync::retryDelayMs(int failures)
{
    const int exponent = std::clamp(failures - 1, 0, 16);
    const qint64 full = std::min<qint64>(qint64(1000) << exponent, kMaxDelayMs);
    return int(full / 2 + QRandomGenerator::global()->bounded(full / 2 + 1));
}

void CourierSync::schedule(int delayMs)
{
    m_nextAt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    m_timer.start(delayMs);
}

void CourierSync::runRound()
{
    m_timer.stop();
    m_running = true;
    m_again = false;
    m_nextAt = {};
    emit roundStarted();
    const QString path = m_storePath;
    const qint64 courierId = m_courierId;
    auto round = m_worker.withSession([path, courierId](SqlSession& session) {
        using R = Result<SyncEngine::Round>;
        // Started without a server (a remembered courier offline): the
        // session is resumed by the app once the server answers.
        // Never under anyone else's session (a round queued before a logout).
        if (!session.tokens() || session.tokens()->userId != courierId) {
            return R(std::unexpected(ServiceError(ServiceError::Code::Unavailable,
                                                  tr("Not connected to the server yet."))));
        }
        auto store = CourierStore::open(path, courierId, nullptr, CourierStore::Access::Attach);
        if (!store)
            return R(std::unexpected(store.error()));
        SyncEngine engine(**store, session);
        return engine.syncOnce();
    });
    whenReady(round, this, [this](const Result<SyncEngine::Round>& r) { finishRound(r); });
}

void CourierSync::finishRound(const Result<SyncEngine::Round>& round)
{
    m_running = false;
    m_online = round.has_value();
    m_failures = round ? 0 : m_failures + 1;
    // Scheduled first, so that whoever hears of the round sees when the next is.
    if (m_again)
        schedule(0);
    else
        schedule(round ? kPullIntervalMs : retryDelayMs(m_failures));
    emit roundFinished(m_online, round ? QString() : round.error().message());
}
