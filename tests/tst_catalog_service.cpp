// CatalogService against a seeded catalog: keyset paging is exact in every
// sort and direction; search tolerates typos; filters and details are right.
#include "db/DbWorker.h"
#include "services/catalog/CatalogService.h"
#include "services/demo/CatalogSeeder.h"
#include "tests/support/SyncWait.h"
#include "tests/support/TestDatabase.h"

#include <QSet>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using Direction = ProductSearchSql::Direction;

class TstCatalogService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesCoverEverythingOnceInOrder_data();
    void pagesCoverEverythingOnceInOrder();
    void lastPageMatchesTheTail();
    void searchToleratesTypos();
    void categoryFilterIncludesSubcategories();
    void priceStockAndBrandFilters();
    void detailHasVariantsImagesAndPath();
    void thumbnailsByHash();
    void seedingIsDeterministic();

private:
    QList<ProductSummary> all(const ProductQuery& query, Direction direction = Direction::Forward);
    qint64 visibleCount();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DbWorker> m_worker;
    std::unique_ptr<CatalogService> m_catalog;
};

void TstCatalogService::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"catalog_service"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_db->createUser(Role::Seller, u"s1@test.example"_s, u"seller password"_s, u"Sara"_s);
    m_db->createUser(Role::Seller, u"s2@test.example"_s, u"seller password"_s, u"Sam"_s);
    auto seeded = CatalogSeeder(m_db->admin()).seed(1234, 7);
    QVERIFY2(seeded.has_value(), qPrintable(seeded ? QString() : seeded.error().detail()));
    QCOMPARE(*seeded, 1234);
    // Ratings of every kind, ties included, for the rating sort.
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.products SET rating_avg = (id % 9) / 2.0, rating_count = id % 9"_s));
    m_worker = std::make_unique<DbWorker>(m_db->clientSettings());
    m_catalog = std::make_unique<CatalogService>(*m_worker);
}

void TstCatalogService::cleanupTestCase()
{
    m_catalog.reset();
    m_worker.reset();
    m_db.reset();
}

qint64 TstCatalogService::visibleCount()
{
    return m_db->admin()
        .queryOne(
            u"SELECT count(*) FROM hexastore.products WHERE active AND archived_at IS NULL AND min_price IS NOT NULL"_s)
        ->value(0)
        .toLongLong();
}

QList<ProductSummary> TstCatalogService::all(const ProductQuery& query, Direction direction)
{
    QList<ProductSummary> rows;
    std::optional<ProductCursor> cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        auto page = await(m_catalog->products(query, cursor, 97, direction));
        if (!page) {
            qWarning() << page.error().detail();
            return {};
        }
        if (direction == Direction::Forward)
            rows.append(page->rows);
        else
            rows = page->rows + rows;
        if (page->atEnd || page->rows.isEmpty())
            break;
        const ProductSummary& edge =
            direction == Direction::Forward ? page->rows.last() : page->rows.first();
        cursor = ProductCursor{edge.sortValue, edge.id};
    }
    return rows;
}

void TstCatalogService::pagesCoverEverythingOnceInOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<QString>("text");
    QTest::newRow("newest") << int(ProductSort::Newest) << QString();
    QTest::newRow("name") << int(ProductSort::Name) << QString();
    QTest::newRow("price up") << int(ProductSort::PriceAscending) << QString();
    QTest::newRow("price down") << int(ProductSort::PriceDescending) << QString();
    QTest::newRow("relevance") << int(ProductSort::Relevance) << u"keyboard"_s;
    QTest::newRow("rating") << int(ProductSort::Rating) << QString();
}

void TstCatalogService::pagesCoverEverythingOnceInOrder()
{
    QFETCH(int, sort);
    QFETCH(QString, text);
    ProductQuery query;
    query.sort = ProductSort(sort);
    query.text = text;
    for (Direction direction : {Direction::Forward, Direction::Backward}) {
        const QList<ProductSummary> rows = all(query, direction);
        QSet<qint64> ids;
        for (const ProductSummary& p : rows)
            ids.insert(p.id);
        QCOMPARE(ids.size(), rows.size()); // no row twice
        if (text.isEmpty())
            QCOMPARE(qint64(rows.size()), visibleCount()); // no row missed
        else
            QVERIFY(rows.size() > 10);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const ProductSummary& a = rows.at(i - 1);
            const ProductSummary& b = rows.at(i);
            switch (ProductSort(sort)) {
            case ProductSort::Newest:
                QVERIFY(a.createdAt >= b.createdAt);
                break;
            case ProductSort::Name:
                // The test cluster's collation is C.UTF-8: byte order.
                QVERIFY2(a.name.toUtf8() <= b.name.toUtf8(),
                         qPrintable(a.name + u" > "_s + b.name));
                break;
            case ProductSort::PriceAscending:
                QVERIFY(*a.price <= *b.price);
                break;
            case ProductSort::PriceDescending:
                QVERIFY(*a.price >= *b.price);
                break;
            case ProductSort::Rating:
                QVERIFY(a.ratingHundredths >= b.ratingHundredths);
                break;
            case ProductSort::Relevance:
                QVERIFY(a.sortValue.toString().toDouble() >= b.sortValue.toString().toDouble());
                break;
            }
        }
    }
}

