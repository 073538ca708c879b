// Bulk import for sellers (issue #14): a CSV file in the export's columns is
// previewed (created, changed, left alone; every bad row with its line,
// column and reason) without writing anything, then applied in one
// transaction or not at all; a cancelled import changes nothing. The database
// enforces the rules for a client that skips the app (raw SQL as
// hexastore_client).
#include "db/DatabaseConnection.h"
#include "db/SqlExecutor.h"
#include "services/catalog/ListingCsv.h"
#include "services/common/CsvReader.h"
#include "services/demo/CatalogSeeder.h"
#include "tests/support/ClientSql.h"
#include "tests/support/ServiceClient.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader =
    "product_id,product,category,brand,product_active,sku,options,price,stock,variant_active\n";

bool hasProblem(const ImportPreview& preview, int line, const QString& column,
                const QString& reasonPart)
{
    for (const ImportProblem& p : preview.problems)
        if (p.line == line && p.column == column && p.reason.contains(reasonPart))
            return true;
    return false;
}

QString describe(const ImportPreview& preview)
{
    QStringList lines;
    lines << u"rows %1 created %2/%3 changed %4/%5 unchanged %6 problems %7"_s.arg(preview.rows)
                 .arg(preview.productsCreated)
                 .arg(preview.variantsCreated)
                 .arg(preview.productsChanged)
                 .arg(preview.variantsChanged)
                 .arg(preview.unchanged)
                 .arg(preview.problemCount);
    for (const ImportProblem& p : preview.problems)
        lines << u"  line %1 [%2] %3"_s.arg(p.line).arg(p.column, p.reason);
    return lines.join(u'\n');
}

} // namespace

class TstListingImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void csvAsSpreadsheetsWriteIt();
    void theExportComesBackUnchanged();
    void createsAndChangesBySku();
    void everyBadRowIsNamed();
    void aHeaderThatCannotBeUsedIsRefused();
    void aRowThatNoLongerFitsStopsTheWholeImport();
    void aCancelledImportChangesNothing();
    void theDatabaseEnforcesTheRules();

private:
    QString write(const QByteArray& bytes);
    // Every listing of seller A, as text, to show that nothing changed.
    QString snapshot();
    qint64 scalar(const QString& sql);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServiceClient> m_a;
    std::unique_ptr<ServiceClient> m_b;
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TstListingImport::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"listing_import"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_db->createUser(Role::Seller, u"a@test.example"_s, u"seller a password"_s, u"Alice"_s);
    m_db->createUser(Role::Seller, u"b@test.example"_s, u"seller b password"_s, u"Bob"_s);
    m_db->createUser(Role::Buyer, u"buyer@test.example"_s, u"buyer password"_s, u"Bea"_s);
    QVERIFY(CatalogSeeder(m_db->admin()).seed(200, 4).has_value());
    m_a = std::make_unique<ServiceClient>(m_db->clientSettings(), u"a@test.example"_s,
                                          u"seller a password"_s);
    m_b = std::make_unique<ServiceClient>(m_db->clientSettings(), u"b@test.example"_s,
                                          u"seller b password"_s);
    QVERIFY(m_a->ok && m_b->ok);
}

void TstListingImport::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    m_db.reset();
}

