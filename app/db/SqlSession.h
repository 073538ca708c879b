#pragma once

#include "ConnectionSettings.h"
#include "domain/ServiceError.h"
#include "domain/SessionTokens.h"
#include "SqlErrorMapper.h"
#include "SqlExecutor.h"

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

    explicit SqlSession(ConnectionSettings settings);
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

    ConnectionSettings m_settings;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<SqlExecutor> m_sql;
    std::optional<SessionTokens> m_tokens;
    Observer m_observer;
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
                if (committed)
                    return result;
                error = committed.error();
                if (SqlErrorMapper::isConnectionLost(error))
                    return std::unexpected(error); // outcome unknown: never retried
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
