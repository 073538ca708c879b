#include "SqlExecutor.h"

#include "DatabaseConnection.h"
#include "PgParameters.h"
#include "PgRowReader.h"
#include "PositionalPlaceholders.h"
#include "SqlErrorMapper.h"

#include <QCoreApplication>

#include <utility>

#include <poll.h>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace {

constexpr const char* kSetIdentity = "SELECT set_config('hexastore.access_token', $1, true)";

ServiceError unexpectedAnswer(const QString& detail)
{
    return ServiceError(
        ServiceError::Code::Internal,
        QCoreApplication::translate("SqlExecutor", "The database gave an unexpected answer."),
        detail);
}

} // namespace

struct SqlExecutor::Outcome {
    QList<QSqlRecord> rows;
    QByteArray tag; // of a command: "COMMIT", "ROLLBACK", …
    int affected = 0;
    int streamed = 0;
};

SqlExecutor::SqlExecutor(DatabaseConnection& connection)
    : m_db(connection)
{}

pg_conn* SqlExecutor::connection() const
{
    return m_db.handle();
}

SqlExecutor::~SqlExecutor() = default;

ServiceError SqlExecutor::lastError(const pg_result* result) const
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : "");
    if (message.isEmpty() && connection())
        message = QString::fromUtf8(PQerrorMessage(connection()));
    if (state)
        return SqlErrorMapper::fromSqlState(QString::fromLatin1(state), message);
    // No SQLSTATE: libpq's own error — the connection failed, even where
    // libpq has not marked it broken yet ("server closed the connection
    // unexpectedly" in a pipeline). Whether a commit happened is not known.
    return SqlErrorMapper::fromSqlState(u"08006"_s, message);
}

Result<SqlExecutor::Outcome> SqlExecutor::run(const QString& sql, const QVariantList& params,
                                              const RowSink* sink)
{
    if (!connection() || PQstatus(connection()) != CONNECTION_OK)
        return std::unexpected(SqlErrorMapper::fromSqlState(u"08003"_s, u"not connected"_s));
    int placeholders = 0;
    const QString text =
        params.isEmpty() ? sql : PositionalPlaceholders::toNumbered(sql, &placeholders);
    if (placeholders != params.size()) {
        return std::unexpected(unexpectedAnswer(
            u"%1 values for %2 placeholders: %3"_s.arg(params.size()).arg(placeholders).arg(sql)));
    }
    auto encoded = PgParameters::encode(params);
    if (!encoded)
        return std::unexpected(encoded.error());

    const QByteArray begin = std::exchange(m_pendingBegin, {});
    const bool withIdentity = m_identity && (!begin.isEmpty() || !m_inTransaction);
    if (begin.isEmpty() && !withIdentity)
        return runAlone(text.toUtf8(), *encoded, sink);
    QList<QByteArray> prefix;
    if (!begin.isEmpty())
        prefix << begin;
    if (withIdentity)
        prefix << QByteArray(kSetIdentity);
    return runPipelined(prefix, text.toUtf8(), *encoded, sink);
}

void SqlExecutor::awaitResult()
{
    if (!m_cancelled)
        return;
    pg_conn* conn = connection();
    bool asked = false;
    while (PQisBusy(conn)) {
        pollfd socket{PQsocket(conn), POLLIN, 0};
        ::poll(&socket, 1, 100);
        if (!PQconsumeInput(conn))
            return; // broken: PQgetResult says so
        if (!asked && m_cancelled()) {
            asked = true;
            if (PGcancel* cancel = PQgetCancel(conn)) {
                char reason[256];
                PQcancel(cancel, reason, sizeof reason);
                PQfreeCancel(cancel);
            }
        }
    }
}

