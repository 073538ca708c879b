// The seller's side through ListingService and ListingTableModel.
#include "db/DbWorker.h"
#include "models/ListingTableModel.h"
#include "services/auth/AuthService.h"
#include "services/catalog/CatalogService.h"
#include "services/catalog/ListingService.h"
#include "services/common/CsvField.h"
#include "services/demo/CatalogSeeder.h"
#include "tests/support/SyncWait.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>

#include "db/DatabaseConnection.h"
#include "db/SqlExecutor.h"
#include <QTest>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {
struct Seller {
    Seller(const ConnectionSettings& settings, const QString& email, const QString& password)
        : worker(settings)
        , auth(worker)
        , listings(worker)
        , catalog(worker)
    {
        ok = await(auth.login(email, password, u"test"_s)).has_value();
    }
    DbWorker worker;
    AuthService auth;
    ListingService listings;
    CatalogService catalog;
    bool ok = false;
};

QByteArray png()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "png");
    return bytes;
}
} // namespace

class TstListingService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesOfOwnListingsOnly();
    void inlineUpdateAndConflict();
    void refusesBadValues();
    void bulkActivationTouchesOnlyOwnProducts();
    void exportsCsv();
    void savesAProductWithVariantsAndImages();
    void deletesOrArchives();
    void csvFieldsAreEscaped();
    void modelEditsInPlaceAndRevertsOnConflict();

private:
    qint64 categoryId();
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Seller> m_a;
    std::unique_ptr<Seller> m_b;
};

void TstListingService::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"listing_service"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_db->createUser(Role::Seller, u"a@test.example"_s, u"seller a password"_s, u"Alice"_s);
    m_db->createUser(Role::Seller, u"b@test.example"_s, u"seller b password"_s, u"Bob"_s);
    QVERIFY(CatalogSeeder(m_db->admin()).seed(300, 9).has_value());
    m_a = std::make_unique<Seller>(m_db->clientSettings(), u"a@test.example"_s,
                                   u"seller a password"_s);
    m_b = std::make_unique<Seller>(m_db->clientSettings(), u"b@test.example"_s,
                                   u"seller b password"_s);
    QVERIFY(m_a->ok && m_b->ok);
}

void TstListingService::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    m_db.reset();
}

qint64 TstListingService::categoryId()
{
    return m_db->admin()
        .queryOne(u"SELECT id FROM hexastore.categories WHERE name = 'Keyboards'"_s)
        ->value(0)
        .toLongLong();
}

void TstListingService::pagesOfOwnListingsOnly()
{
    const qint64 own =
        m_db->admin()
            .queryOne(
                u"SELECT count(*) FROM hexastore.product_variants v JOIN hexastore.products p "
                "ON p.id = v.product_id JOIN hexastore.users u ON u.id = p.seller_id "
                "WHERE u.email = 'a@test.example'"_s)
            ->value(0)
            .toLongLong();
    QList<ListingRow> all;
    std::optional<ListingRow> after;
    for (;;) {
        auto page = await(m_a->listings.listings(QString(), after, 50));
        QVERIFY(page.has_value());
        all.append(*page);
        if (page->size() < 50)
            break;
        after = page->last();
    }
    QCOMPARE(qint64(all.size()), own);
    QSet<qint64> ids;
    for (const ListingRow& r : all)
        ids.insert(r.variantId);
    QCOMPARE(ids.size(), all.size());
    auto filtered = await(m_a->listings.listings(u"keybaord"_s, std::nullopt, 50));
    QVERIFY(filtered.has_value());
    for (const ListingRow& r : *filtered)
        QVERIFY(r.productName.contains(u"Keyboard"_s));
}