QString TstListingImport::write(const QByteArray& bytes)
{
    const QString path = m_dir.filePath(u"import-%1.csv"_s.arg(++m_files));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

qint64 TstListingImport::scalar(const QString& sql)
{
    auto row = m_db->admin().queryOne(sql);
    return row ? row->value(0).toLongLong() : -1;
}

QString TstListingImport::snapshot()
{
    auto row = m_db->admin().queryOne(
        u"SELECT count(*) || ':' || md5(string_agg(p.id || p.name || p.category_id || "
        "coalesce(p.brand_id, 0) || p.active || p.version || v.sku || v.options::text || "
        "v.price || v.stock || v.active || v.version, ',' ORDER BY v.id)) "
        "FROM hexastore.products p JOIN hexastore.product_variants v ON v.product_id = p.id "
        "JOIN hexastore.users u ON u.id = p.seller_id WHERE u.email = 'a@test.example'"_s);
    return row ? row->value(0).toString() : QString();
}

void TstListingImport::csvAsSpreadsheetsWriteIt()
{
    // A byte-order mark, semicolons, CRLF, a quoted field with a line break
    // and a doubled quote, a blank line, a formula guard.
    const QByteArray bytes = "\xEF\xBB\xBFproduct;sku\r\n\"Mug \"\"XL\"\"\r\nblue\";'=A1\r\n\r\n"
                             "Plate;P-1\r\n";
    auto table = CsvReader::read(bytes);
    QVERIFY(table.has_value());
    QCOMPARE(table->separator, QChar(u';'));
    QCOMPARE(table->records.size(), 3);
    QCOMPARE(table->records.at(0).fields, QStringList({u"product"_s, u"sku"_s}));
    QCOMPARE(table->records.at(1).fields.at(0), u"Mug \"XL\"\r\nblue"_s);
    QCOMPARE(CsvReader::unguarded(table->records.at(1).fields.at(1)), u"=A1"_s);
    QCOMPARE(table->records.at(1).line, 2);
    QCOMPARE(table->records.at(2).line, 5); // the record after the two-line one and a blank line
    // Not UTF-8 (Latin-1 "é" on line 3), and a quote that never closes.
    auto latin = CsvReader::read("product,sku\nA,1\nCaf\xE9,2\n");
    QVERIFY(!latin.has_value());
    QVERIFY2(latin.error().message().contains(u"Line 3 is not UTF-8"_s),
             qPrintable(latin.error().message()));
    auto open = CsvReader::read("product,sku\nA,1\n\"B,2\nC,3\n");
    QVERIFY(!open.has_value());
    QVERIFY(open.error().message().contains(u"Line 3"_s));
}

void TstListingImport::theExportComesBackUnchanged()
{
    const QString path = m_dir.filePath(u"export.csv"_s);
    auto exported = await(m_a->listings.exportCsv(path));
    QVERIFY(exported.has_value());
    QVERIFY(*exported > 10);
    const QString before = snapshot();
    auto preview = await(m_a->listingImport.preview(path));
    QVERIFY2(preview.has_value(), preview ? "" : qPrintable(preview.error().detail()));
    QVERIFY2(preview->problemCount == 0, qPrintable(describe(*preview)));
    QCOMPARE(preview->rows, qint64(*exported));
    QCOMPARE(preview->unchanged, qint64(*exported));
    QCOMPARE(preview->variantsCreated + preview->variantsChanged + preview->productsCreated +
                 preview->productsChanged,
             0);
    auto applied = await(m_a->listingImport.apply(*preview));
    QVERIFY(applied.has_value() && applied->applied);
    QCOMPARE(snapshot(), before); // not even a version was bumped
}

void TstListingImport::createsAndChangesBySku()
{
    auto own = m_db->admin().queryOne(
        u"SELECT p.id, v.sku, p.name, c.name, v.stock FROM hexastore.products p "
        "JOIN hexastore.product_variants v ON v.product_id = p.id "
        "JOIN hexastore.categories c ON c.id = p.category_id "
        "JOIN hexastore.users u ON u.id = p.seller_id "
        "WHERE u.email = 'a@test.example' AND p.brand_id IS NULL ORDER BY v.id LIMIT 1"_s);
    QVERIFY(own.has_value());
    const QString productId = own->value(0).toString();
    const QString sku = own->value(1).toString();
    const QString name = own->value(2).toString();
    const QString category = own->value(3).toString();
    const qint64 productsBefore = scalar(u"SELECT count(*) FROM hexastore.products"_s);

    // As a German spreadsheet saves it: semicolons, decimal commas, a BOM.
    QByteArray csv = "\xEF\xBB\xBFproduct_id;product;category;brand;product_active;sku;options;"
                     "price;stock;variant_active\r\n";
    // The existing variant: a new price and stock (by SKU, without the id).
    csv += (u";%1;%2;;true;%3;;19,90;7;true\r\n"_s.arg(name, category, sku)).toUtf8();
    // A new variant of the same product, by its id.
    csv += (u"%1;%2;%3;;true;IMP-NEW-V;\"{\"\"size\"\": \"\"XL\"\"}\";21,00;2;true\r\n"_s.arg(
                productId, name, category))
               .toUtf8();
    // A new product with two variants, one of them off sale.
    csv += (u";Imported lamp;%1;;true;IMP-LAMP-1;;5;10;true\r\n"_s.arg(category)).toUtf8();
    csv += (u";Imported lamp;%1;;true;IMP-LAMP-2;;5.5;0;no\r\n"_s.arg(category)).toUtf8();
    const QString path = write(csv);

    const QString before = snapshot();
    auto preview = await(m_a->listingImport.preview(path));
    QVERIFY2(preview.has_value(), preview ? "" : qPrintable(preview.error().detail()));
    QVERIFY2(preview->problemCount == 0, qPrintable(describe(*preview)));
    QCOMPARE(preview->rows, 4);
    QCOMPARE(preview->productsCreated, 1);
    QCOMPARE(preview->variantsCreated, 3);
    QCOMPARE(preview->variantsChanged, 1);
    QCOMPARE(preview->unchanged, 0);
    QCOMPARE(snapshot(), before); // a preview writes nothing

    auto applied = await(m_a->listingImport.apply(*preview));
    QVERIFY2(applied.has_value(), applied ? "" : qPrintable(applied.error().detail()));
    QVERIFY(applied->applied);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products"_s), productsBefore + 1);
    QCOMPARE(scalar(u"SELECT stock FROM hexastore.product_variants WHERE sku = '%1'"_s.arg(sku)),
             7);
    QCOMPARE(scalar(u"SELECT (price * 100)::bigint FROM hexastore.product_variants "
                    "WHERE sku = '%1'"_s.arg(sku)),
             1990);
    QCOMPARE(scalar(u"SELECT product_id FROM hexastore.product_variants WHERE sku = 'IMP-NEW-V'"_s),
             productId.toLongLong());
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.product_variants WHERE sku = 'IMP-NEW-V' "
                    "AND options = '{\"size\": \"XL\"}'"_s),
             1);
    QCOMPARE(scalar(u"SELECT count(DISTINCT product_id) FROM hexastore.product_variants "
                    "WHERE sku IN ('IMP-LAMP-1', 'IMP-LAMP-2')"_s),
             1);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.product_variants v JOIN hexastore.products p "
                    "ON p.id = v.product_id WHERE v.sku = 'IMP-LAMP-2' AND NOT v.active "
                    "AND p.name = 'Imported lamp' AND p.min_price = 5"_s),
             1);

    // The same file again: everything is there already.
    auto again = await(m_a->listingImport.preview(path));
    QVERIFY(again.has_value());
    QCOMPARE(again->unchanged, 4);
    QCOMPARE(again->variantsCreated + again->variantsChanged + again->productsCreated, 0);
}