// Reads the results of one statement up to libpq's end marker: the rows into
// `outcome` (or to `sink`, one at a time), the first error into the result.
VoidResult SqlExecutor::readStatement(const RowSink* sink, Outcome& outcome)
{
    std::optional<ServiceError> error;
    bool stopped = false;
    for (;;) {
        awaitResult();
        PGresult* result = PQgetResult(connection());
        if (!result)
            break;
        switch (PQresultStatus(result)) {
        case PGRES_SINGLE_TUPLE:
            if (!sink) {
                outcome.rows.append(PgRowReader(result).row(0));
            } else if (!stopped && !error) {
                ++outcome.streamed;
                stopped = !(*sink)(PgRowReader(result).row(0));
            }
            break;
        case PGRES_TUPLES_OK: {
            const PgRowReader reader(result);
            outcome.rows.reserve(reader.rowCount());
            for (int i = 0; i < reader.rowCount(); ++i)
                outcome.rows.append(reader.row(i));
            outcome.affected = QByteArray(PQcmdTuples(result)).toInt();
            break;
        }
        case PGRES_COMMAND_OK:
        case PGRES_EMPTY_QUERY:
            outcome.affected = QByteArray(PQcmdTuples(result)).toInt();
            outcome.tag = QByteArray(PQcmdStatus(result));
            break;
        default:
            if (!error)
                error = lastError(result);
            break;
        }
        PQclear(result);
        if (PQstatus(connection()) != CONNECTION_OK) {
            if (!error)
                error = lastError(nullptr);
            break;
        }
    }
    if (error)
        return std::unexpected(*error);
    return {};
}

Result<SqlExecutor::Outcome> SqlExecutor::runAlone(const QByteArray& sql,
                                                   const PgParameters& params, const RowSink* sink)
{
    if (!PQsendQueryParams(connection(), sql.constData(), params.count(), nullptr, params.values(),
                           params.lengths(), params.formats(), 0))
        return std::unexpected(lastError(nullptr));
    if (sink)
        PQsetSingleRowMode(connection());
    Outcome outcome;
    if (auto read = readStatement(sink, outcome); !read)
        return std::unexpected(read.error());
    return outcome;
}

Result<SqlExecutor::Outcome> SqlExecutor::runPipelined(const QList<QByteArray>& prefix,
                                                       const QByteArray& sql,
                                                       const PgParameters& params,
                                                       const RowSink* sink)
{
    // One round trip: the prefix (BEGIN, the identity) and the statement go
    // out together, and one Sync ends them, so without BEGIN they form one
    // implicit transaction — which is what keeps the identity to this statement.
    if (PQenterPipelineMode(connection()) != 1)
        return std::unexpected(lastError(nullptr));
    const QByteArray token = m_identity ? m_identity->toUtf8() : QByteArray();
    const char* tokenValue[] = {token.constData()};
    bool sent = true;
    for (const QByteArray& step : prefix) {
        const bool isIdentity = step == kSetIdentity;
        sent =
            sent && PQsendQueryParams(connection(), step.constData(), isIdentity ? 1 : 0, nullptr,
                                      isIdentity ? tokenValue : nullptr, nullptr, nullptr, 0);
    }
    sent = sent && PQsendQueryParams(connection(), sql.constData(), params.count(), nullptr,
                                     params.values(), params.lengths(), params.formats(), 0);
    sent = sent && PQpipelineSync(connection());
    if (!sent) {
        const ServiceError error = lastError(nullptr);
        PQexitPipelineMode(connection());
        return std::unexpected(error);
    }

    std::optional<ServiceError> error;
    Outcome ignored;
    for (qsizetype i = 0; i < prefix.size() && PQstatus(connection()) == CONNECTION_OK; ++i) {
        if (auto read = readStatement(nullptr, ignored); !read && !error)
            error = read.error();
    }
    Outcome outcome;
    if (PQstatus(connection()) == CONNECTION_OK) {
        // In a pipeline, single-row mode applies to the next query whose
        // results are read: this one, now that the prefix is consumed.
        if (sink)
            PQsetSingleRowMode(connection());
        if (auto read = readStatement(sink, outcome); !read && !error)
            error = read.error();
    }
    if (PQstatus(connection()) == CONNECTION_OK) {
        PGresult* sync = PQgetResult(connection());
        if ((!sync || PQresultStatus(sync) != PGRES_PIPELINE_SYNC) && !error) {
            // The implicit transaction did not end in sight (the server went
            // away at its commit): it may or may not have committed.
            const ServiceError cause = lastError(sync);
            error = SqlErrorMapper::isConnectionLost(cause)
                        ? cause
                        : SqlErrorMapper::fromSqlState(u"08006"_s, cause.detail());
        }
        PQclear(sync);
        PQexitPipelineMode(connection());
    }
    if (!error && PQstatus(connection()) != CONNECTION_OK)
        error = lastError(nullptr);
    if (error)
        return std::unexpected(*error);
    return outcome;
}

