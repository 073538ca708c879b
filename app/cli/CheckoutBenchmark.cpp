#include "CheckoutBenchmark.h"

#include "BenchmarkDatabase.h"
#include "BenchmarkStats.h"
#include "BenchShop.h"
#include "CliSupport.h"
#include "db/DbWorker.h"
#include "db/PgInstallation.h"
#include "services/auth/AuthService.h"
#include "services/orders/AddressService.h"
#include "services/orders/CartService.h"
#include "services/orders/OrderService.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString kDatabase = u"hexastore_bench_checkout"_s;
using BenchShop::kPassword;

struct Figures {
    int checkouts = 0;
    int failures = 0;
    double seconds = 0;
    QList<double> latencyMs;
    double throughput() const { return seconds > 0 ? checkouts / seconds : 0; }
    void add(const Figures& more)
    {
        checkouts += more.checkouts;
        failures += more.failures;
        seconds += more.seconds;
        latencyMs.append(more.latencyMs);
    }
};

// The bench shop, and the table pgbench's script reads its clients from.
Result<QList<qint64>> prepare(SqlExecutor& sql, int products, int buyers)
{
    auto variants = BenchShop::create(sql, products, buyers);
    if (!variants)
        return variants;
    if (auto done = sql.script(uR"(
            CREATE SCHEMA hexastore_bench;
            CREATE TABLE hexastore_bench.clients (client int PRIMARY KEY, token text NOT NULL,
                                                  address bigint NOT NULL);
            GRANT USAGE ON SCHEMA hexastore_bench TO hexastore_client;
            GRANT SELECT ON hexastore_bench.clients TO hexastore_client;
        )"_s);
        !done)
        return std::unexpected(done.error());
    return variants;
}

// The service layer as the desktop clients use it: each client has its own
// connection on its own worker thread; a driver thread per client waits for
// each call, as a buyer clicking "Add to cart" and then "Place order" would.
Result<Figures> runServices(const ConnectionSettings& settings, const QList<qint64>& variants,
                            int clients, int seconds)
{
    struct Client {
        explicit Client(const ConnectionSettings& s)
            : worker(s)
            , auth(worker)
            , cart(worker)
            , orders(worker)
            , addresses(worker)
        {}
        DbWorker worker;
        AuthService auth;
        CartService cart;
        OrderService orders;
        AddressService addresses;
        qint64 address = 0;
        QList<double> latencyMs;
        int failures = 0;
    };
    std::vector<std::unique_ptr<Client>> all;
    for (int i = 0; i < clients; ++i) {
        auto c = std::make_unique<Client>(settings);
        auto future = c->auth.login(BenchShop::buyerEmail(i), kPassword, u"bench"_s);
        future.waitForFinished();
        if (!future.result())
            return std::unexpected(future.result().error());
        all.push_back(std::move(c));
    }
    std::atomic<bool> go = false;
    std::vector<std::unique_ptr<QThread>> drivers;
    QDeadlineTimer end;
    for (int i = 0; i < clients; ++i) {
        Client* c = all[size_t(i)].get();
        drivers.emplace_back(QThread::create([c, &variants, &go, &end, i] {
            while (!go)
                QThread::yieldCurrentThread();
            QRandomGenerator random(quint32(1000 + i));
            while (!end.hasExpired()) {
                QElapsedTimer timer;
                timer.start();
                const qint64 variant = variants.at(random.bounded(int(variants.size())));
                auto added = c->cart.add(variant, 1);
                added.waitForFinished();
                auto placed = c->orders.placeOrder(c->address, QString());
                placed.waitForFinished();
                if (added.result() && placed.result())
                    c->latencyMs.append(double(timer.nsecsElapsed()) / 1e6);
                else
                    ++c->failures;
            }
        }));
    }
    // Each client's (default, first) address, read through its own session.
    for (auto& c : all) {
        auto addresses = c->addresses.addresses();
        addresses.waitForFinished();
        if (!addresses.result())
            return std::unexpected(addresses.result().error());
        if (addresses.result()->isEmpty())
            return std::unexpected(
                ServiceError(ServiceError::Code::Internal, u"a benchmark buyer has no address"_s));
        c->address = addresses.result()->first().id;
    }
    for (auto& d : drivers)
        d->start();
    QElapsedTimer wall;
    wall.start();
    end = QDeadlineTimer(std::chrono::seconds(seconds));
    go = true;
    for (auto& d : drivers)
        d->wait();
    Figures f;
    f.seconds = double(wall.nsecsElapsed()) / 1e9;
    for (auto& c : all) {
        f.latencyMs.append(c->latencyMs);
        f.checkouts += int(c->latencyMs.size());
        f.failures += c->failures;
    }
    return f;
}

