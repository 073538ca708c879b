#pragma once

#include "domain/ServiceError.h"

#include <functional>

class SqlExecutor;

// A year of order history in bulk, for the dashboard at scale
// (`hexastore-admin seed-demo --orders N`): N orders of the existing buyers
// from the existing catalog, placed at random over the last 365 days, each
// with its item, its delivery (delivered ones with the cash collected and,
// but for the last two days, handed in) and its checkout. Older orders are
// delivered or cancelled; the last days' are also pending or confirmed (none
// is given to a courier, whose screen stays as it was). Written with
// set-based statements and the triggers off (which needs a superuser), then
// the dashboard's summaries are rebuilt. All or nothing.
class HistoricalOrderSeeder final {
public:
    explicit HistoricalOrderSeeder(SqlExecutor& sql);

    // Returns the number of orders added. `progress` hears each step's name.
    Result<qint64> seed(qint64 orders, quint32 seed,
                        const std::function<void(const QString& step)>& progress = {});

private:
    Result<qint64> seedInTransaction(qint64 orders, quint32 seed,
                                     const std::function<void(const QString&)>& progress);

    SqlExecutor& m_sql;
};
