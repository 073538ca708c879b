#include "ScaleBenchmark.h"

#include "BenchmarkDatabase.h"
#include "BenchmarkStats.h"
#include "BenchShop.h"
#include "CliSupport.h"
#include "db/AuthResult.h"
#include "db/LocalCluster.h"
#include "db/SqlSession.h"
#include "services/catalog/ProductSearchSql.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlRecord>
#include <QUuid>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kThreads = 32; // simulated clients are spread over these
const QStringList kWords{u"lamp"_s, u"kettle"_s, u"chair"_s, u"lamb"_s, u"ketle"_s, u"desk"_s};

struct Figures {
    std::atomic<qint64> actions{0};
    std::atomic<qint64> errors{0};
    std::atomic<qint64> failedClients{0};
    std::atomic<qint64> reads{0};
    std::atomic<qint64> standbyReads{0};
    std::atomic<qint64> leaks{0};
    QMutex mutex;
    QList<double> latencyMs;
    QMap<QString, int> errorStates; // SQLSTATE -> count, for the report
    double seconds = 0;
};

struct Client {
    std::unique_ptr<SqlSession> session;
    qint64 userId = 0;
    qint64 address = 0;
    bool cartFilled = false;
};

bool login(Client& c, int index)
{
    auto row = c.session->transact([index](SqlExecutor& sql) {
        return sql.queryOne(u"SELECT * FROM hexastore.login(?, ?, 'scale')"_s,
                            {BenchShop::buyerEmail(index), BenchShop::kPassword});
    });
    if (!row)
        return false;
    auto tokens = AuthResult::toTokens(*row);
    if (!tokens || !c.session->startSession(*tokens))
        return false;
    c.userId = tokens->userId;
    auto address = c.session->read([](SqlReader& sql) {
        return sql.queryOne(u"SELECT id FROM hexastore.addresses LIMIT 1"_s);
    });
    if (!address)
        return false;
    c.address = address->value(0).toLongLong();
    return true;
}

// One thing a buyer does, chosen at random in a realistic mix.
VoidResult act(Client& c, const QList<qint64>& variants, QRandomGenerator& random, Figures& f)
{
    const auto done = [](const auto& result) -> VoidResult {
        if (!result)
            return std::unexpected(result.error());
        return {};
    };
    const int dice = int(random.bounded(100));
    const auto readDone = [&](const auto& result) {
        ++f.reads;
        if (result && c.session->lastReadOnReadServer())
            ++f.standbyReads;
        return done(result);
    };
    if (dice < 60) { // browse or search a page of the catalog
        ProductQuery query;
        if (dice >= 40)
            query.text = kWords.at(int(random.bounded(qsizetype(kWords.size()))));
        const auto statement =
            ProductSearchSql::page(query, std::nullopt, 25, ProductSearchSql::Direction::Forward,
                                   ProductSearchSql::Scope::Catalog);
        return readDone(c.session->read(
            [&](SqlReader& sql) { return sql.query(statement.sql, statement.params); }));
    }
    if (dice < 70) { // who am I: a leak would show here
        auto me = c.session->read(
            [](SqlReader& sql) { return sql.queryOne(u"SELECT hexastore.current_user_id()"_s); });
        if (me && me->value(0).toLongLong() != c.userId)
            ++f.leaks;
        return readDone(me);
    }
    const qint64 variant = variants.at(int(random.bounded(qsizetype(variants.size()))));
    if (dice < 95 || !c.cartFilled) { // only a buyer with something in the cart checks out
        auto added = c.session->transact([variant](SqlExecutor& sql) {
            return sql.queryOne(u"SELECT hexastore.cart_add(?, 1)"_s, {variant});
        });
        c.cartFilled = c.cartFilled || added.has_value();
        return done(added);
    }
    const QString request = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto placed = c.session->autocommit([&](SqlExecutor& sql) {
        return sql.queryOne(u"SELECT hexastore.place_order(?, '', 'cash_on_delivery', ?::uuid)"_s,
                            {c.address, request});
    });
    c.cartFilled = c.cartFilled && !placed;
    return done(placed);
}

void runRound(const ConnectionSettings& primary, const std::optional<ConnectionSettings>& reads,
              const QList<qint64>& variants, int clients, int seconds, Figures& f)
{
    std::vector<std::thread> threads;
    const int threadCount = std::min(clients, kThreads);
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    QDeadlineTimer end;
    QElapsedTimer clock;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            std::vector<Client> mine;
            for (int i = t; i < clients; i += threadCount) {
                Client c;
                c.session = std::make_unique<SqlSession>(primary, reads);
                if (login(c, i))
                    mine.push_back(std::move(c));
                else
                    ++f.failedClients;
            }
            ++ready;
            while (!go)
                std::this_thread::yield();
            QRandomGenerator random(quint32(t * 7919 + 1));
            QList<double> latencies;
            while (!mine.empty() && !end.hasExpired()) {
                for (Client& c : mine) {
                    QElapsedTimer timer;
                    timer.start();
                    const VoidResult ok = act(c, variants, random, f);
                    latencies.append(double(timer.nsecsElapsed()) / 1e6);
                    ++f.actions;
                    if (!ok) {
                        ++f.errors;
                        QMutexLocker lock(&f.mutex);
                        ++f.errorStates[ok.error().sqlState()];
                    }
                    if (end.hasExpired())
                        break;
                }
            }
            QMutexLocker lock(&f.mutex);
            f.latencyMs.append(latencies);
        });
    }
    while (ready < threadCount)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    end = QDeadlineTimer(std::chrono::seconds(seconds));
    clock.start();
    go = true;
    for (std::thread& thread : threads)
        thread.join();
    f.seconds = double(clock.elapsed()) / 1000.0;
}

} // namespace