// pgbench's clients log in as buyers of their own; the script finds its
// client's token and address by pgbench's client id.
Result<QString> writePgbenchScript(SqlExecutor& opSql, const QList<qint64>& variants, int clients,
                                   int firstBuyer, const QString& workDir)
{
    for (int i = 0; i < clients; ++i) {
        auto row =
            opSql.queryOne(u"INSERT INTO hexastore_bench.clients (client, token, address) "
                           "SELECT ?, (hexastore.login(?, ?, 'pgbench')).access_token, a.id "
                           "FROM hexastore.addresses a JOIN hexastore.users u ON u.id = a.buyer_id "
                           "WHERE u.email = ? RETURNING token IS NOT NULL"_s,
                           {i, BenchShop::buyerEmail(firstBuyer + i), kPassword,
                            BenchShop::buyerEmail(firstBuyer + i)});
        if (!row)
            return std::unexpected(row.error());
    }
    QFile script(workDir + u"/checkout.sql"_s);
    if (!script.open(QIODevice::WriteOnly))
        return std::unexpected(
            ServiceError(ServiceError::Code::Internal, u"cannot write the pgbench script"_s));
    script.write(
        // Each call is one simple query: the identity set for its implicit
        // transaction only, as the app sets it (one round trip per call).
        QStringLiteral("\\set v random(%1, %2)\n"
                       "SELECT set_config('hexastore.access_token', token, true) "
                       "FROM hexastore_bench.clients WHERE client = :client_id "
                       "\\; SELECT hexastore.cart_add(:v, 1);\n"
                       "SELECT set_config('hexastore.access_token', token, true) "
                       "FROM hexastore_bench.clients WHERE client = :client_id "
                       "\\; SELECT hexastore.place_order(address, '', 'cash_on_delivery') "
                       "FROM hexastore_bench.clients WHERE client = :client_id;\n")
            .arg(variants.first())
            .arg(variants.last())
            .toUtf8());
    return script.fileName();
}

// pgbench with the same two calls per transaction, as the same kind of user.
Result<Figures> runPgbench(const ConnectionSettings& settings, const QString& script, int clients,
                           int seconds, const QString& workDir)
{
    for (const QString& old : QDir(workDir).entryList({u"pgbench_log*"_s}, QDir::Files))
        QFile::remove(workDir + u'/' + old);
    auto pgbench = PgInstallation::program(u"pgbench"_s);
    if (!pgbench)
        return std::unexpected(pgbench.error());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!settings.password.isEmpty())
        env.insert(u"PGPASSWORD"_s, settings.password);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workDir);
    process.start(*pgbench,
                  {u"-n"_s, u"-c"_s, QString::number(clients), u"-j"_s, QString::number(clients),
                   u"-T"_s, QString::number(seconds), u"-f"_s, script, u"-l"_s, u"--log-prefix"_s,
                   workDir + u"/pgbench_log"_s, u"-h"_s, settings.host, u"-p"_s,
                   QString::number(settings.port), u"-U"_s, settings.user, settings.database});
    if (!process.waitForFinished((seconds + 120) * 1000) || process.exitCode() != 0)
        return std::unexpected(
            ServiceError(ServiceError::Code::Internal,
                         u"pgbench failed: "_s + QString::fromLocal8Bit(process.readAll())));
    const QString output = QString::fromLocal8Bit(process.readAll());
    static const QRegularExpression tps(u"tps = ([0-9.]+) \\(without initial connection time\\)"_s);
    static const QRegularExpression processed(
        u"number of transactions actually processed: (\\d+)"_s);
    static const QRegularExpression failed(u"number of failed transactions: (\\d+)"_s);
    const auto tpsMatch = tps.match(output);
    if (!tpsMatch.hasMatch())
        return std::unexpected(
            ServiceError(ServiceError::Code::Internal, u"unexpected pgbench output: "_s + output));
    Figures f;
    f.checkouts = processed.match(output).captured(1).toInt();
    f.failures = failed.match(output).captured(1).toInt();
    f.seconds = f.checkouts / tpsMatch.captured(1).toDouble();
    // Per-transaction log lines: client, transaction, latency (µs), ...
    const QStringList logs = QDir(workDir).entryList({u"pgbench_log*"_s}, QDir::Files, QDir::Name);
    for (const QString& name : logs) {
        QFile log(workDir + u'/' + name);
        if (!log.open(QIODevice::ReadOnly))
            continue;
        while (!log.atEnd()) {
            const QList<QByteArray> fields = log.readLine().split(' ');
            if (fields.size() >= 3)
                f.latencyMs.append(fields.at(2).toDouble() / 1000.0);
        }
    }
    return f;
}

