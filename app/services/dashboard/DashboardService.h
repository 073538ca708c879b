#pragma once

#include "domain/DashboardFigures.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>

#include <optional>

class DbWorker;
class QJsonObject;
class SqlExecutor;

// The dashboard's figures: administrators see the marketplace (or one shop),
// sellers their own shop; the database's row-level security decides. Also
// the cash a courier hands in.
class DashboardService final {
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    explicit DashboardService(DbWorker& worker);

    QFuture<Result<DashboardFigures>> figures(std::optional<qint64> sellerId = {});
    // Marks all the cash the courier collected and has not handed in as
    // received; `expected` is the amount shown, refused when it changed.
    QFuture<Result<int>> markCashReceived(qint64 courierId, Money expected, const QString& reason);

    // The same as figures(), on a connection of one's own (benchmark, tests).
    static Result<DashboardFigures> load(SqlExecutor& sql, std::optional<qint64> sellerId);
    static Result<DashboardFigures> fromJson(const QJsonObject& json);

private:
    DbWorker& m_worker;
};