int ScaleBenchmark::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Simulated desktop clients directly against the primary "
                                        "and through PgBouncer with catalog reads on a standby."));
    parser.addHelpOption();
    parser.addOption(
        {u"clients"_s, tr("The most clients (also measured: 100, 500)."), u"n"_s, u"2000"_s});
    parser.addOption({u"seconds"_s, tr("Seconds per measurement."), u"s"_s, u"10"_s});
    parser.addOption({u"dir"_s, tr("Directory of the throwaway cluster."), u"dir"_s,
                      u"/tmp/hexastore-bench-cluster"_s});
    parser.process(arguments);
    const int most = parser.value(u"clients"_s).toInt();
    const int seconds = parser.value(u"seconds"_s).toInt();
    if (most < 1 || seconds < 1)
        return CliSupport::usage(parser.helpText());
    auto& out = CliSupport::out();

    LocalCluster cluster(parser.value(u"dir"_s), LocalCluster::Options{false});
    (void)cluster.remove();
    out << "A throwaway cluster in " << cluster.directory() << Qt::endl;
    if (auto ok = cluster.init(); !ok)
        return CliSupport::fail(ok.error());
    if (auto ok = cluster.start(); !ok)
        return CliSupport::fail(ok.error());
    auto removeCluster = qScopeGuard([&] { (void)cluster.remove(); });

    auto db =
        BenchmarkDatabase::open(cluster.primary().superuserSettings().toUrl(), {},
                                u"hexastore_bench_scale"_s, BenchmarkDatabase::Lifetime::Throwaway);
    if (!db)
        return CliSupport::fail(db.error());
    out << "Preparing " << most << " buyers..." << Qt::endl;
    auto variants = BenchShop::create((*db)->sql(), 2000, most);
    if (!variants)
        return CliSupport::fail(variants.error());
    const QString name = (*db)->operatorSettings().database;
    const ConnectionSettings direct = cluster.primary().clientSettings(name);
    const ConnectionSettings pooled = cluster.clientSettings(name);
    const ConnectionSettings standby = cluster.readSettings(name);

    QList<int> sizes;
    for (int n : {100, 500})
        if (n < most)
            sizes << n;
    sizes << most;
    out << "\nHexaStore benchmark: scale (" << seconds << " s per line, " << kThreads
        << " driver threads)\n"
        << u"  %1 %2 %3 %4 %5 %6 %7 %8"_s.arg(u"path"_s, -22)
               .arg(u"clients"_s, 8)
               .arg(u"failed"_s, 7)
               .arg(u"actions/s"_s, 10)
               .arg(u"median ms"_s, 10)
               .arg(u"p95 ms"_s, 9)
               .arg(u"errors"_s, 7)
               .arg(u"standby"_s, 8)
        << Qt::endl;
    QStringList result;
    qint64 totalLeaks = 0;
    for (int n : sizes) {
        for (const bool throughPooler : {false, true}) {
            Figures f;
            runRound(throughPooler ? pooled : direct,
                     throughPooler ? std::optional(standby) : std::nullopt, *variants, n, seconds,
                     f);
            const BenchmarkStats stats(f.latencyMs);
            const double share =
                f.reads > 0 ? 100.0 * double(f.standbyReads) / double(f.reads) : 0.0;
            const qint64 errors = f.errors + f.failedClients;
            totalLeaks += f.leaks;
            if (!f.errorStates.isEmpty()) {
                QStringList states;
                for (auto it = f.errorStates.cbegin(); it != f.errorStates.cend(); ++it)
                    states << u"%1 x%2"_s.arg(it.key()).arg(it.value());
                CliSupport::err() << "  (errors by SQLSTATE: " << states.join(u", "_s) << ")"
                                  << Qt::endl;
            }
            out << u"  %1 %2 %3 %4 %5 %6 %7 %8"_s
                       .arg(throughPooler ? u"PgBouncer + standby"_s : u"direct to the primary"_s,
                            -22)
                       .arg(n, 8)
                       .arg(f.failedClients.load(), 7)
                       .arg(f.seconds > 0 ? double(f.actions) / f.seconds : 0.0, 10, 'f', 0)
                       .arg(stats.median(), 10, 'f', 1)
                       .arg(stats.p95(), 9, 'f', 1)
                       .arg(errors, 7)
                       .arg(u"%1%"_s.arg(share, 0, 'f', 0), 8)
                << Qt::endl;
            const QString key = (throughPooler ? u"pooled"_s : u"direct"_s) + QString::number(n);
            result << u"%1_tps=%2 %1_p50_ms=%3 %1_p95_ms=%4 %1_errors=%5"_s.arg(key)
                          .arg(f.seconds > 0 ? double(f.actions) / f.seconds : 0.0, 0, 'f', 0)
                          .arg(stats.median(), 0, 'f', 1)
                          .arg(stats.p95(), 0, 'f', 1)
                          .arg(errors);
            if (throughPooler)
                result << u"%1_standby_share=%2"_s.arg(key).arg(share, 0, 'f', 0);
        }
    }
    out << "\nRESULT scale clients=" << most << ' ' << result.join(u' ') << " leaks=" << totalLeaks
        << Qt::endl;
    return totalLeaks == 0 ? 0 : 1;
}
