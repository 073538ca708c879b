#pragma once

#include "domain/ServiceError.h"

#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>
#include <utility>

class DatabaseConnection;
class PgParameters;
struct pg_conn;
struct pg_result;

// Runs statements on one connection and reads their rows completely, so no
// result is ever left half-read when the next statement runs.
//
// Statements go out unnamed (libpq's extended protocol, no PREPARE) and the
// executor keeps nothing on the server session, so that a transaction pooler
// may hand the connection to another client between any two transactions.
// With an identity set, every transaction it starts — explicit (begin) or the
// implicit one of a statement outside begin/commit — first sets the access
// token transaction-local, in the same round trip as the first statement.
class SqlExecutor final {
public:
    explicit SqlExecutor(DatabaseConnection& connection);
    ~SqlExecutor();
    Q_DISABLE_COPY_MOVE(SqlExecutor)

    Result<QList<QSqlRecord>> query(const QString& sql, const QVariantList& params = {});
    // The single row of a statement that must return exactly one.
    Result<QSqlRecord> queryOne(const QString& sql, const QVariantList& params = {});
    Result<int> execute(const QString& sql, const QVariantList& params = {});
    // Streams the rows one by one (libpq's single-row mode: nothing is held in
    // memory). `row` must not run statements on this connection meanwhile.
    // `row` returns false to stop early (the rest is read and dropped).
    // Returns the number of rows handed to `row`.
    Result<int> forEach(const QString& sql, const QVariantList& params,
                        const std::function<bool(const QSqlRecord&)>& row);
    // Several statements separated by semicolons, no parameters (migrations).
    // Stops at the first failing statement and returns its error.
    VoidResult script(const QString& sql);

    enum class Access { ReadWrite, ReadOnly };
    enum class Isolation { ReadCommitted, RepeatableRead, Serializable };
    // Starts a transaction. Sent together with its first statement; a
    // transaction without statements costs no round trip.
    VoidResult begin(Access access = Access::ReadWrite,
                     Isolation isolation = Isolation::ReadCommitted);
    VoidResult commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // The access token of every transaction from now on ("" for anonymous);
    // std::nullopt: none set (operator and migration connections).
    void setIdentity(std::optional<QString> token) { m_identity = std::move(token); }
    const std::optional<QString>& identity() const { return m_identity; }

    // With tracking on, the COMMIT of a transaction that wrote something
    // also reports the WAL position after it (same round trip): reads on a
    // standby wait for it to be replayed (SqlSession's read fence).
    void setTrackWrites(bool on) { m_trackWrites = on; }
    // The position after the last tracked write ("16/B374D848"), then empty.
    QString takeLastWriteLsn() { return std::exchange(m_lastWriteLsn, {}); }

    // `name` quoted as an SQL identifier.
    QString quoteIdentifier(const QString& name) const;

    // Long statements (an import) can be stopped: while a statement runs,
    // `cancelled` is asked every 100 ms, and when it says yes the server is
    // asked to cancel the statement (it then fails with 57014 and its
    // transaction can only roll back). Empty: statements are waited for.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

private:
    using RowSink = std::function<bool(const QSqlRecord&)>;
    struct Outcome;

    Result<Outcome> run(const QString& sql, const QVariantList& params, const RowSink* sink);
    Result<Outcome> runAlone(const QByteArray& sql, const PgParameters& params,
                             const RowSink* sink);
    Result<Outcome> runPipelined(const QList<QByteArray>& prefix, const QByteArray& sql,
                                 const PgParameters& params, const RowSink* sink);
    VoidResult readStatement(const RowSink* sink, Outcome& outcome);
    // Waits until libpq holds the next result, asking the cancel check.
    void awaitResult();
    VoidResult commitTracked();
    static ServiceError rolledBackInstead();
    ServiceError lastError(const pg_result* result) const;

    pg_conn* connection() const;

    DatabaseConnection& m_db; // its libpq handle changes when it is reopened
    std::optional<QString> m_identity;
    bool m_inTransaction = false;
    bool m_trackWrites = false;
    QString m_lastWriteLsn;
    std::function<bool()> m_cancelled;
    // The BEGIN not sent yet (it goes with the first statement); empty: none.
    QByteArray m_pendingBegin;
};
