#pragma once

#include "ConnectionSettings.h"
#include "domain/ServiceError.h"
#include "domain/SessionTokens.h"
#include "SqlErrorMapper.h"
#include "SqlExecutor.h"
#include "SqlReader.h"

#include <QDeadlineTimer>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class DatabaseConnection;

// The database side of one signed-in client: a connection, the session's
// tokens, and the policy for running work (docs/architecture.md §2–3). Lives on, and is
// used only by, the database worker thread (or a test's own thread).
class SqlSession final {
public:
    struct Observer {
        std::function<void(bool connected, const QString& message)> connectionChanged;
        std::function<void(const SessionTokens&)> tokensRotated;
        std::function<void(const ServiceError&)> sessionEnded;
    };

    // `readServer`: a read-only server (a streaming standby) for read(); none:
    // reads go to the primary.
    explicit SqlSession(ConnectionSettings settings,
                        std::optional<ConnectionSettings> readServer = std::nullopt);
    ~SqlSession();
    Q_DISABLE_COPY_MOVE(SqlSession)

    void setObserver(Observer observer) { m_observer = std::move(observer); }
    const ConnectionSettings& settings() const { return m_settings; }

    VoidResult ensureConnected();
    // One cheap round trip: finds a connection that died while idle (the
    // observer hears of it) and keeps the connection indicator true.
    VoidResult ping();
    void disconnect();

    // Runs `work(SqlExecutor&)`, which returns a Result, in one transaction.
    // Deadlocks and serialization failures are retried a bounded number of
    // times; a rejected access token is refreshed once and the work retried; a
    // lost connection is reopened (token set again) and the work retried, since
    // nothing before COMMIT can have taken effect. A failed COMMIT on a lost
    // connection means "outcome unknown" and is reported, never retried.
    template <class F>
    auto transact(F&& work) -> std::invoke_result_t<F&, SqlExecutor&>;

    // Runs `work` with no explicit transaction: each statement commits on its
    // own, one round trip each (for a single definer-function call). Conflicts
    // and a rejected token are retried as above, since the failed statement
    // did nothing. A lost connection is not: the statement may have committed,
    // and only the caller knows how to find out (see OrderService::place).
    template <class F>
    auto autocommit(F&& work) -> std::invoke_result_t<F&, SqlExecutor&>;

    // Runs `work(SqlReader&)`, which only reads and may see data a moment
    // old, in a READ ONLY transaction on the read server. The read server is
    // used only once it has replayed this session's last write (a login, a
    // refresh, a saved listing: the fence), so the caller always sees their
    // own writes; until then, or while it cannot be reached, the primary
    // answers. Retries as transact() does.
    template <class F>
    auto read(F&& work) -> std::invoke_result_t<F&, SqlReader&>;
    // Whether the last read() was answered by the read server (tests).
    bool lastReadOnReadServer() const { return m_lastReadOnReadServer; }

    // Session tokens: set after login, rotated by refresh, cleared on logout.
    VoidResult startSession(const SessionTokens& tokens);
    VoidResult resumeSession(const QString& refreshToken);
    void endSession();
    const std::optional<SessionTokens>& tokens() const { return m_tokens; }
    // change_password lifted the session's restriction (same tokens).
    void passwordChanged()
    {
        if (m_tokens)
            m_tokens->passwordChangeRequired = false;
    }

private:
    struct RetryState {
        int conflicts = 0;
        int reconnects = 0;
        bool refreshed = false;
    };

    VoidResult beginUnit();
    VoidResult commitUnit();
    bool prepareRetry(ServiceError& error, RetryState& state);
    VoidResult refresh();
    void applyAccessToken();
    void connectionLost(const ServiceError& error);
    void noteWrites();
    SqlExecutor* readServerExecutor();
    Result<SqlExecutor*> beginRead();
    void readServerLost();

    ConnectionSettings m_settings;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<SqlExecutor> m_sql;
    std::optional<SessionTokens> m_tokens;
    Observer m_observer;

    std::optional<ConnectionSettings> m_readSettings;
    std::unique_ptr<DatabaseConnection> m_readConnection;
    std::unique_ptr<SqlExecutor> m_readSql;
    quint64 m_fence = 0;             // WAL position of this session's last write
    quint64 m_replayed = 0;          // how far the read server was seen to have replayed
    QDeadlineTimer m_readRetryAt{0}; // reads go to the primary until then
    bool m_lastReadOnReadServer = false;
};

template <class F>
auto SqlSession::transact(F&& work) -> std::invoke_result_t<F&, SqlExecutor&>
{
    using R = std::invoke_result_t<F&, SqlExecutor&>;
    RetryState state;
    for (;;) {
        ServiceError error;
        if (auto begun = beginUnit(); !begun) {
            error = begun.error();
        } else {
            R result = work(*m_sql);
            if (result) {
                auto committed = commitUnit();
                if (committed) {
                    noteWrites();
                    return result;
                }
                error = committed.error();
                if (SqlErrorMapper::isConnectionLost(error))
                    return std::unexpected(error); // outcome unknown: never retried
                m_sql->rollback();                 // whatever is left of it
            } else {
                error = result.error();
                m_sql->rollback();
            }
        }
        if (!prepareRetry(error, state))
            return std::unexpected(error);
    }
}

template <class F>
auto SqlSession::read(F&& work) -> std::invoke_result_t<F&, SqlReader&>
{
    using R = std::invoke_result_t<F&, SqlReader&>;
    RetryState state;
    for (;;) {
        ServiceError error;
        auto target = beginRead();
        if (!target) {
            error = target.error();
        } else {
            SqlReader reader(**target);
            R result = work(reader);
            if (result) {
                (void)(*target)->commit(); // a read-only transaction: nothing to lose
                return result;
            }
            error = result.error();
            (*target)->rollback();
            if (*target == m_readSql.get() && SqlErrorMapper::isConnectionLost(error)) {
                readServerLost(); // the primary answers the retry
                continue;
            }
        }
        if (!prepareRetry(error, state))
            return std::unexpected(error);
    }
}

template <class F>
auto SqlSession::autocommit(F&& work) -> std::invoke_result_t<F&, SqlExecutor&>
{
    using R = std::invoke_result_t<F&, SqlExecutor&>;
    RetryState state;
    for (;;) {
        ServiceError error;
        if (auto connected = ensureConnected(); !connected) {
            error = connected.error();
        } else {
            R result = work(*m_sql);
            if (result)
                return result;
            error = result.error();
            if (SqlErrorMapper::isConnectionLost(error)) {
                connectionLost(error);
                return std::unexpected(error); // outcome unknown: the caller decides
            }
        }
        if (!prepareRetry(error, state))
            return std::unexpected(error);
    }
}
