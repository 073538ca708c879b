#pragma once

#include "db/TaskControl.h"
#include "domain/ImportPreview.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>

class DbWorker;
class SqlExecutor;

// A seller imports listings from a CSV file in two steps: preview (what would
// be created, changed and left alone, and every bad row, with nothing
// written) and apply (exactly the previewed rows, all in one transaction or
// none). Both run with progress and can be cancelled; a cancelled import
// changes nothing.
class ListingImportService final {
    Q_DECLARE_TR_FUNCTIONS(ListingImportService)

public:
    explicit ListingImportService(DbWorker& worker);

    QFuture<Result<ImportPreview>> preview(const QString& path);
    // Refused when the preview had problems. If the catalog changed since
    // the preview so that a row no longer fits, nothing is written and the
    // answer lists the problems (applied = false).
    QFuture<Result<ImportPreview>> apply(const ImportPreview& preview);

    // The two steps on a connection whose session is the seller's (the
    // service's work, and the benchmark's).
    static Result<ImportPreview> previewFile(SqlExecutor& sql, const QString& path,
                                             const TaskControl& control);
    static Result<ImportPreview> applyPreview(SqlExecutor& sql, const ImportPreview& preview,
                                              const TaskControl& control);

    static constexpr qint64 kMaxFileBytes = 256LL << 20;

private:
    DbWorker& m_worker;
};