void TstListingImport::everyBadRowIsNamed()
{
    const QString bSku =
        m_db->admin()
            .queryOne(u"SELECT v.sku FROM hexastore.product_variants v JOIN hexastore.products p "
                      "ON p.id = v.product_id JOIN hexastore.users u ON u.id = p.seller_id "
                      "WHERE u.email = 'b@test.example' ORDER BY v.id LIMIT 1"_s)
            ->value(0)
            .toString();
    const qint64 bProduct = scalar(u"SELECT p.id FROM hexastore.products p JOIN hexastore.users u "
                                   "ON u.id = p.seller_id WHERE u.email = 'b@test.example' "
                                   "ORDER BY p.id LIMIT 1"_s);
    const QString category = u"Keyboards"_s;
    QByteArray csv = kHeader;
    const auto row = [&](const QString& text) {
        csv += text.toUtf8() + '\n';
    };
    row(u",Fine,%1,,true,BAD-OK-1,,1.00,1,true"_s.arg(category));                  // 2: fine
    row(u",Too precise,%1,,true,BAD-2,,12.345,1,true"_s.arg(category));            // 3
    row(u",Negative,%1,,true,BAD-3,,1.00,-3,true"_s.arg(category));                // 4
    row(u",Spaced sku,%1,,true,bad sku,,1.00,1,true"_s.arg(category));             // 5
    row(u",Nowhere,No such category,,true,BAD-5,,1.00,1,true"_s);                  // 6
    row(u",Unbranded,%1,No such brand,true,BAD-6,,1.00,1,true"_s.arg(category));   // 7
    row(u",Taken,%1,,true,%2,,1.00,1,true"_s.arg(category, bSku));                 // 8
    row(u",Twice,%1,,true,BAD-OK-1,,1.00,1,true"_s.arg(category));                 // 9
    row(u"%1,Not mine,%2,,true,BAD-9,,1.00,1,true"_s.arg(bProduct).arg(category)); // 10
    row(u",Short row,%1"_s.arg(category));                                         // 11
    row(u",Bad options,%1,,true,BAD-11,{size: M},1.00,1,true"_s.arg(category));    // 12
    row(u",Maybe,%1,,maybe,BAD-12,,1.00,1,true"_s.arg(category));                  // 13
    row(u", Spaces ,%1,,true,BAD-13,,1.00,1,true"_s.arg(category));                // 14
    row(u",Free,%1,,true,BAD-14,,0,1,true"_s.arg(category));                       // 15
    row(u",Thousands,%1,,true,BAD-15,,\"1,234.00\",1,true"_s.arg(category));       // 16
    row(u",Fine,Mice,,true,BAD-16,,1.00,1,true"_s); // 17: other category
    const QString before = snapshot();
    auto preview = await(m_a->listingImport.preview(write(csv)));
    QVERIFY2(preview.has_value(), preview ? "" : qPrintable(preview.error().detail()));
    const QString all = describe(*preview);
    QVERIFY2(hasProblem(*preview, 3, u"price"_s, u"12.345"_s), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 4, u"stock"_s, u"-3"_s), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 5, u"sku"_s, u"bad sku"_s), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 6, u"category"_s, u"No such category"_s), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 7, u"brand"_s, u"No such brand"_s), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 8, u"sku"_s, u"another seller"_s), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 9, u"sku"_s, u"line 2"_s), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 10, u"product_id"_s, QString::number(bProduct)), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 11, QString(), u"3 field(s)"_s), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 12, u"options"_s, u"JSON object"_s), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 13, u"product_active"_s, u"maybe"_s), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 14, u"product"_s, u"spaces"_s), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 15, u"price"_s, u"0.01"_s), qPrintable(all));
    QVERIFY2(hasProblem(*preview, 16, u"price"_s, u"1,234.00"_s), qPrintable(all));
    // "Fine" on line 17 is the same new product as line 2 in another category.
    QVERIFY2(hasProblem(*preview, 17, u"category"_s, u"Line 2"_s), qPrintable(all));
    QCOMPARE(preview->problemCount, 15);
    QVERIFY(!preview->canApply());
    auto refused = await(m_a->listingImport.apply(*preview));
    QVERIFY(!refused.has_value());
    QCOMPARE(snapshot(), before);
}

