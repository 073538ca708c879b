#include "CatalogBenchmark.h"

#include "BenchmarkStats.h"
#include "CatalogBenchSetup.h"
#include "CliSupport.h"
#include "db/DatabaseConnection.h"
#include "db/DbWorker.h"
#include "db/SqlExecutor.h"
#include "models/ProductTableModel.h"
#include "services/catalog/CatalogService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlTableModel>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Twenty searches as people type them: with typos.
const QStringList kQueries{
    u"keybaord"_s,     u"headphnes"_s,    u"moniter"_s,     u"wireles mouse"_s, u"camra"_s,
    u"sneekers"_s,     u"jaket"_s,        u"backpak"_s,     u"novle"_s,         u"textbok"_s,
    u"bike helmit"_s,  u"runing shoes"_s, u"tnet"_s,        u"bord game"_s,     u"jigsaw puzle"_s,
    u"garden shers"_s, u"planer"_s,       u"coffe maker"_s, u"desk lmap"_s,     u"fryng pan"_s,
};

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Peak and current resident memory of this process, in MB.
std::pair<double, double> memoryMb()
{
    QFile status(u"/proc/self/status"_s);
    double peak = 0;
    double current = 0;
    if (status.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromLatin1(status.readAll());
        static const QRegularExpression hwm(u"VmHWM:\\s+(\\d+) kB"_s);
        static const QRegularExpression rss(u"VmRSS:\\s+(\\d+) kB"_s);
        peak = hwm.match(text).captured(1).toDouble() / 1024.0;
        current = rss.match(text).captured(1).toDouble() / 1024.0;
    }
    return {peak, current};
}

void waitUntil(const std::function<bool()>& done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

// Child process: our model. Prints "key=value" lines.
int probeModel(const ConnectionSettings& client)
{
    const auto before = memoryMb();
    DbWorker worker(client);
    CatalogService catalog(worker);
    ProductTableModel model(catalog, nullptr);
    // Connect first, so the figures are the model's, not the connection's.
    if (auto connected =
            worker.withSession([](SqlSession& s) { return s.ensureConnected(); }).result();
        !connected)
        return CliSupport::fail(connected.error());

    // The first load is cold (plans, caches); the figure is the median of five.
    QList<double> firsts;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        model.setQuery(ProductQuery{});
        waitUntil([&] { return !model.isLoading() && model.rowCount() > 0; });
        firsts << ms(timer);
    }
    const double cold = firsts.first();
    const double first = BenchmarkStats(firsts).median();
    QElapsedTimer timer;

    timer.restart();
    while (model.rowCount() < 10000 && model.canFetchMore({})) {
        const int rows = model.rowCount();
        model.fetchMore({});
        waitUntil([&] { return !model.isLoading() && model.rowCount() > rows; });
    }
    const double scroll = ms(timer);
    const auto after = memoryMb();

    timer.restart();
    model.jumpToEnd();
    waitUntil([&] { return !model.isLoading() && model.isShowingEnd(); });
    const double last = ms(timer);

    CliSupport::out() << "first_ms=" << first << "\ncold_first_ms=" << cold
                      << "\nscroll10k_ms=" << scroll << "\nlast_ms=" << last
                      << "\nrows=" << model.rowCount() << "\npeak_mb=" << after.first
                      << "\ngrowth_mb=" << (after.second - before.second) << Qt::endl;
    return 0;
}

// Child process: the reference, QSqlTableModel on the same table.
int probeTableModel(const ConnectionSettings& operatorSettings)
{
    const auto before = memoryMb();
    // The reference as Qt offers it: QSqlTableModel over Qt's QPSQL driver.
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QPSQL"_s, u"reference"_s);
    operatorSettings.applyTo(connection);
    if (!connection.open())
        return CliSupport::fail(
            ServiceError(ServiceError::Code::Unavailable, connection.lastError().text()));
    QSqlTableModel model(nullptr, connection);
    QElapsedTimer timer;
    timer.start();
    model.setTable(u"hexastore.products"_s);
    model.setSort(model.fieldIndex(u"created_at"_s), Qt::DescendingOrder);
    if (!model.select())
        return CliSupport::fail(
            ServiceError(ServiceError::Code::Internal, model.lastError().text()));
    const double first = ms(timer);
    timer.restart();
    while (model.rowCount() < 10000 && model.canFetchMore())
        model.fetchMore();
    const double scroll = ms(timer);
    const auto after = memoryMb();
    timer.restart();
    while (model.canFetchMore())
        model.fetchMore();
    const double last = ms(timer) + first;
    CliSupport::out() << "first_ms=" << first << "\nscroll10k_ms=" << scroll << "\nlast_ms=" << last
                      << "\nrows=" << model.rowCount() << "\npeak_mb=" << after.first
                      << "\ngrowth_mb=" << (after.second - before.second) << Qt::endl;
    return 0;
}

