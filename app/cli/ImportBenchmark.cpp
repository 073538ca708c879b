#include "ImportBenchmark.h"

#include "BenchmarkDatabase.h"
#include "CliSupport.h"
#include "db/SqlSession.h"
#include "services/catalog/ListingImportService.h"
#include "services/demo/CatalogSeeder.h"
#include "services/demo/DemoSeeder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kExistingProducts = 20'000;

// Rows for the demo seller: every existing variant of theirs with a new
// price and stock (up to a fifth of the file), the rest new products of four
// variants each.
Result<QByteArray> makeCsv(SqlExecutor& sql, const QString& sellerEmail, qint64 rows)
{
    QByteArray csv =
        "product_id,product,category,brand,product_active,sku,options,price,stock,variant_active\n";
    auto existing = sql.query(
        u"SELECT p.id, p.name, c.name, coalesce(b.name, ''), v.sku, v.options::text "
        "FROM hexastore.products p JOIN hexastore.product_variants v ON v.product_id = p.id "
        "JOIN hexastore.categories c ON c.id = p.category_id "
        "LEFT JOIN hexastore.brands b ON b.id = p.brand_id "
        "JOIN hexastore.users u ON u.id = p.seller_id "
        "WHERE u.email = ? AND p.archived_at IS NULL "
        "  AND (SELECT count(*) FROM hexastore.categories x WHERE lower(x.name) = lower(c.name)) = "
        "1 "
        "ORDER BY v.id LIMIT ?"_s,
        {sellerEmail, rows / 5});
    if (!existing)
        return std::unexpected(existing.error());
    const auto quoted = [](QString text) -> QString {
        return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    };
    qint64 written = 0;
    for (const QSqlRecord& r : *existing) {
        csv += u"%1,%2,%3,%4,true,%5,%6,%7.99,%8,true\n"_s
                   .arg(r.value(0).toString(), quoted(r.value(1).toString()),
                        quoted(r.value(2).toString()), quoted(r.value(3).toString()),
                        r.value(4).toString(), quoted(r.value(5).toString()))
                   .arg(10 + written % 90)
                   .arg(written % 50)
                   .toUtf8();
        ++written;
    }
    auto category =
        sql.queryOne(u"SELECT name FROM hexastore.categories c WHERE NOT EXISTS "
                     "(SELECT FROM hexastore.categories x WHERE x.parent_id = c.id) "
                     "AND (SELECT count(*) FROM hexastore.categories x "
                     "     WHERE lower(x.name) = lower(c.name)) = 1 ORDER BY id LIMIT 1"_s);
    if (!category)
        return std::unexpected(category.error());
    const QString leaf = category->value(0).toString();
    static const char* sizes[] = {"S", "M", "L", "XL"};
    for (qint64 i = 0; written < rows; ++i) {
        for (int v = 0; v < 4 && written < rows; ++v, ++written)
            csv +=
                u",Imported item %1,%2,,true,IMPORT-%1-%3,\"{\"\"size\"\": \"\"%3\"\"}\",%4.50,%5,true\n"_s
                    .arg(i)
                    .arg(leaf)
                    .arg(QLatin1StringView(sizes[v]))
                    .arg(5 + i % 200)
                    .arg(i % 30)
                    .toUtf8();
    }
    return csv;
}

// COPY FROM STDIN of the file into a plain table of the same columns.
Result<qint64> copyPlain(DatabaseConnection& connection, SqlExecutor& sql, const QByteArray& csv)
{
    if (auto made = sql.script(
            u"DROP TABLE IF EXISTS bench_import_copy; CREATE TABLE bench_import_copy ("
            "product_id bigint, product text, category text, brand text, product_active boolean, "
            "sku text, options jsonb, price numeric(12,2), stock integer, variant_active boolean)"_s);
        !made)
        return std::unexpected(made.error());
    pg_conn* conn = connection.handle();
    PGresult* started = PQexec(conn, "COPY bench_import_copy FROM STDIN (FORMAT csv, HEADER true)");
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return std::unexpected(
            ServiceError(ServiceError::Code::Internal, QString::fromUtf8(PQerrorMessage(conn))));
    for (qsizetype at = 0; at < csv.size(); at += 1 << 20) {
        const QByteArray chunk = csv.mid(at, 1 << 20);
        if (PQputCopyData(conn, chunk.constData(), int(chunk.size())) != 1)
            break;
    }
    PQputCopyEnd(conn, nullptr);
    PGresult* done = PQgetResult(conn);
    const bool ok = PQresultStatus(done) == PGRES_COMMAND_OK;
    const qint64 copied = QByteArray(PQcmdTuples(done)).toLongLong();
    PQclear(done);
    while (PGresult* rest = PQgetResult(conn))
        PQclear(rest);
    if (!ok)
        return std::unexpected(
            ServiceError(ServiceError::Code::Internal, QString::fromUtf8(PQerrorMessage(conn))));
    return copied;
}

} // namespace