void TstListingImport::aHeaderThatCannotBeUsedIsRefused()
{
    const QList<std::pair<QByteArray, QString>> cases{
        {QByteArray(), u"empty"_s},
        {"product,sku,price,stock\nA,B,1,1\n", u"category"_s},
        {"product,category,sku,price,stock,colour\n", u"\"colour\""_s},
        {"product,category,sku,price,stock,SKU\n", u"twice"_s},
    };
    for (const auto& [bytes, says] : cases) {
        auto preview = await(m_a->listingImport.preview(write(bytes)));
        QVERIFY(!preview.has_value());
        QVERIFY2(preview.error().message().contains(says), qPrintable(preview.error().message()));
    }
    auto missing = await(m_a->listingImport.preview(m_dir.filePath(u"none.csv"_s)));
    QVERIFY(!missing.has_value());
    QVERIFY(missing.error().message().contains(u"Cannot read"_s));
}

void TstListingImport::aRowThatNoLongerFitsStopsTheWholeImport()
{
    QByteArray csv = kHeader;
    csv += ",Race lamp,Keyboards,,true,RACE-1,,3.00,1,true\n";
    csv += ",Race lamp,Keyboards,,true,RACE-2,,3.00,1,true\n";
    auto preview = await(m_a->listingImport.preview(write(csv)));
    QVERIFY(preview.has_value() && preview->canApply());
    // Seller B takes the second SKU between the preview and the import.
    QVERIFY(m_db->admin()
                .execute(u"UPDATE hexastore.product_variants SET sku = 'race-2' WHERE id = "
                         "(SELECT v.id FROM hexastore.product_variants v JOIN hexastore.products p "
                         "ON p.id = v.product_id JOIN hexastore.users u ON u.id = p.seller_id "
                         "WHERE u.email = 'b@test.example' ORDER BY v.id LIMIT 1)"_s)
                .has_value());
    const QString before = snapshot();
    auto applied = await(m_a->listingImport.apply(*preview));
    QVERIFY(applied.has_value());
    QVERIFY(!applied->applied);
    QVERIFY2(hasProblem(*applied, 3, u"sku"_s, u"another seller"_s),
             qPrintable(describe(*applied)));
    QCOMPARE(snapshot(), before); // RACE-1 was not written either
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.product_variants WHERE sku = 'RACE-1'"_s), 0);
}

