#pragma once

#include "domain/DashboardFigures.h"
#include "domain/ServiceError.h"

#include <QMap>

#include <optional>

class SqlExecutor;

// The dashboard's figures computed the plain way, by aggregate queries over
// orders, order items, deliveries and users, with no summary table. What the
// benchmark times the dashboard against and what the tests compare it with.
// Run as the owner or a superuser: it reads past row-level security.
class DashboardReference final {
public:
    explicit DashboardReference(SqlExecutor& sql);

    // `sellerId`: one shop; none: the whole marketplace (with the couriers'
    // cash and new users, which only administrators see).
    Result<DashboardFigures> compute(std::optional<qint64> sellerId);

private:
    VoidResult readPeriods(DashboardFigures& f, const QString& seller, const QVariantList& params);
    VoidResult readDaily(DashboardFigures& f, const QString& seller, const QVariantList& params);
    VoidResult readStatuses(DashboardFigures& f, const QString& seller, const QVariantList& params);
    VoidResult readProducts(DashboardFigures& f, const QString& seller, const QVariantList& params);
    VoidResult readMarketplaceOnly(DashboardFigures& f);
    // The first instant of the shop day `daysAgo` before today, as an SQL constant.
    QString dayStart(int daysAgo) const;

    SqlExecutor& m_sql;
    QMap<int, QString> m_dayStarts;
};