void TstCatalogService::lastPageMatchesTheTail()
{
    ProductQuery query;
    query.sort = ProductSort::PriceAscending;
    const QList<ProductSummary> forward = all(query);
    auto last = await(m_catalog->products(query, std::nullopt, 50, Direction::Backward));
    QVERIFY(last.has_value());
    QCOMPARE(last->rows.size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(last->rows.at(i).id, forward.at(forward.size() - 50 + i).id);
}

void TstCatalogService::searchToleratesTypos()
{
    for (const QString& typo : {u"keybaord"_s, u"headphnes"_s, u"moniter"_s}) {
        ProductQuery query;
        query.text = typo;
        query.sort = ProductSort::Relevance;
        auto page = await(m_catalog->products(query, std::nullopt, 20, Direction::Forward));
        QVERIFY(page.has_value());
        QVERIFY2(!page->rows.isEmpty(), qPrintable(typo));
        const QString expected = typo.left(4);
        QVERIFY2(page->rows.first().name.contains(expected, Qt::CaseInsensitive),
                 qPrintable(typo + u" → "_s + page->rows.first().name));
    }
    ProductQuery stemmed;
    stemmed.text = u"keyboards"_s; // the English stemmer finds "Keyboard"
    auto page = await(m_catalog->products(stemmed, std::nullopt, 20, Direction::Forward));
    QVERIFY(!page->rows.isEmpty());
    QVERIFY(page->rows.first().name.contains(u"Keyboard"_s));
}

void TstCatalogService::categoryFilterIncludesSubcategories()
{
    auto categories = await(m_catalog->categories());
    QVERIFY(categories.has_value());
    qint64 electronics = 0;
    QSet<qint64> below;
    for (const Category& c : *categories) {
        if (c.name == u"Electronics"_s)
            electronics = c.id;
    }
    for (const Category& c : *categories) {
        if (c.parentId == electronics)
            below.insert(c.id);
    }
    QVERIFY(electronics > 0 && below.size() == 6);
    ProductQuery query;
    query.categoryId = electronics;
    const auto rows = all(query);
    QVERIFY(rows.size() > 100);
    const QStringList leaves{u"Keyboards"_s,  u"Mice"_s,   u"Monitors"_s,
                             u"Headphones"_s, u"Phones"_s, u"Cameras"_s};
    for (const ProductSummary& p : rows)
        QVERIFY2(leaves.contains(p.category), qPrintable(p.category));
}

void TstCatalogService::priceStockAndBrandFilters()
{
    auto brands = await(m_catalog->brands());
    QVERIFY(brands.has_value() && brands->size() == 30);
    ProductQuery query;
    query.minPrice = Money::fromCents(10000);
    query.maxPrice = Money::fromCents(20000);
    query.inStockOnly = true;
    query.brandId = brands->first().id;
    const auto rows = all(query);
    QVERIFY(!rows.isEmpty());
    for (const ProductSummary& p : rows) {
        QVERIFY(p.price->cents() >= 10000 && p.price->cents() <= 20000);
        QVERIFY(p.inStock);
        QCOMPARE(p.brand, brands->first().name);
    }
}

void TstCatalogService::detailHasVariantsImagesAndPath()
{
    auto page = await(m_catalog->products(ProductQuery{}, std::nullopt, 1, Direction::Forward));
    auto detail = await(m_catalog->product(page->rows.first().id));
    QVERIFY(detail.has_value());
    QVERIFY(!detail->variants.isEmpty());
    QVERIFY(detail->categoryPath.contains(u" › "_s));
    QVERIFY(!detail->seller.isEmpty());
    QCOMPARE(detail->imageSha256s.size(), 1);
    QCOMPARE(detail->imageSha256s.first(), page->rows.first().thumbnailSha256);
    QCOMPARE(detail->variants.first().price, *page->rows.first().price); // the cheapest first

    auto missing = await(m_catalog->product(999999999));
    QCOMPARE(missing.error().code(), ServiceError::Code::NotFound);
}

void TstCatalogService::thumbnailsByHash()
{
    auto page = await(m_catalog->products(ProductQuery{}, std::nullopt, 5, Direction::Forward));
    QList<QByteArray> hashes;
    for (const ProductSummary& p : page->rows)
        hashes << p.thumbnailSha256;
    hashes << QByteArray(32, '\0'); // unknown: left out
    auto images = await(m_catalog->images(hashes, true));
    QVERIFY(images.has_value());
    QVERIFY(!images->isEmpty());
    QVERIFY(!images->contains(QByteArray(32, '\0')));
    QImage thumb;
    QVERIFY(thumb.loadFromData(images->value(hashes.first())));
    QVERIFY(thumb.width() <= 320 && thumb.height() <= 320);
}

void TstCatalogService::seedingIsDeterministic()
{
    TestDatabase other(u"catalog_service_again"_s);
    QVERIFY(other.isReady());
    other.createUser(Role::Seller, u"s1@test.example"_s, u"seller password"_s, u"Sara"_s);
    other.createUser(Role::Seller, u"s2@test.example"_s, u"seller password"_s, u"Sam"_s);
    QVERIFY(CatalogSeeder(other.admin()).seed(1234, 7).has_value());
    const QString fingerprint =
        u"SELECT md5(string_agg(name || min_price::text || description, ',' ORDER BY id)) FROM hexastore.products"_s;
    QCOMPARE(other.admin().queryOne(fingerprint)->value(0).toString(),
             m_db->admin().queryOne(fingerprint)->value(0).toString());
    // A second run leaves a catalog alone.
    QCOMPARE(*CatalogSeeder(other.admin()).seed(10, 7), 0);
}

QTEST_GUILESS_MAIN(TstCatalogService)
#include "tst_catalog_service.moc"
