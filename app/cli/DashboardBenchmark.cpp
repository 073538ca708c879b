#include "DashboardBenchmark.h"

#include "BenchmarkDatabase.h"
#include "BenchmarkStats.h"
#include "CliSupport.h"
#include "db/SqlSession.h"
#include "services/dashboard/DashboardReference.h"
#include "services/dashboard/DashboardService.h"
#include "services/demo/CatalogSeeder.h"
#include "services/demo/DemoSeeder.h"
#include "services/demo/HistoricalOrderSeeder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString demoPassword(Role role, int seller = 1)
{
    for (const DemoSeeder::Account& a : DemoSeeder::accounts()) {
        if (a.role == role && (role != Role::Seller || a.email.contains(QString::number(seller))))
            return a.password;
    }
    return {};
}

QString demoEmail(Role role)
{
    for (const DemoSeeder::Account& a : DemoSeeder::accounts()) {
        if (a.role == role)
            return a.email;
    }
    return {};
}

// `runs` loads of the dashboard through the client role; the samples in ms.
Result<QList<double>> timeDashboard(SqlSession& session, std::optional<qint64> seller, int runs,
                                    DashboardFigures& last)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto figures =
            session.transact([&](SqlExecutor& sql) { return DashboardService::load(sql, seller); });
        samples << ms(timer);
        if (!figures)
            return std::unexpected(figures.error());
        last = *figures;
    }
    return samples;
}

Result<QList<double>> timeReference(SqlExecutor& sql, std::optional<qint64> seller, int runs,
                                    DashboardFigures& last)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto figures = DashboardReference(sql).compute(seller);
        samples << ms(timer);
        if (!figures)
            return std::unexpected(figures.error());
        last = *figures;
    }
    return samples;
}

} // namespace

