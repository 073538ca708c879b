#include "SqlSession.h"

#include "AuthResult.h"
#include "DatabaseConnection.h"
#include "SchemaVersion.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxConflictRetries = 5;
constexpr int kMaxReconnects = 2;
constexpr int kReadServerBackOffMs = 30000;

// "16/B374D848": a WAL position as a number.
std::optional<quint64> parseLsn(const QString& text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    bool okHigh = false, okLow = false;
    const quint64 high = text.left(slash).toULongLong(&okHigh, 16);
    const quint64 low = text.mid(slash + 1).toULongLong(&okLow, 16);
    if (!okHigh || !okLow)
        return std::nullopt;
    return (high << 32) | low;
}
} // namespace

SqlSession::SqlSession(ConnectionSettings settings, std::optional<ConnectionSettings> readServer)
    : m_settings(std::move(settings))
    , m_readSettings(std::move(readServer))
{
    // A read server that cannot be reached costs each read its connection
    // attempt until the back-off starts: keep that short.
    if (m_readSettings)
        m_readSettings->connectTimeoutSeconds = std::min(m_readSettings->connectTimeoutSeconds, 3);
}

SqlSession::~SqlSession()
{
    disconnect();
}

VoidResult SqlSession::ensureConnected()
{
    if (m_connection && m_connection->isOpen())
        return {};
    disconnect();
    auto connection = std::make_unique<DatabaseConnection>(m_settings);
    if (auto opened = connection->open(); !opened) {
        if (m_observer.connectionChanged)
            m_observer.connectionChanged(false, opened.error().message());
        return opened;
    }
    m_connection = std::move(connection);
    m_sql = std::make_unique<SqlExecutor>(*m_connection);
    m_sql->setTrackWrites(m_readSettings.has_value());
    if (auto compatible = SchemaVersion::requireCompatible(*m_sql); !compatible) {
        disconnect();
        return compatible;
    }
    applyAccessToken();
    if (m_observer.connectionChanged)
        m_observer.connectionChanged(true, {});
    return {};
}

VoidResult SqlSession::ping()
{
    if (auto connected = ensureConnected(); !connected)
        return connected;
    auto alive = m_sql->queryOne(u"SELECT 1"_s);
    if (alive)
        return {};
    if (SqlErrorMapper::isConnectionLost(alive.error()))
        connectionLost(alive.error());
    return std::unexpected(alive.error());
}

void SqlSession::disconnect()
{
    m_sql.reset(); // the executor goes before its connection
    m_connection.reset();
    m_readSql.reset();
    m_readConnection.reset();
}

void SqlSession::connectionLost(const ServiceError& error)
{
    disconnect();
    if (m_observer.connectionChanged)
        m_observer.connectionChanged(false, error.message());
}

void SqlSession::applyAccessToken()
{
    // Sent with every transaction, transaction-local: nothing stays on the
    // server session for the next client of a pooled connection to inherit.
    const QString token = m_tokens ? m_tokens->accessToken : QString();
    if (m_sql)
        m_sql->setIdentity(token);
    if (m_readSql)
        m_readSql->setIdentity(token);
}

void SqlSession::noteWrites()
{
    if (!m_sql)
        return;
    if (const auto lsn = parseLsn(m_sql->takeLastWriteLsn()); lsn)
        m_fence = std::max(m_fence, *lsn);
}

SqlExecutor* SqlSession::readServerExecutor()
{
    if (!m_readSettings || !m_readRetryAt.hasExpired())
        return nullptr;
    if (m_readConnection && m_readConnection->isOpen())
        return m_readSql.get();
    m_readSql.reset();
    m_readConnection = std::make_unique<DatabaseConnection>(*m_readSettings);
    if (!m_readConnection->open()) {
        readServerLost();
        return nullptr;
    }
    m_readSql = std::make_unique<SqlExecutor>(*m_readConnection);
    applyAccessToken();
    return m_readSql.get();
}

void SqlSession::readServerLost()
{
    m_readSql.reset();
    m_readConnection.reset();
    m_readRetryAt.setRemainingTime(kReadServerBackOffMs);
}