// Child process: the physical floor. The model's first page as one raw query
// over libpq, as the superuser (no row-level security), no model, no worker
// thread; cold (the first in a fresh process) like the model's cold figure.
int probeFloor(const ConnectionSettings& operatorSettings)
{
    DatabaseConnection connection(operatorSettings);
    if (auto opened = connection.open(); !opened)
        return CliSupport::fail(opened.error());
    SqlExecutor sql(connection);
    const auto statement = ProductSearchSql::page(
        ProductQuery{}, std::nullopt, ProductTableModel::kPageSize + 1,
        ProductSearchSql::Direction::Forward, ProductSearchSql::Scope::Catalog);
    QList<double> firsts;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto rows = sql.query(statement.sql, statement.params);
        if (!rows)
            return CliSupport::fail(rows.error());
        firsts << ms(timer);
    }
    CliSupport::out() << "cold_first_ms=" << firsts.first()
                      << "\nfirst_ms=" << BenchmarkStats(firsts).median() << Qt::endl;
    return 0;
}

QHash<QString, double> runProbe(const QString& kind, const QString& url)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"bench"_s, u"catalog"_s, u"--probe"_s, kind, u"--probe-url"_s, url});
    child.waitForFinished(-1);
    QHash<QString, double> figures;
    for (const QString& line : QString::fromUtf8(child.readAllStandardOutput()).split(u'\n')) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            figures.insert(line.left(eq), line.mid(eq + 1).toDouble());
    }
    return figures;
}

QString row(const QString& label, double value, const QString& reference = {})
{
    return u"  %1 %2 %3"_s.arg(label, -46).arg(value, 10, 'f', 1).arg(reference);
}

} // namespace