void TstListingImport::aCancelledImportChangesNothing()
{
    // Every listing of A gets one more unit; the import must wait for a
    // lock held here, and is cancelled while it waits.
    auto rows = m_db->admin().query(
        u"SELECT p.id, p.name, c.name, p.active, v.sku, v.price::text, v.stock, v.active "
        "FROM hexastore.products p JOIN hexastore.product_variants v ON v.product_id = p.id "
        "JOIN hexastore.categories c ON c.id = p.category_id JOIN hexastore.users u "
        "ON u.id = p.seller_id WHERE u.email = 'a@test.example' AND p.brand_id IS NULL "
        "AND p.archived_at IS NULL ORDER BY v.id"_s);
    QVERIFY(rows.has_value() && rows->size() > 5);
    QByteArray csv = kHeader;
    for (const QSqlRecord& r : *rows)
        csv += u"%1,\"%2\",%3,,%4,%5,,%6,%7,%8\n"_s
                   .arg(r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                        r.value(3).toBool() ? u"true"_s : u"false"_s, r.value(4).toString(),
                        r.value(5).toString())
                   .arg(r.value(6).toInt() + 1)
                   .arg(r.value(7).toBool() ? u"true"_s : u"false"_s)
                   .toUtf8();
    auto preview = await(m_a->listingImport.preview(write(csv)));
    QVERIFY2(preview.has_value() && preview->canApply(),
             preview ? qPrintable(describe(*preview)) : qPrintable(preview.error().message()));
    QCOMPARE(preview->variantsChanged, rows->size());

    const QString before = snapshot();
    const QString lastSku = rows->last().value(4).toString();
    DatabaseConnection locker(m_db->operatorSettings());
    QVERIFY(locker.open().has_value());
    SqlExecutor lock(locker);
    QVERIFY(lock.begin().has_value());
    QVERIFY(lock.execute(u"SELECT 1 FROM hexastore.product_variants WHERE sku = ? FOR UPDATE"_s,
                         {lastSku})
                .has_value());
    QFuture<Result<ImportPreview>> running = m_a->listingImport.apply(*preview);
    DatabaseConnection watcher(m_db->operatorSettings());
    QVERIFY(watcher.open().has_value());
    SqlExecutor observe(watcher);
    QTRY_VERIFY_WITH_TIMEOUT(
        observe
            .queryOne(u"SELECT count(*) > 0 FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                      "AND datname = current_database()"_s)
            ->value(0)
            .toBool(),
        60000);
    running.cancel();
    // Ends while the lock is still held: the server cancelled the statement.
    QTRY_VERIFY_WITH_TIMEOUT(running.isFinished(), 30000);
    lock.rollback();
    QCOMPARE(snapshot(), before);
    // The connection works on afterwards.
    auto after = await(m_a->listingImport.preview(write(csv)));
    QVERIFY(after.has_value());
    QCOMPARE(after->variantsChanged, rows->size());
}

void TstListingImport::theDatabaseEnforcesTheRules()
{
    ClientSql sql(*m_db);
    QVERIFY(sql.login(u"a"_s, u"a@test.example"_s, u"seller a password"_s));
    QVERIFY(sql.login(u"buyer"_s, u"buyer@test.example"_s, u"buyer password"_s));
    const QString row =
        uR"([{"line": 2, "product_id": null, "product": "Raw", "category": "Keyboards",
              "brand": "", "product_active": true, "sku": "RAW-1", "options": {},
              "price": "%1", "stock": %2, "variant_active": true}])"_s;
    const auto import = [&](const QString& price, const QString& stock) {
        return sql.state(u"SELECT hexastore.import_listings(?::jsonb, true)"_s,
                         {row.arg(price, stock)});
    };
    // Only sellers, and only for themselves.
    QVERIFY(sql.as(u"buyer"_s));
    QCOMPARE(import(u"1.00"_s, u"1"_s), u"42501"_s);
    QVERIFY(sql.as(QString()));
    QCOMPARE(import(u"1.00"_s, u"1"_s), u"42501"_s);
    QCOMPARE(sql.text(u"SELECT count(*) FROM hexastore.skus_taken_by_others(ARRAY['RACE-2'])"_s),
             u"0"_s); // anonymous: nothing
    QVERIFY(sql.as(u"buyer"_s));
    QCOMPARE(sql.text(u"SELECT count(*) FROM hexastore.skus_taken_by_others(ARRAY['RACE-2'])"_s),
             u"0"_s);
    QVERIFY(sql.as(u"a"_s));
    QCOMPARE(sql.text(u"SELECT count(*) FROM hexastore.skus_taken_by_others(ARRAY['race-2', "
                      "'IMP-LAMP-1'])"_s),
             u"1"_s); // B's, not A's own
    // What the app would refuse, the database refuses too, and writes nothing.
    const qint64 before = scalar(u"SELECT count(*) FROM hexastore.products"_s);
    QCOMPARE(import(u"0"_s, u"1"_s), u"23514"_s);
    QCOMPARE(import(u"-5"_s, u"1"_s), u"23514"_s);
    QCOMPARE(import(u"1.00"_s, u"-1"_s), u"23514"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products"_s), before);
    QCOMPARE(sql.state(u"SELECT hexastore.import_listings('{}'::jsonb, true)"_s), u"22023"_s);
    // Another seller's product is not reachable by its id; the row is refused.
    const qint64 bProduct = scalar(u"SELECT p.id FROM hexastore.products p JOIN hexastore.users u "
                                   "ON u.id = p.seller_id WHERE u.email = 'b@test.example' "
                                   "ORDER BY p.id LIMIT 1"_s);
    const QString foreign =
        sql.text(u"SELECT hexastore.import_listings(?::jsonb, true)->>'applied'"_s,
                 {QString(row.arg(u"1.00"_s, u"1"_s))
                      .replace(u"\"product_id\": null"_s, u"\"product_id\": %1"_s.arg(bProduct))});
    QCOMPARE(foreign, u"false"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.product_variants WHERE sku = 'RAW-1'"_s), 0);
    // A fine row is written, as A's.
    QCOMPARE(import(u"1.00"_s, u"1"_s), u"ok"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.product_variants v JOIN hexastore.products p "
                    "ON p.id = v.product_id JOIN hexastore.users u ON u.id = p.seller_id "
                    "WHERE v.sku = 'RAW-1' AND u.email = 'a@test.example'"_s),
             1);
}

QTEST_GUILESS_MAIN(TstListingImport)
#include "tst_listing_import.moc"