void TstListingService::inlineUpdateAndConflict()
{
    auto page = await(m_a->listings.listings(QString(), std::nullopt, 1));
    const ListingRow row = page->first();
    ListingService::VariantChange change{row.variantId, row.variantVersion, Money::fromCents(1234),
                                         7, true};
    auto saved = await(m_a->listings.updateVariant(change));
    QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error().detail()));
    QCOMPARE(saved->price.cents(), 1234);
    QCOMPARE(saved->stock, 7);
    QCOMPARE(saved->variantVersion, row.variantVersion + 1);

    // The same change from a stale copy: refused, with what is there now.
    change.price = Money::fromCents(999);
    auto stale = await(m_a->listings.updateVariant(change));
    QVERIFY(!stale.has_value());
    QCOMPARE(stale.error().code(), Code::Conflict);
    QVERIFY(stale.error().message().contains(u"12.34"_s));
    auto stored = m_db->admin().queryOne(
        u"SELECT price::text FROM hexastore.product_variants WHERE id = ?"_s, {row.variantId});
    QCOMPARE(stored->value(0).toString(), u"12.34"_s);

    // Another seller's variant: refused as such, not as a conflict, and unchanged.
    auto foreign = await(m_b->listings.updateVariant(
        {row.variantId, saved->variantVersion, Money::fromCents(1), 1, true}));
    QVERIFY(!foreign.has_value());
    QCOMPARE(foreign.error().code(), Code::Forbidden);
    QCOMPARE(m_db->admin()
                 .queryOne(u"SELECT price::text FROM hexastore.product_variants WHERE id = ?"_s,
                           {row.variantId})
                 ->value(0)
                 .toString(),
             u"12.34"_s);
}