int CatalogBenchmark::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark the catalog: model paging and search at scale."_s);
    parser.addHelpOption();
    CatalogBenchSetup::addOptions(parser);
    parser.addOption({u"probe"_s, u"(internal) measure one model in this process"_s, u"kind"_s});
    parser.addOption({u"probe-url"_s, u"(internal)"_s, u"url"_s});
    parser.process(arguments);

    if (parser.isSet(u"probe"_s)) {
        auto settings = ConnectionSettings::fromUrl(parser.value(u"probe-url"_s));
        if (!settings)
            return CliSupport::fail(settings.error());
        const QString kind = parser.value(u"probe"_s);
        if (kind == u"floor"_s)
            return probeFloor(*settings);
        return kind == u"model"_s ? probeModel(*settings) : probeTableModel(*settings);
    }

    const qint64 products = CatalogBenchSetup::products(parser);
    if (products < 1000)
        return CliSupport::usage(u"--products must be at least 1000."_s);
    auto& out = CliSupport::out();

    // One database per catalog size, kept and reused by later runs.
    auto db = CatalogBenchSetup::open(parser);
    if (!db)
        return CliSupport::fail(db.error());
    const ConnectionSettings operatorSettings = (*db)->operatorSettings();
    const ConnectionSettings client = (*db)->clientSettings();

    out << "Measuring the product model and QSqlTableModel, each in a fresh process..." << Qt::endl;
    const auto model = runProbe(u"model"_s, client.toUrl());
    const auto table = runProbe(u"table"_s, operatorSettings.toUrl());
    const auto floor = runProbe(u"floor"_s, operatorSettings.toUrl());
    if (model.isEmpty() || table.isEmpty() || floor.isEmpty())
        return CliSupport::fail(ServiceError(ServiceError::Code::Internal, u"a probe failed"_s));

    // Search: the catalog's first page for each query, against a plain ILIKE scan.
    DbWorker worker(client);
    CatalogService catalog(worker);
    DatabaseConnection plain(client);
    if (auto ok = plain.open(); !ok)
        return CliSupport::fail(ok.error());
    SqlExecutor plainSql(plain);
    QList<double> searchMs;
    QList<double> ilikeMs;
    int found = 0;
    for (int round = 0; round < 2; ++round) { // the first round warms the caches
        for (const QString& q : kQueries) {
            ProductQuery query;
            query.text = q;
            query.sort = ProductSort::Relevance;
            QElapsedTimer timer;
            timer.start();
            auto page = catalog
                            .products(query, std::nullopt, ProductTableModel::kPageSize,
                                      ProductSearchSql::Direction::Forward)
                            .result();
            const double searchTime = ms(timer);
            if (!page)
                return CliSupport::fail(page.error());
            timer.restart();
            auto scan =
                plainSql.query(u"SELECT id, name FROM hexastore.products WHERE name ILIKE ? "
                               "ORDER BY created_at DESC, id DESC LIMIT 100"_s,
                               {QString(u'%' + q + u'%')});
            const double scanTime = ms(timer);
            if (!scan)
                return CliSupport::fail(scan.error());
            if (round == 1) {
                searchMs << searchTime;
                ilikeMs << scanTime;
                found += page->rows.isEmpty() ? 0 : 1;
            }
        }
    }
    const BenchmarkStats search(searchMs);
    const BenchmarkStats ilike(ilikeMs);

    // Cold against cold: QSqlTableModel's figure is a single first load.
    const double firstSpeedup = table.value(u"first_ms"_s) / model.value(u"cold_first_ms"_s);
    const double memoryRatio = table.value(u"peak_mb"_s) / model.value(u"peak_mb"_s);
    // What the model, the worker thread and row-level security add to the query.
    const double floorRatio = model.value(u"cold_first_ms"_s) / floor.value(u"cold_first_ms"_s);
    out << Qt::endl
        << "HexaStore benchmark: catalog (" << products << " products)" << Qt::endl
        << u"  %1 %2 %3"_s.arg(u"measure"_s, -46).arg(u"value"_s, 10).arg(u"reference"_s)
        << Qt::endl
        << row(u"model: first page, cold (ms, aim < 20)"_s, model.value(u"cold_first_ms"_s),
               u"QSqlTableModel %1 ms (%2x)"_s.arg(table.value(u"first_ms"_s), 0, 'f', 1)
                   .arg(firstSpeedup, 0, 'f', 0))
        << Qt::endl
        << row(u"model: first page, warm, median of 5 (ms)"_s, model.value(u"first_ms"_s))
        << Qt::endl
        << row(u"floor: same page, raw query, no RLS, cold (ms)"_s, floor.value(u"cold_first_ms"_s),
               u"model %1x the floor (aim <= 2)"_s.arg(floorRatio, 0, 'f', 2))
        << Qt::endl
        << row(u"floor: warm, median of 5 (ms)"_s, floor.value(u"first_ms"_s)) << Qt::endl
        << row(u"model: jump to the last page (ms)"_s, model.value(u"last_ms"_s),
               u"QSqlTableModel %1 ms"_s.arg(table.value(u"last_ms"_s), 0, 'f', 1))
        << Qt::endl
        << row(u"model: scroll through 10,000 rows (ms)"_s, model.value(u"scroll10k_ms"_s),
               u"QSqlTableModel %1 ms"_s.arg(table.value(u"scroll10k_ms"_s), 0, 'f', 1))
        << Qt::endl
        << row(u"model: peak memory after 10,000 rows (MB)"_s, model.value(u"peak_mb"_s),
               u"QSqlTableModel %1 MB (%2x)"_s.arg(table.value(u"peak_mb"_s), 0, 'f', 1)
                   .arg(memoryRatio, 0, 'f', 1))
        << Qt::endl
        << row(u"search, 20 queries with typos: median (ms)"_s, search.median(),
               u"ILIKE scan %1 ms"_s.arg(ilike.median(), 0, 'f', 1))
        << Qt::endl
        << row(u"search: p95 (ms, aim < 30)"_s, search.p95(),
               u"ILIKE scan %1 ms"_s.arg(ilike.p95(), 0, 'f', 1))
        << Qt::endl
        << row(u"queries that found something (of 20)"_s, found) << Qt::endl
        << u"RESULT catalog products=%1 model_cold_first_ms=%10 model_first_ms=%2 model_last_ms=%3 "
           u"model_scroll10k_ms=%4 "
           u"model_peak_mb=%5 "
           "table_first_ms=%6 table_last_ms=%7 table_peak_mb=%8 first_speedup=%9 "_s.arg(products)
               .arg(model.value(u"first_ms"_s), 0, 'f', 1)
               .arg(model.value(u"last_ms"_s), 0, 'f', 1)
               .arg(model.value(u"scroll10k_ms"_s), 0, 'f', 1)
               .arg(model.value(u"peak_mb"_s), 0, 'f', 1)
               .arg(table.value(u"first_ms"_s), 0, 'f', 1)
               .arg(table.value(u"last_ms"_s), 0, 'f', 1)
               .arg(table.value(u"peak_mb"_s), 0, 'f', 1)
               .arg(firstSpeedup, 0, 'f', 1)
               .arg(model.value(u"cold_first_ms"_s), 0, 'f', 1)
        << u"floor_first_ms=%1 floor_ratio=%2 "_s.arg(floor.value(u"cold_first_ms"_s), 0, 'f', 1)
               .arg(floorRatio, 0, 'f', 2)
        << u"memory_ratio=%1 search_p50_ms=%2 search_p95_ms=%3 ilike_p50_ms=%4 ilike_p95_ms=%5 found=%6"_s
               .arg(memoryRatio, 0, 'f', 1)
               .arg(search.median(), 0, 'f', 1)
               .arg(search.p95(), 0, 'f', 1)
               .arg(ilike.median(), 0, 'f', 1)
               .arg(ilike.p95(), 0, 'f', 1)
               .arg(found)
        << Qt::endl;
    return 0;
}
