#pragma once

#include "domain/AuditEntry.h"
#include "domain/AuditQuery.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QStringList>

#include <optional>

class DbWorker;
class QIODevice;
class SqlExecutor;
class TaskControl;

// Reading the audit log (administrators; row-level security refuses the
// rest): pages newest first, and every row of a filter as CSV.
class AuditLogService final {
    Q_DECLARE_TR_FUNCTIONS(AuditLogService)

public:
    explicit AuditLogService(DbWorker& worker);

    // Newest first by place in the chain (the order of commits); `beforeSeq`
    // (the last row's chain_seq) continues a list.
    QFuture<Result<QList<AuditEntry>>>
    entries(const AuditQuery& query, std::optional<qint64> beforeSeq = {}, int limit = 200);
    // The distinct actions logged so far, for the filter.
    QFuture<Result<QStringList>> actions();
    // Writes every matching row to `path` as CSV (UTF-8, RFC 4180), with
    // progress and cancel; the file appears whole or not at all. Returns the
    // number of rows written.
    QFuture<Result<qint64>> exportCsv(const AuditQuery& query, const QString& path);

    static QString csvHeader();
    static QString csvLine(const AuditEntry& entry);

private:
    DbWorker& m_worker;
};