int DashboardBenchmark::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Benchmark the dashboard against plain aggregate queries at scale."_s);
    parser.addHelpOption();
    parser.addOption({u"orders"_s, u"Historical orders (default 1000000)"_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"products"_s, u"Catalog size (default 10000)"_s, u"n"_s, u"10000"_s});
    parser.addOption({u"runs"_s, u"Dashboard loads timed (default 30)"_s, u"n"_s, u"30"_s});
    BenchmarkDatabase::addOptions(parser);
    parser.process(arguments);
    const qint64 orders = parser.value(u"orders"_s).toLongLong();
    const qint64 products = parser.value(u"products"_s).toLongLong();
    const int runs = parser.value(u"runs"_s).toInt();
    if (orders < 1000 || products < 100 || runs < 3)
        return CliSupport::usage(
            u"--orders must be at least 1000, --products at least 100, --runs at least 3."_s);
    auto& out = CliSupport::out();

    // One database per size, kept and reused by later runs.
    auto db = BenchmarkDatabase::open(parser.value(u"url"_s), parser.value(u"dir"_s),
                                      u"hexastore_bench_dashboard_%1"_s.arg(orders),
                                      BenchmarkDatabase::Lifetime::Kept);
    if (!db)
        return CliSupport::fail(db.error());
    SqlExecutor& sql = (*db)->sql();
    {
        if (auto ok = DemoSeeder(sql).seed(); !ok)
            return CliSupport::fail(ok.error());
        if (auto ok = CatalogSeeder(sql).seed(products, 1, {}); !ok)
            return CliSupport::fail(ok.error());
        auto existing = sql.queryOne(u"SELECT count(*) FROM hexastore.orders"_s);
        if (!existing)
            return CliSupport::fail(existing.error());
        const qint64 missing = orders - existing->value(0).toLongLong();
        if (missing > 0) {
            QElapsedTimer timer;
            timer.start();
            auto added = HistoricalOrderSeeder(sql).seed(missing, 1, [&](const QString& step) {
                out << u"  seeding orders: %1 (%2 s)"_s.arg(step).arg(timer.elapsed() / 1000.0, 0,
                                                                      'f', 1)
                    << Qt::endl;
            });
            if (!added)
                return CliSupport::fail(added.error());
            out << u"Seeded %1 orders in %2 s."_s.arg(*added).arg(timer.elapsed() / 1000.0, 0, 'f',
                                                                  1)
                << Qt::endl;
        }
        if (auto analyzed = sql.execute(u"ANALYZE"_s); !analyzed)
            return CliSupport::fail(analyzed.error());
    }
    auto total = sql.queryOne(u"SELECT count(*) FROM hexastore.orders"_s);
    if (!total)
        return CliSupport::fail(total.error());
    const qint64 orderCount = total->value(0).toLongLong();

    SqlSession admin((*db)->clientSettings());
    if (auto in = CliSupport::signIn(admin, demoEmail(Role::Admin), demoPassword(Role::Admin),
                                     u"bench"_s, Role::Admin);
        !in)
        return CliSupport::fail(in.error());
    SqlSession seller((*db)->clientSettings());
    auto sellerId = CliSupport::signIn(seller, demoEmail(Role::Seller), demoPassword(Role::Seller),
                                       u"bench"_s, Role::Seller);
    if (!sellerId)
        return CliSupport::fail(sellerId.error());

    DashboardFigures adminFigures;
    DashboardFigures adminPlain;
    DashboardFigures sellerFigures;
    DashboardFigures sellerPlain;
    // A first load of each warms the caches; then the timed runs.
    (void)timeDashboard(admin, std::nullopt, 1, adminFigures);
    (void)timeReference(sql, std::nullopt, 1, adminPlain);
    auto dashboardMs = timeDashboard(admin, std::nullopt, runs, adminFigures);
    if (!dashboardMs)
        return CliSupport::fail(dashboardMs.error());
    const int plainRuns = std::max(3, runs / 10);
    auto plainMs = timeReference(sql, std::nullopt, plainRuns, adminPlain);
    if (!plainMs)
        return CliSupport::fail(plainMs.error());
    auto sellerMs = timeDashboard(seller, *sellerId, runs, sellerFigures);
    if (!sellerMs)
        return CliSupport::fail(sellerMs.error());
    auto sellerPlainMs = timeReference(sql, *sellerId, plainRuns, sellerPlain);
    if (!sellerPlainMs)
        return CliSupport::fail(sellerPlainMs.error());

    const BenchmarkStats dash(*dashboardMs);
    const BenchmarkStats plain(*plainMs);
    const BenchmarkStats sellerDash(*sellerMs);
    const BenchmarkStats sellerRef(*sellerPlainMs);
    const bool identical = adminFigures == adminPlain && sellerFigures == sellerPlain;
    out << Qt::endl
        << u"Dashboard on %1 orders (%2 products), median of %3 loads (plain: %4 runs)"_s
               .arg(orderCount)
               .arg(products)
               .arg(runs)
               .arg(plainRuns)
        << Qt::endl
        << u"  %1 %2 %3 %4"_s.arg(u"scope"_s, -12)
               .arg(u"dashboard ms"_s, 14)
               .arg(u"p95 ms"_s, 10)
               .arg(u"plain ms"_s, 10)
        << Qt::endl
        << u"  %1 %2 %3 %4"_s.arg(u"marketplace"_s, -12)
               .arg(dash.median(), 14, 'f', 1)
               .arg(dash.p95(), 10, 'f', 1)
               .arg(plain.median(), 10, 'f', 1)
        << Qt::endl
        << u"  %1 %2 %3 %4"_s.arg(u"one seller"_s, -12)
               .arg(sellerDash.median(), 14, 'f', 1)
               .arg(sellerDash.p95(), 10, 'f', 1)
               .arg(sellerRef.median(), 10, 'f', 1)
        << Qt::endl
        << u"  revenue 30 days: %1 (plain %2); orders placed 30 days: %3 (plain %4)"_s
               .arg(adminFigures.periods.value(2).revenue.toDecimal(),
                    adminPlain.periods.value(2).revenue.toDecimal())
               .arg(adminFigures.periods.value(2).placed)
               .arg(adminPlain.periods.value(2).placed)
        << Qt::endl;
    if (!identical)
        out << u"  THE FIGURES DIFFER from the plain aggregates."_s << Qt::endl;
    out << u"RESULT dashboard orders=%1 dashboard_ms=%2 plain_ms=%3 speedup=%4 seller_ms=%5 "
           "seller_plain_ms=%6 identical=%7"_s.arg(orderCount)
               .arg(dash.median(), 0, 'f', 1)
               .arg(plain.median(), 0, 'f', 1)
               .arg(plain.median() / std::max(0.001, dash.median()), 0, 'f', 1)
               .arg(sellerDash.median(), 0, 'f', 1)
               .arg(sellerRef.median(), 0, 'f', 1)
               .arg(identical ? 1 : 0)
        << Qt::endl;
    return identical ? 0 : 1;
}