QString row(const QString& label, const Figures& f)
{
    const BenchmarkStats stats(f.latencyMs);
    return u"  %1 %2 %3 %4 %5 %6"_s.arg(label, -34)
        .arg(f.throughput(), 12, 'f', 1)
        .arg(stats.median(), 10, 'f', 2)
        .arg(stats.p95(), 10, 'f', 2)
        .arg(f.checkouts, 9)
        .arg(f.failures, 8);
}

} // namespace

int CheckoutBenchmark::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Checkout throughput through the service layer, next to pgbench running the same SQL."_s);
    parser.addHelpOption();
    parser.addOption({u"url"_s,
                      u"Operator URL of a server to use (its maintenance database); "
                      u"default: a throwaway local server"_s,
                      u"url"_s});
    parser.addOption({u"clients"_s, u"Concurrent clients (default 8)"_s, u"n"_s, u"8"_s});
    parser.addOption(
        {u"seconds"_s, u"Seconds per measurement; two of each (default 10)"_s, u"s"_s, u"10"_s});
    parser.addOption({u"products"_s, u"Products in the hot set (default 20)"_s, u"n"_s, u"20"_s});
    parser.process(arguments);
    const int clients = std::clamp(parser.value(u"clients"_s).toInt(), 1, 64);
    const int seconds = std::clamp(parser.value(u"seconds"_s).toInt(), 1, 3600);
    const int products = std::clamp(parser.value(u"products"_s).toInt(), 1, 100000);
    auto& out = CliSupport::out();

    QTemporaryDir tempDir(u"/tmp/hexastore-bench-XXXXXX"_s);
    auto db = BenchmarkDatabase::open(parser.value(u"url"_s), tempDir.path(), kDatabase,
                                      BenchmarkDatabase::Lifetime::Throwaway);
    if (!db)
        return CliSupport::fail(db.error());
    out << "Preparing " << products << " hot products and " << 2 * clients << " buyers" << Qt::endl;
    auto variants = prepare((*db)->sql(), products, 2 * clients);
    if (!variants)
        return CliSupport::fail(variants.error());
    const ConnectionSettings client = (*db)->clientSettings();

    QTemporaryDir work(u"/tmp/hexastore-pgbench-XXXXXX"_s);
    auto script = writePgbenchScript((*db)->sql(), *variants, clients, clients, work.path());
    if (!script)
        return CliSupport::fail(script.error());

    // Two rounds in alternating order, so that neither path is favoured by
    // going first (a warm cache) or second (a smaller orders table).
    Figures services;
    Figures reference;
    for (int round = 0; round < 2; ++round) {
        for (int step = 0; step < 2; ++step) {
            if ((round + step) % 2 == 0) {
                out << "Round " << round + 1 << ": service layer, " << clients << " clients, "
                    << seconds << " s" << Qt::endl;
                auto measured = runServices(client, *variants, clients, seconds);
                if (!measured)
                    return CliSupport::fail(measured.error());
                services.add(*measured);
            } else {
                out << "Round " << round + 1 << ": pgbench, " << clients << " clients, " << seconds
                    << " s" << Qt::endl;
                auto measured = runPgbench(client, *script, clients, seconds, work.path());
                if (!measured)
                    return CliSupport::fail(measured.error());
                reference.add(*measured);
            }
        }
    }

    const double ratio = services.throughput() / std::max(reference.throughput(), 1e-9);
    out << Qt::endl
        << "HexaStore benchmark: checkout (" << clients << " clients, " << products
        << " hot products, cart_add + place_order per checkout)" << Qt::endl
        << u"  %1 %2 %3 %4 %5 %6"_s.arg(u"path"_s, -34)
               .arg(u"checkouts/s"_s, 12)
               .arg(u"median ms"_s, 10)
               .arg(u"p95 ms"_s, 10)
               .arg(u"checkouts"_s, 9)
               .arg(u"failed"_s, 8)
        << Qt::endl
        << row(u"service layer (DbWorker per client)"_s, services) << Qt::endl
        << row(u"pgbench, same SQL (reference)"_s, reference) << Qt::endl
        << Qt::endl
        << u"RESULT checkout services_tps=%1 pgbench_tps=%2 ratio=%3 services_p95_ms=%4 "
           "pgbench_p95_ms=%5 aim_ratio>=0.70"_s.arg(services.throughput(), 0, 'f', 1)
               .arg(reference.throughput(), 0, 'f', 1)
               .arg(ratio, 0, 'f', 2)
               .arg(BenchmarkStats(services.latencyMs).p95(), 0, 'f', 2)
               .arg(BenchmarkStats(reference.latencyMs).p95(), 0, 'f', 2)
        << Qt::endl;
    return 0;
}
