#pragma once

#include "db/ConnectionSettings.h"

#include <QString>
#include <QVariantList>

#include <atomic>
#include <thread>

class SqlExecutor;

// One statement on a connection of its own, in a thread of its own, as the
// user of an access token. A test holds locks on its main connection while
// this statement waits for them, then lets go and sees what it did.
class BackgroundStatement final {
public:
    BackgroundStatement(ConnectionSettings settings, const QString& accessToken, const QString& sql,
                        const QVariantList& params = {});
    ~BackgroundStatement();
    Q_DISABLE_COPY_MOVE(BackgroundStatement)

    // Polls `observer` (another connection) until the statement waits for a
    // lock; true then, false when it finished first or the time ran out.
    bool waitUntilBlocked(SqlExecutor& observer, int timeoutMs = 60000);
    bool isFinished() const { return m_finished; }
    // Waits for the end: its first column as text, or "<error SQLSTATE>".
    QString result();

private:
    const ConnectionSettings m_settings;
    std::atomic<qint64> m_pid{0};
    std::atomic<bool> m_finished{false};
    QString m_result;
    std::thread m_thread;
};