Result<SqlExecutor*> SqlSession::beginRead()
{
    m_lastReadOnReadServer = false;
    if (SqlExecutor* reader = readServerExecutor()) {
        reader->begin(SqlExecutor::Access::ReadOnly);
        if (m_fence <= m_replayed) {
            m_lastReadOnReadServer = true;
            return reader;
        }
        // This session wrote since the read server was last seen past it:
        // read there only once it has replayed that write.
        auto seen = reader->queryOne(u"SELECT pg_is_in_recovery(), "
                                     "coalesce(pg_last_wal_replay_lsn()::text, '')"_s);
        if (seen) {
            const auto replayed = parseLsn(seen->value(1).toString());
            if (!seen->value(0).toBool() || (replayed && *replayed >= m_fence)) {
                m_replayed = seen->value(0).toBool() ? *replayed : m_fence;
                m_lastReadOnReadServer = true;
                return reader;
            }
            reader->rollback(); // behind: the primary answers this one
        } else {
            reader->rollback();
            if (SqlErrorMapper::isConnectionLost(seen.error()))
                readServerLost();
        }
    }
    if (auto connected = ensureConnected(); !connected)
        return std::unexpected(connected.error());
    if (auto begun = m_sql->begin(SqlExecutor::Access::ReadOnly); !begun)
        return std::unexpected(begun.error());
    return m_sql.get();
}

VoidResult SqlSession::beginUnit()
{
    if (auto connected = ensureConnected(); !connected)
        return connected;
    return m_sql->begin();
}

VoidResult SqlSession::commitUnit()
{
    auto committed = m_sql->commit();
    if (committed || !SqlErrorMapper::isConnectionLost(committed.error()))
        return committed;
    connectionLost(committed.error());
    return std::unexpected(ServiceError(
        ServiceError::Code::Unavailable,
        QCoreApplication::translate("SqlSession",
                                    "The connection broke while saving, so it is not known "
                                    "whether the change was saved. Check, then try again."),
        committed.error().detail(), committed.error().sqlState()));
}

bool SqlSession::prepareRetry(ServiceError& error, RetryState& state)
{
    if (SqlErrorMapper::isTokenRejected(error)) {
        if (!m_tokens || state.refreshed)
            return false;
        state.refreshed = true;
        if (auto refreshed = refresh(); !refreshed) {
            error = refreshed.error();
            return false;
        }
        return true;
    }
    if (SqlErrorMapper::isRetryableConflict(error)) {
        if (state.conflicts >= kMaxConflictRetries)
            return false;
        // Exponential back-off with jitter so that the colliding clients spread out.
        const int base = 5 << state.conflicts++;
        QThread::msleep(ulong(base + QRandomGenerator::global()->bounded(base)));
        return true;
    }
    if (SqlErrorMapper::isConnectionLost(error)) {
        connectionLost(error);
        if (state.reconnects >= kMaxReconnects)
            return false;
        ++state.reconnects;
        if (auto reconnected = ensureConnected(); !reconnected) {
            error = reconnected.error();
            return false;
        }
        return true;
    }
    return false;
}

VoidResult SqlSession::startSession(const SessionTokens& tokens)
{
    m_tokens = tokens;
    applyAccessToken();
    return ensureConnected();
}

VoidResult SqlSession::resumeSession(const QString& refreshToken)
{
    SessionTokens pending;
    pending.refreshToken = refreshToken;
    m_tokens = pending;
    if (auto connected = ensureConnected(); !connected) {
        m_tokens.reset();
        return connected;
    }
    return refresh();
}

void SqlSession::endSession()
{
    m_tokens.reset();
    applyAccessToken();
}

VoidResult SqlSession::refresh()
{
    const QString refreshToken = m_tokens ? m_tokens->refreshToken : QString();
    // Clear the rejected token first: the refresh itself must not trip over it.
    m_tokens.reset();
    applyAccessToken();
    // A read on the read server can get here while the primary is unreachable.
    if (auto connected = ensureConnected(); !connected)
        return connected;

    // In a transaction of its own, so that its COMMIT reports the write (the
    // new token must reach a read server before reads go there).
    Result<QSqlRecord> row = std::unexpected(ServiceError());
    if (auto begun = m_sql->begin(); !begun)
        row = std::unexpected(begun.error());
    else
        row = m_sql->queryOne(u"SELECT * FROM hexastore.refresh_session(?)"_s, {refreshToken});
    if (row) {
        if (auto committed = m_sql->commit(); !committed)
            row = std::unexpected(committed.error());
    } else {
        m_sql->rollback();
    }
    noteWrites();
    if (!row) {
        if (SqlErrorMapper::isConnectionLost(row.error()))
            connectionLost(row.error());
        return std::unexpected(row.error());
    }
    auto tokens = AuthResult::toTokens(*row);
    if (!tokens) {
        if (m_observer.sessionEnded)
            m_observer.sessionEnded(tokens.error());
        return std::unexpected(tokens.error());
    }
    m_tokens = *tokens;
    applyAccessToken();
    if (m_observer.tokensRotated)
        m_observer.tokensRotated(*tokens);
    return {};
}
