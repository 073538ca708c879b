#include "CatalogBenchSetup.h"

#include "CliSupport.h"
#include "services/demo/CatalogSeeder.h"
#include "services/demo/DemoSeeder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

void CatalogBenchSetup::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"products"_s, u"Catalog size (default 1000000)"_s, u"n"_s, u"1000000"_s});
    BenchmarkDatabase::addOptions(parser);
}

qint64 CatalogBenchSetup::products(const QCommandLineParser& parser)
{
    return parser.value(u"products"_s).toLongLong();
}

Result<std::unique_ptr<BenchmarkDatabase>> CatalogBenchSetup::open(const QCommandLineParser& parser)
{
    const qint64 products = CatalogBenchSetup::products(parser);
    auto db = BenchmarkDatabase::open(parser.value(u"url"_s), parser.value(u"dir"_s),
                                      u"hexastore_bench_catalog_%1"_s.arg(products),
                                      BenchmarkDatabase::Lifetime::Kept);
    if (!db)
        return db;
    SqlExecutor& sql = (*db)->sql();
    if (auto ok = DemoSeeder(sql).seed(); !ok)
        return std::unexpected(ok.error());
    auto& out = CliSupport::out();
    QElapsedTimer timer;
    timer.start();
    auto added = CatalogSeeder(sql).seed(products, 1, [&](qint64 done) {
        out << u"  seeded %1 of %2 (%3 s)"_s.arg(done).arg(products).arg(timer.elapsed() / 1000.0,
                                                                         0, 'f', 1)
            << Qt::endl;
    });
    if (!added)
        return std::unexpected(added.error());
    out << (*added > 0 ? u"Built a catalog of %1 products in %2 s."_s.arg(*added).arg(
                             timer.elapsed() / 1000.0, 0, 'f', 1)
                       : u"Reusing the catalog of %1 products in %2."_s.arg(products).arg(
                             (*db)->operatorSettings().database))
        << Qt::endl;
    return db;
}