Result<QList<QSqlRecord>> SqlExecutor::query(const QString& sql, const QVariantList& params)
{
    auto outcome = run(sql, params, nullptr);
    if (!outcome)
        return std::unexpected(outcome.error());
    return std::move(outcome->rows);
}

Result<QSqlRecord> SqlExecutor::queryOne(const QString& sql, const QVariantList& params)
{
    auto rows = query(sql, params);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->size() != 1)
        return std::unexpected(
            unexpectedAnswer(u"expected one row, got %1: %2"_s.arg(rows->size()).arg(sql)));
    return rows->first();
}

Result<int> SqlExecutor::execute(const QString& sql, const QVariantList& params)
{
    auto outcome = run(sql, params, nullptr);
    if (!outcome)
        return std::unexpected(outcome.error());
    return outcome->affected;
}

Result<int> SqlExecutor::forEach(const QString& sql, const QVariantList& params,
                                 const std::function<bool(const QSqlRecord&)>& row)
{
    auto outcome = run(sql, params, &row);
    if (!outcome)
        return std::unexpected(outcome.error());
    return outcome->streamed;
}

VoidResult SqlExecutor::script(const QString& sql)
{
    if (!connection() || PQstatus(connection()) != CONNECTION_OK)
        return std::unexpected(SqlErrorMapper::fromSqlState(u"08003"_s, u"not connected"_s));
    // A simple query: libpq's PQexec stops at the first failing statement and
    // returns its error. What the transaction still owes goes first.
    QByteArray text;
    if (!m_pendingBegin.isEmpty())
        text += m_pendingBegin + ";\n";
    if (m_identity && (!m_pendingBegin.isEmpty() || !m_inTransaction)) {
        const QByteArray token = m_identity->toUtf8();
        char* literal = PQescapeLiteral(connection(), token.constData(), size_t(token.size()));
        if (!literal)
            return std::unexpected(lastError(nullptr));
        text += "SELECT set_config('hexastore.access_token', " + QByteArray(literal) + ", true);\n";
        PQfreemem(literal);
    }
    m_pendingBegin.clear();
    text += sql.toUtf8();
    PGresult* result = PQexec(connection(), text.constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    VoidResult outcome;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
        outcome = std::unexpected(lastError(result));
    PQclear(result);
    return outcome;
}

VoidResult SqlExecutor::begin(Access access, Isolation isolation)
{
    if (!connection() || PQstatus(connection()) != CONNECTION_OK)
        return std::unexpected(SqlErrorMapper::fromSqlState(u"08003"_s, u"not connected"_s));
    // Spelled out in full: on a pooled connection another client may have
    // changed the session's defaults (default_transaction_read_only, …).
    m_pendingBegin = "BEGIN ISOLATION LEVEL ";
    m_pendingBegin += isolation == Isolation::RepeatableRead ? "REPEATABLE READ"
                      : isolation == Isolation::Serializable ? "SERIALIZABLE"
                                                             : "READ COMMITTED";
    m_pendingBegin += access == Access::ReadOnly ? " READ ONLY" : " READ WRITE";
    m_inTransaction = true;
    return {};
}

VoidResult SqlExecutor::commit()
{
    m_inTransaction = false;
    if (!m_pendingBegin.isEmpty()) {
        m_pendingBegin.clear(); // nothing was sent: nothing to commit
        return {};
    }
    if (m_trackWrites)
        return commitTracked();
    PGresult* result = PQexec(connection(), "COMMIT");
    VoidResult outcome;
    if (!result || PQresultStatus(result) != PGRES_COMMAND_OK) {
        outcome = std::unexpected(lastError(result));
    } else if (qstrcmp(PQcmdStatus(result), "COMMIT") != 0) {
        outcome = std::unexpected(rolledBackInstead());
    }
    PQclear(result);
    return outcome;
}

ServiceError SqlExecutor::rolledBackInstead()
{
    // COMMIT of a failed transaction rolls back without an error.
    return SqlErrorMapper::fromSqlState(u"25P02"_s,
                                        u"the transaction had failed and was rolled back"_s);
}

VoidResult SqlExecutor::commitTracked()
{
    // One round trip: whether the transaction wrote, COMMIT, and where the
    // WAL stood after it (which a standby must have replayed to show it): the
    // flushed position — a synchronous commit is flushed, and the insert
    // position can point past a page header that no standby ever reports.
    pg_conn* conn = connection();
    if (PQenterPipelineMode(conn) != 1)
        return std::unexpected(lastError(nullptr));
    const bool sent = PQsendQueryParams(conn, "SELECT pg_current_xact_id_if_assigned() IS NOT NULL",
                                        0, nullptr, nullptr, nullptr, nullptr, 0) &&
                      PQsendQueryParams(conn, "COMMIT", 0, nullptr, nullptr, nullptr, nullptr, 0) &&
                      PQsendQueryParams(conn, "SELECT pg_current_wal_lsn()::text", 0, nullptr,
                                        nullptr, nullptr, nullptr, 0) &&
                      PQpipelineSync(conn);
    if (!sent) {
        const ServiceError error = lastError(nullptr);
        PQexitPipelineMode(conn);
        return std::unexpected(error);
    }
    Outcome wrote, committed, position;
    std::optional<ServiceError> error;
    for (Outcome* outcome : {&wrote, &committed, &position}) {
        if (PQstatus(conn) != CONNECTION_OK)
            break;
        if (auto read = readStatement(nullptr, *outcome); !read && !error)
            error = read.error();
    }
    if (PQstatus(conn) == CONNECTION_OK) {
        PQclear(PQgetResult(conn)); // the Sync
        PQexitPipelineMode(conn);
    } else if (!error) {
        error = lastError(nullptr);
    }
    if (committed.tag == "COMMIT") {
        // Saved, whatever the position query said: without it there is no fence.
        if (!wrote.rows.isEmpty() && wrote.rows.first().value(0).toBool() &&
            !position.rows.isEmpty())
            m_lastWriteLsn = position.rows.first().value(0).toString();
        return {};
    }
    // A failed transaction skips the COMMIT in the pipeline: end it here.
    if (PQstatus(conn) == CONNECTION_OK)
        PQclear(PQexec(conn, "ROLLBACK"));
    if (error)
        return std::unexpected(*error);
    return std::unexpected(rolledBackInstead());
}

void SqlExecutor::rollback()
{
    m_inTransaction = false;
    if (!m_pendingBegin.isEmpty()) {
        m_pendingBegin.clear();
        return;
    }
    // On a broken connection there is nothing to roll back.
    if (connection() && PQstatus(connection()) == CONNECTION_OK)
        PQclear(PQexec(connection(), "ROLLBACK"));
}

QString SqlExecutor::quoteIdentifier(const QString& name) const
{
    const QByteArray utf8 = name.toUtf8();
    char* quoted = PQescapeIdentifier(connection(), utf8.constData(), size_t(utf8.size()));
    const QString out = quoted ? QString::fromUtf8(quoted) : QString();
    PQfreemem(quoted);
    return out;
}
