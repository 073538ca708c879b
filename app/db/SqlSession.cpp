#include "SqlSession.h"

#include "AuthResult.h"
#include "DatabaseConnection.h"
#include "SchemaVersion.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxConflictRetries = 5;
constexpr int kMaxReconnects = 2;
} // namespace

SqlSession::SqlSession(ConnectionSettings settings)
    : m_settings(std::move(settings))
{}

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
    if (m_sql)
        m_sql->setIdentity(m_tokens ? m_tokens->accessToken : QString());
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

    auto row = m_sql->queryOne(u"SELECT * FROM hexastore.refresh_session(?)"_s, {refreshToken});
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