int ImportBenchmark::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A seller's CSV import (checked, previewed, applied) vs a plain COPY of the same rows."_s);
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Rows in the file (default 100000)"_s, u"n"_s, u"100000"_s});
    BenchmarkDatabase::addOptions(parser);
    parser.process(arguments);
    bool rowsOk = false;
    const qint64 rows = parser.value(u"rows"_s).toLongLong(&rowsOk);
    if (!rowsOk || rows < 100 || rows > 5'000'000)
        return CliSupport::usage(u"--rows must be a whole number from 100 to 5000000."_s);
    auto& out = CliSupport::out();

    auto db = BenchmarkDatabase::open(parser.value(u"url"_s), parser.value(u"dir"_s),
                                      u"hexastore_bench_import"_s,
                                      BenchmarkDatabase::Lifetime::Throwaway);
    if (!db)
        return CliSupport::fail(db.error());
    SqlExecutor& sql = (*db)->sql();
    if (auto ok = DemoSeeder(sql).seed(); !ok)
        return CliSupport::fail(ok.error());
    out << u"Seeding %1 products …"_s.arg(kExistingProducts) << Qt::endl;
    if (auto ok = CatalogSeeder(sql).seed(kExistingProducts, 1); !ok)
        return CliSupport::fail(ok.error());
    if (auto ok = sql.execute(u"ANALYZE"_s); !ok)
        return CliSupport::fail(ok.error());

    DemoSeeder::Account seller;
    for (const DemoSeeder::Account& account : DemoSeeder::accounts())
        if (account.role == Role::Seller && seller.email.isEmpty())
            seller = account;
    auto csv = makeCsv(sql, seller.email, rows);
    if (!csv)
        return CliSupport::fail(csv.error());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"import.csv"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size())
            return CliSupport::fail(
                ServiceError(ServiceError::Code::Internal, u"cannot write %1"_s.arg(path)));
    }
    out << u"File: %1 rows, %2 MB"_s.arg(rows).arg(double(csv->size()) / (1 << 20), 0, 'f', 1)
        << Qt::endl;

    SqlSession session((*db)->clientSettings());
    if (auto in =
            CliSupport::signIn(session, seller.email, seller.password, u"bench"_s, Role::Seller);
        !in)
        return CliSupport::fail(in.error());

    QElapsedTimer timer;
    timer.start();
    auto preview = session.transact([&](SqlExecutor& asSeller) {
        return ListingImportService::previewFile(asSeller, path, {});
    });
    const double previewS = double(timer.nsecsElapsed()) / 1e9;
    if (!preview)
        return CliSupport::fail(preview.error());
    if (!preview->canApply()) {
        for (const ImportProblem& p : std::as_const(preview->problems)
                                          .first(std::min<qsizetype>(5, preview->problems.size())))
            out << u"line %1 [%2] %3"_s.arg(p.line).arg(p.column, p.reason) << Qt::endl;
        return CliSupport::fail(
            ServiceError(ServiceError::Code::Internal,
                         u"the benchmark's file has %1 bad rows"_s.arg(preview->problemCount)));
    }
    timer.restart();
    auto applied = session.transact([&](SqlExecutor& asSeller) {
        return ListingImportService::applyPreview(asSeller, *preview, {});
    });
    const double applyS = double(timer.nsecsElapsed()) / 1e9;
    if (!applied)
        return CliSupport::fail(applied.error());
    if (!applied->applied)
        return CliSupport::fail(ServiceError(ServiceError::Code::Internal, u"not applied"_s));

    timer.restart();
    DatabaseConnection plain((*db)->operatorSettings());
    if (auto opened = plain.open(); !opened)
        return CliSupport::fail(opened.error());
    SqlExecutor plainSql(plain);
    auto copied = copyPlain(plain, plainSql, *csv);
    const double copyS = double(timer.nsecsElapsed()) / 1e9;
    if (!copied)
        return CliSupport::fail(copied.error());

    out << u"Preview (read, check, resolve): %1 s"_s.arg(previewS, 0, 'f', 2) << Qt::endl
        << u"Apply (one transaction):        %1 s   (%2 products and %3 variants created, %4 "
           "variants changed)"_s.arg(applyS, 0, 'f', 2)
               .arg(applied->productsCreated)
               .arg(applied->variantsCreated)
               .arg(applied->variantsChanged)
        << Qt::endl
        << u"Plain COPY of the same rows:    %1 s   (%2 rows, no checks, no catalog)"_s
               .arg(copyS, 0, 'f', 2)
               .arg(*copied)
        << Qt::endl;
    out << u"RESULT import rows=%1 import_s=%2 preview_s=%3 apply_s=%4 copy_s=%5 ratio=%6"_s
               .arg(rows)
               .arg(previewS + applyS, 0, 'f', 2)
               .arg(previewS, 0, 'f', 2)
               .arg(applyS, 0, 'f', 2)
               .arg(copyS, 0, 'f', 3)
               .arg((previewS + applyS) / copyS, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
