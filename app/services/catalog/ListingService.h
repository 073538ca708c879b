#pragma once

#include "db/TaskControl.h"
#include "domain/ListingRow.h"
#include "domain/ProductDraft.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

#include <optional>

class DbWorker;
class SqlExecutor;

// A seller's side of the catalog: their listings page by page, inline edits
// with optimistic concurrency (the version column), bulk (de)activation, CSV
// export, and saving whole products from the editor. The database decides who
// may do what; this class gives the answers a form can show.
class ListingService final {
    Q_DECLARE_TR_FUNCTIONS(ListingService)

public:
    struct VariantChange {
        qint64 variantId = 0;
        int expectedVersion = 0;
        Money price;
        int stock = 0;
        bool active = true;
    };

    explicit ListingService(DbWorker& worker);

    // Newest products first; `after` is the last row of the previous page.
    QFuture<Result<QList<ListingRow>>> listings(const QString& text,
                                                const std::optional<ListingRow>& after, int limit);
    // Conflict (with the current row in the message) when someone else saved first.
    QFuture<Result<ListingRow>> updateVariant(const VariantChange& change);
    QFuture<Result<int>> setProductsActive(const QList<qint64>& productIds, bool active);
    // An administrator hides another seller's listing, or shows it again, with
    // a reason for the audit log (the seller sees why it is hidden).
    QFuture<VoidResult> moderate(qint64 productId, bool visible, const QString& reason);
    // All of the seller's listings, streamed to a CSV file (RFC 4180), with
    // progress; cancelling the future stops it and leaves no file behind.
    QFuture<Result<int>> exportCsv(const QString& path);
    // The export itself, on a connection whose session is the seller's.
    static Result<int> writeCsv(SqlExecutor& sql, const QString& path, const TaskControl& control);
    // Creates or updates a product with its variants and images, in one transaction.
    QFuture<Result<qint64>> saveProduct(const ProductDraft& draft);
    // "deleted" or "archived" (a product once ordered is kept).
    QFuture<Result<QString>> deleteProduct(qint64 productId);
    // Validates and stores image bytes (off the GUI thread); returns the SHA-256.
    QFuture<Result<QByteArray>> addImage(const QByteArray& bytes);

private:
    DbWorker& m_worker;
};