void TstListingService::refusesBadValues()
{
    auto page = await(m_a->listings.listings(QString(), std::nullopt, 1));
    const ListingRow row = page->first();
    auto negative = await(m_a->listings.updateVariant(
        {row.variantId, row.variantVersion, Money::fromCents(-1), 1, true}));
    QCOMPARE(negative.error().field(), u"price"_s);
    auto huge = await(m_a->listings.updateVariant(
        {row.variantId, row.variantVersion, Money::fromCents(100'000'000'001), 1, true}));
    QCOMPARE(huge.error().field(), u"price"_s);
    auto stock = await(m_a->listings.updateVariant(
        {row.variantId, row.variantVersion, Money::fromCents(1), -5, true}));
    QCOMPARE(stock.error().field(), u"stock"_s);
}

void TstListingService::bulkActivationTouchesOnlyOwnProducts()
{
    auto mine = await(m_a->listings.listings(QString(), std::nullopt, 3));
    auto theirs = await(m_b->listings.listings(QString(), std::nullopt, 3));
    QList<qint64> ids;
    for (const ListingRow& r : *mine + *theirs)
        ids << r.productId;
    auto hidden = await(m_a->listings.setProductsActive(ids, false));
    QVERIFY(hidden.has_value());
    QVERIFY(*hidden >= 1 && *hidden <= 3); // Bob's products were not touched
    const qint64 bobsHidden =
        m_db->admin()
            .queryOne(u"SELECT count(*) FROM hexastore.products WHERE NOT active AND id = ?"_s,
                      {theirs->first().productId})
            ->value(0)
            .toLongLong();
    QCOMPARE(bobsHidden, 0);
    QVERIFY(await(m_a->listings.setProductsActive(ids, true)).has_value());
}

void TstListingService::exportsCsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"listings.csv"_s);
    auto rows = await(m_a->listings.exportCsv(path));
    QVERIFY2(rows.has_value(), qPrintable(rows ? QString() : rows.error().detail()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("product_id,product,category,brand,product_active,"
                                                 "sku,options,price,stock,variant_active"));
    QCOMPARE(lines.size() - 2, *rows); // header, rows, and the empty piece after the last CRLF
    QVERIFY(lines.at(1).contains("HX-"));
    // Cancelled half-way (deterministically, at the first progress report):
    // no file, and the connection is usable afterwards.
    {
        DatabaseConnection seller(m_db->clientSettings());
        QVERIFY(seller.open().has_value());
        SqlExecutor sql(seller);
        auto tokens = sql.queryOne(
            u"SELECT access_token FROM hexastore.login('a@test.example', 'seller a password', 't')"_s);
        sql.setIdentity(tokens->value(0).toString());
        int reports = 0;
        const TaskControl cancelAtFirstReport([&] { return reports > 0; },
                                              [&](qint64, qint64) { ++reports; });
        const QString cancelledPath = dir.filePath(u"cancelled.csv"_s);
        auto cancelled = ListingService::writeCsv(sql, cancelledPath, cancelAtFirstReport);
        QVERIFY(!cancelled.has_value());
        QVERIFY(cancelled.error().message().contains(u"cancelled"_s));
        QVERIFY(!QFile::exists(cancelledPath));
        QVERIFY(sql.queryOne(u"SELECT 1"_s).has_value());
        // Progress arrives, up to the end.
        qint64 lastDone = 0;
        qint64 lastTotal = -1;
        const TaskControl watching([] { return false; },
                                   [&](qint64 done, qint64 total) {
                                       lastDone = done;
                                       lastTotal = total;
                                   });
        auto whole = ListingService::writeCsv(sql, dir.filePath(u"whole.csv"_s), watching);
        QVERIFY(whole.has_value());
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(lastTotal, qint64(*whole));
    }

    // A path that cannot be written gives a sentence, and no half file.
    auto refused = await(m_a->listings.exportCsv(u"/nonexistent-dir/x.csv"_s));
    QVERIFY(!refused.has_value());
    QVERIFY(refused.error().message().contains(u"Cannot write"_s));
}

void TstListingService::savesAProductWithVariantsAndImages()
{
    auto image = await(m_a->listings.addImage(png()));
    QVERIFY2(image.has_value(), qPrintable(image ? QString() : image.error().message()));
    auto refused = await(m_a->listings.addImage(QByteArray("not a picture")));
    QCOMPARE(refused.error().code(), Code::Validation);

    ProductDraft draft;
    draft.name = u"  Handmade Keyboard  "_s;
    draft.description = u"Walnut case."_s;
    draft.categoryId = categoryId();
    ProductVariant v1;
    v1.sku = u"HM-KB-1"_s;
    v1.options = {{u"layout"_s, u"US"_s}};
    v1.price = Money::fromCents(19900);
    v1.stock = 3;
    ProductVariant v2 = v1;
    v2.sku = u"HM-KB-2"_s;
    v2.options = {{u"layout"_s, u"DE"_s}};
    draft.variants = {v1, v2};
    draft.imageSha256s = {*image};
    auto id = await(m_a->listings.saveProduct(draft));
    QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().detail()));

    auto detail = await(m_a->catalog.product(*id));
    QCOMPARE(detail->name, u"Handmade Keyboard"_s);
    QCOMPARE(detail->variants.size(), 2);
    QCOMPARE(detail->variants.first().options.value(u"layout"_s).toString(), u"US"_s);
    QCOMPARE(detail->imageSha256s, QList<QByteArray>{*image});

    // Edit: drop a variant, change a price.
    ProductDraft edit = draft;
    edit.id = *id;
    edit.version = detail->version;
    edit.variants = {detail->variants.first()};
    edit.variants.first().price = Money::fromCents(17900);
    QVERIFY(await(m_a->listings.saveProduct(edit)).has_value());
    auto after = await(m_a->catalog.product(*id));
    QCOMPARE(after->variants.size(), 1);
    QCOMPARE(after->variants.first().price.cents(), 17900);

    // The editor's copy is stale now.
    auto stale = await(m_a->listings.saveProduct(edit));
    QCOMPARE(stale.error().code(), Code::Conflict);

    // Rules the form checks before the database does.
    ProductDraft bad = draft;
    bad.variants.clear();
    QCOMPARE(await(m_a->listings.saveProduct(bad)).error().field(), u"variants"_s);
    bad = draft;
    bad.variants = {v1, v1};
    QVERIFY(await(m_a->listings.saveProduct(bad)).error().message().contains(u"twice"_s));
    bad = draft;
    bad.variants = {v1};
    bad.variants.first().sku = u"HX-1-1"_s; // a seeded product's SKU
    QVERIFY(await(m_a->listings.saveProduct(bad)).error().message().contains(u"already used"_s));
    QCOMPARE(
        m_db->admin()
            .queryOne(u"SELECT count(*) FROM hexastore.products WHERE name = 'Handmade Keyboard'"_s)
            ->value(0)
            .toInt(),
        1); // the refused attempts left nothing behind

    // Bob cannot edit Alice's product.
    edit.version = after->version;
    auto foreign = await(m_b->listings.saveProduct(edit));
    QVERIFY(!foreign.has_value());
}

void TstListingService::deletesOrArchives()
{
    auto page = await(m_a->listings.listings(QString(), std::nullopt, 2));
    const qint64 first = page->at(0).productId;
    qint64 second = page->at(1).productId;
    if (second == first)
        second = (await(m_a->listings.listings(QString(), std::nullopt, 10)))->last().productId;
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.products SET ever_ordered = true WHERE id = ?"_s, {second}));
    QCOMPARE(*await(m_a->listings.deleteProduct(first)), u"deleted"_s);
    QCOMPARE(*await(m_a->listings.deleteProduct(second)), u"archived"_s);
    QCOMPARE(await(m_b->listings.deleteProduct(second)).error().code(), Code::Forbidden);
}

void TstListingService::csvFieldsAreEscaped()
{
    QCOMPARE(CsvField::escaped(u"plain"_s), u"plain"_s);
    QCOMPARE(CsvField::escaped(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(CsvField::escaped(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(CsvField::escaped(u"line\nbreak"_s), u"\"line\nbreak\""_s);
    QCOMPARE(CsvField::escaped(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
}

void TstListingService::modelEditsInPlaceAndRevertsOnConflict()
{
    ListingTableModel model(m_a->listings);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
    QSignalSpy saved(&model, &ListingTableModel::saved);
    QSignalSpy failed(&model, &ListingTableModel::saveFailed);

    const QModelIndex price = model.index(0, ListingTableModel::Price);
    QVERIFY(model.flags(price) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, ListingTableModel::Sku)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(price, qint64(4321)));
    QCOMPARE(price.data(Qt::EditRole).toLongLong(), 4321); // shown at once
    QTRY_COMPARE(saved.size(), 1);
    const qint64 variant = model.rowAt(0)->variantId;
    QCOMPARE(m_db->admin()
                 .queryOne(u"SELECT price::text FROM hexastore.product_variants WHERE id = ?"_s,
                           {variant})
                 ->value(0)
                 .toString(),
             u"43.21"_s);

    // Someone else saves first: our edit is refused and the row put back.
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.product_variants SET stock = 99 WHERE id = ?"_s, {variant}));
    const QModelIndex stock = model.index(0, ListingTableModel::Stock);
    const int before = stock.data(Qt::EditRole).toInt();
    QVERIFY(model.setData(stock, 5));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toBool(), true);
    QCOMPARE(stock.data(Qt::EditRole).toInt(), before);
    model.reload();
    QTRY_VERIFY(!model.isLoading() &&
                model.index(0, ListingTableModel::Stock).data(Qt::EditRole).toInt() == 99);

    // The check box saves too.
    QVERIFY(model.setData(model.index(0, ListingTableModel::ForSale), Qt::Unchecked,
                          Qt::CheckStateRole));
    QTRY_COMPARE(saved.size(), 2);
    QCOMPARE(model.rowAt(0)->variantActive, false);
}

QTEST_MAIN(TstListingService)
#include "tst_listing_service.moc"
