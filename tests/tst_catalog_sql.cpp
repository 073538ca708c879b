// The catalog's rules (issue #3) tried with raw SQL as hexastore_client.
#include "tests/support/ClientSql.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

class TstCatalogSql : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void anonymousSeesOnlyActiveProductsOfActiveSellers();
    void sellerSeesAllOwnProducts();
    void sellerCannotEditAnotherSellersProduct();
    void nobodySetsOrChangesTheSeller();
    void onlySellersCreateProducts();
    void aProductNeedsAVariant();
    void stockAndPriceLimits();
    void versionBumpsAndStaleWritesMiss();
    void summaryFollowsVariants();
    void inactiveVariantsAreHiddenFromBuyers();
    void adminSeesAndModeratesWithAReason();
    void onlyAdminsEditCategoriesAndBrands();
    void categoryTreeRules();
    void orderedProductsAreArchivedNotDeleted();
    void imagesGoThroughAddImage();
    void sellersViewShowsOnlyNames();

private:
    void as(const QString& email);
    QString state(const QString& sql, const QVariantList& params = {});
    qint64 insertProduct(const QString& name, bool active = true);
    qint64 scalar(const QString& sql, const QVariantList& params = {});

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ClientSql> m_client;
    SqlExecutor* m_sql = nullptr;
    qint64 m_category = 0;
    qint64 m_child = 0;
    qint64 m_sellerA = 0;
    qint64 m_sellerB = 0;
    qint64 m_productA = 0;
    qint64 m_hiddenA = 0;
    qint64 m_productB = 0;
    int m_sku = 0;
};

void TstCatalogSql::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"catalog_sql"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_sellerA =
        m_db->createUser(Role::Seller, u"a@test.example"_s, u"seller a password"_s, u"Alice"_s);
    m_sellerB =
        m_db->createUser(Role::Seller, u"b@test.example"_s, u"seller b password"_s, u"Bob"_s);
    m_db->createUser(Role::Buyer, u"buyer@test.example"_s, u"buyer password"_s);
    m_db->createUser(Role::Admin, u"admin@test.example"_s, u"admin password"_s);
    auto& admin = m_db->admin();
    m_category =
        admin
            .queryOne(
                u"INSERT INTO hexastore.categories (name) VALUES ('Electronics') RETURNING id"_s)
            ->value(0)
            .toLongLong();
    m_child =
        admin
            .queryOne(
                u"INSERT INTO hexastore.categories (parent_id, name) VALUES (?, 'Keyboards') RETURNING id"_s,
                {m_category})
            ->value(0)
            .toLongLong();

    m_client = std::make_unique<ClientSql>(*m_db);
    QVERIFY(m_client->isOpen());
    m_sql = &m_client->sql();
    const QHash<QString, QString> passwords{{u"a@test.example"_s, u"seller a password"_s},
                                            {u"b@test.example"_s, u"seller b password"_s},
                                            {u"buyer@test.example"_s, u"buyer password"_s},
                                            {u"admin@test.example"_s, u"admin password"_s}};
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it) {
        QVERIFY2(m_client->login(it.key(), it.key(), it.value()), qPrintable(it.key()));
    }
    as(u"a@test.example"_s);
    m_productA = insertProduct(u"Mechanical keyboard"_s);
    m_hiddenA = insertProduct(u"Prototype keyboard"_s, false);
    as(u"b@test.example"_s);
    m_productB = insertProduct(u"Bob's mouse"_s);
}

void TstCatalogSql::cleanupTestCase()
{
    m_sql = nullptr;
    m_client.reset();
    m_db.reset();
}

void TstCatalogSql::init()
{
    as(QString());
}

void TstCatalogSql::as(const QString& email)
{
    QVERIFY(m_client->as(email));
}

QString TstCatalogSql::state(const QString& sql, const QVariantList& params)
{
    return m_client->state(sql, params);
}

qint64 TstCatalogSql::scalar(const QString& sql, const QVariantList& params)
{
    return m_client->scalar(sql, params);
}

qint64 TstCatalogSql::insertProduct(const QString& name, bool active)
{
    if (!m_sql->begin())
        return -1;
    auto id = m_sql->queryOne(
        u"INSERT INTO hexastore.products (category_id, name, active) VALUES (?, ?, ?) RETURNING id"_s,
        {m_child, name, active});
    if (!id) {
        m_sql->rollback();
        return -1;
    }
    const qint64 productId = id->value(0).toLongLong();
    auto variant = m_sql->execute(
        u"INSERT INTO hexastore.product_variants (product_id, sku, price, stock) VALUES (?, ?, 19.99, 5)"_s,
        {productId, u"SKU-%1"_s.arg(++m_sku)});
    if (!variant || !m_sql->commit()) {
        m_sql->rollback();
        return -1;
    }
    return productId;
}

void TstCatalogSql::anonymousSeesOnlyActiveProductsOfActiveSellers()
{
    QVERIFY(m_productA > 0 && m_hiddenA > 0 && m_productB > 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products WHERE id = ?"_s, {m_productA}), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products WHERE id = ?"_s, {m_hiddenA}), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.product_variants WHERE product_id = ?"_s,
                    {m_hiddenA}),
             0);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products WHERE id = ?"_s, {m_productB}), 1);

    // A disabled seller's listings vanish with them, and come back with them.
    QVERIFY(m_db->admin().execute(u"UPDATE hexastore.users SET status = 'disabled' WHERE id = ?"_s,
                                  {m_sellerB}));
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products WHERE id = ?"_s, {m_productB}), 0);
    QVERIFY(m_db->admin().execute(u"UPDATE hexastore.users SET status = 'active' WHERE id = ?"_s,
                                  {m_sellerB}));
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products WHERE id = ?"_s, {m_productB}), 1);
}

void TstCatalogSql::sellerSeesAllOwnProducts()
{
    as(u"a@test.example"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products WHERE id = ?"_s, {m_hiddenA}), 1);
    as(u"b@test.example"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products WHERE id = ?"_s, {m_hiddenA}), 0);
}

void TstCatalogSql::sellerCannotEditAnotherSellersProduct()
{
    as(u"a@test.example"_s);
    auto renamed = m_sql->execute(u"UPDATE hexastore.products SET name = 'Mine now' WHERE id = ?"_s,
                                  {m_productB});
    QVERIFY(renamed.has_value());
    QCOMPARE(*renamed, 0);
    auto repriced = m_sql->execute(
        u"UPDATE hexastore.product_variants SET price = 0.01 WHERE product_id = ?"_s, {m_productB});
    QCOMPARE(*repriced, 0);
    auto deleted = m_sql->execute(u"DELETE FROM hexastore.product_variants WHERE product_id = ?"_s,
                                  {m_productB});
    QCOMPARE(*deleted, 0);
    QCOMPARE(
        state(
            u"INSERT INTO hexastore.product_variants (product_id, sku, price, stock) VALUES (?, 'EVIL-1', 1, 1)"_s,
            {m_productB}),
        u"42501"_s);
    QCOMPARE(state(u"SELECT hexastore.delete_product(?)"_s, {m_productB}), u"42501"_s);
    QCOMPARE(m_db->admin()
                 .queryOne(u"SELECT name FROM hexastore.products WHERE id = ?"_s, {m_productB})
                 ->value(0)
                 .toString(),
             u"Bob's mouse"_s);
}

void TstCatalogSql::nobodySetsOrChangesTheSeller()
{
    as(u"a@test.example"_s);
    QCOMPARE(
        state(
            u"INSERT INTO hexastore.products (seller_id, category_id, name) VALUES (?, ?, 'Framed')"_s,
            {m_sellerB, m_child}),
        u"42501"_s);
    QCOMPARE(state(u"UPDATE hexastore.products SET seller_id = ? WHERE id = ?"_s,
                   {m_sellerB, m_productA}),
             u"42501"_s);
    as(u"admin@test.example"_s);
    QCOMPARE(state(u"UPDATE hexastore.products SET seller_id = ? WHERE id = ?"_s,
                   {m_sellerB, m_productA}),
             u"42501"_s);
}

void TstCatalogSql::onlySellersCreateProducts()
{
    for (const QString& who : {QString(), u"buyer@test.example"_s, u"admin@test.example"_s}) {
        as(who);
        QCOMPARE(state(u"INSERT INTO hexastore.products (category_id, name) VALUES (?, 'Nope')"_s,
                       {m_child}),
                 u"42501"_s);
    }
}

void TstCatalogSql::aProductNeedsAVariant()
{
    as(u"a@test.example"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.products (category_id, name) VALUES (?, 'Lonely')"_s,
                   {m_child}),
             u"HX203"_s);
    QCOMPARE(state(u"DELETE FROM hexastore.product_variants WHERE product_id = ?"_s, {m_productA}),
             u"HX203"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.product_variants WHERE product_id = ?"_s,
                    {m_productA}),
             1);
}

void TstCatalogSql::stockAndPriceLimits()
{
    as(u"a@test.example"_s);
    QCOMPARE(state(u"UPDATE hexastore.product_variants SET stock = -1 WHERE product_id = ?"_s,
                   {m_productA}),
             u"23514"_s);
    QCOMPARE(state(u"UPDATE hexastore.product_variants SET price = -0.01 WHERE product_id = ?"_s,
                   {m_productA}),
             u"23514"_s);
    // Nothing is given away by a forgotten price (issue #12).
    QCOMPARE(state(u"UPDATE hexastore.product_variants SET price = 0 WHERE product_id = ?"_s,
                   {m_productA}),
             u"23514"_s);
    // A 0.00 price an older version let through does not block other changes
    // of its row (stock, by checkout or a cancellation).
    const auto variant = m_db->admin().queryOne(
        u"SELECT id, price::text FROM hexastore.product_variants WHERE product_id = ? LIMIT 1"_s,
        {m_productA});
    QVERIFY(variant);
    const qint64 variantId = variant->value(0).toLongLong();
    QVERIFY(m_db->admin().execute(u"ALTER TABLE hexastore.product_variants DISABLE TRIGGER "
                                  "product_variants_price_positive_update"_s));
    QVERIFY(m_db->admin().execute(u"UPDATE hexastore.product_variants SET price = 0 WHERE id = ?"_s,
                                  {variantId}));
    QVERIFY(m_db->admin().execute(u"ALTER TABLE hexastore.product_variants ENABLE TRIGGER "
                                  "product_variants_price_positive_update"_s));
    QCOMPARE(state(u"UPDATE hexastore.product_variants SET stock = stock + 1 WHERE id = ?"_s,
                   {variantId}),
             u"ok"_s);
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.product_variants SET price = ?::numeric, stock = stock - 1 WHERE id = ?"_s,
        {variant->value(1).toString(), variantId}));
    QCOMPARE(
        state(u"UPDATE hexastore.product_variants SET price = 1000000000.01 WHERE product_id = ?"_s,
              {m_productA}),
        u"23514"_s);
    QCOMPARE(state(u"UPDATE hexastore.products SET name = '' WHERE id = ?"_s, {m_productA}),
             u"23514"_s);
    QCOMPARE(state(u"UPDATE hexastore.products SET description = repeat('x', 10001) WHERE id = ?"_s,
                   {m_productA}),
             u"23514"_s);
    QCOMPARE(state(u"UPDATE hexastore.product_variants SET sku = 'SKU-2' WHERE product_id = ?"_s,
                   {m_productA}),
             u"23505"_s); // SKUs are unique across the catalog
}

void TstCatalogSql::versionBumpsAndStaleWritesMiss()
{
    as(u"a@test.example"_s);
    const qint64 before =
        scalar(u"SELECT version FROM hexastore.products WHERE id = ?"_s, {m_productA});
    auto first = m_sql->execute(
        u"UPDATE hexastore.products SET description = 'v2' WHERE id = ? AND version = ?"_s,
        {m_productA, before});
    QCOMPARE(*first, 1);
    QCOMPARE(scalar(u"SELECT version FROM hexastore.products WHERE id = ?"_s, {m_productA}),
             before + 1);
    auto stale = m_sql->execute(
        u"UPDATE hexastore.products SET description = 'lost' WHERE id = ? AND version = ?"_s,
        {m_productA, before});
    QCOMPARE(*stale, 0);
}

void TstCatalogSql::summaryFollowsVariants()
{
    as(u"a@test.example"_s);
    QCOMPARE(
        state(
            u"INSERT INTO hexastore.product_variants (product_id, sku, options, price, stock) VALUES (?, 'SUM-1', '{\"size\":\"L\"}', 9.50, 0)"_s,
            {m_productA}),
        u"ok"_s);
    auto row = m_sql->queryOne(u"SELECT min_price, in_stock FROM hexastore.products WHERE id = ?"_s,
                               {m_productA});
    QCOMPARE(row->value(0).toString(), u"9.50"_s);
    QCOMPARE(row->value(1).toBool(), true); // the first variant still has 5
    QCOMPARE(state(u"UPDATE hexastore.product_variants SET stock = 0 WHERE product_id = ?"_s,
                   {m_productA}),
             u"ok"_s);
    QCOMPARE(
        m_sql->queryOne(u"SELECT in_stock FROM hexastore.products WHERE id = ?"_s, {m_productA})
            ->value(0)
            .toBool(),
        false);
    QCOMPARE(state(u"UPDATE hexastore.product_variants SET stock = 3 WHERE product_id = ?"_s,
                   {m_productA}),
             u"ok"_s);
}

void TstCatalogSql::inactiveVariantsAreHiddenFromBuyers()
{
    as(u"a@test.example"_s);
    QCOMPARE(state(u"UPDATE hexastore.product_variants SET active = false WHERE sku = 'SUM-1'"_s),
             u"ok"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.product_variants WHERE product_id = ?"_s,
                    {m_productA}),
             2);
    as(u"buyer@test.example"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.product_variants WHERE product_id = ?"_s,
                    {m_productA}),
             1);
}

void TstCatalogSql::adminSeesAndModeratesWithAReason()
{
    as(u"admin@test.example"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products WHERE id = ?"_s, {m_hiddenA}), 1);
    // Not with a plain UPDATE, and not without a reason.
    QCOMPARE(state(u"UPDATE hexastore.products SET active = false WHERE id = ?"_s, {m_productB}),
             u"HX205"_s);
    QCOMPARE(state(u"SELECT hexastore.moderate_listing(?, false, E' \\t ')"_s, {m_productB}),
             u"HX324"_s);
    QCOMPARE(
        state(u"SELECT hexastore.moderate_listing(?, false, 'Counterfeit logo')"_s, {m_productB}),
        u"ok"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.audit_log WHERE action = 'product.hide' "
                    "AND entity_id = ? AND reason = 'Counterfeit logo'"_s,
                    {m_productB}),
             1);
    // Out of the catalog; its seller reads why, and cannot list it again.
    init();
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products WHERE id = ?"_s, {m_productB}), 0);
    as(u"b@test.example"_s);
    QCOMPARE(m_sql
                 ->queryOne(u"SELECT moderation_reason FROM hexastore.products WHERE id = ?"_s,
                            {m_productB})
                 ->value(0)
                 .toString(),
             u"Counterfeit logo"_s);
    QCOMPARE(state(u"UPDATE hexastore.products SET active = true WHERE id = ?"_s, {m_productB}),
             u"HX206"_s);
    QCOMPARE(state(u"UPDATE hexastore.products SET name = 'Bob''s own mouse' WHERE id = ?"_s,
                   {m_productB}),
             u"ok"_s);
    QCOMPARE(state(u"UPDATE hexastore.products SET moderation_reason = NULL WHERE id = ?"_s,
                   {m_productB}),
             u"42501"_s);
    // Only administrators moderate.
    for (const QString& who : {QString(), u"a@test.example"_s, u"buyer@test.example"_s}) {
        as(who);
        QVERIFY(state(u"SELECT hexastore.moderate_listing(?, true, 'mine now')"_s, {m_productB}) !=
                u"ok"_s);
    }
    as(u"admin@test.example"_s);
    QCOMPARE(state(u"SELECT hexastore.moderate_listing(?, true, 'Logo licensed')"_s, {m_productB}),
             u"ok"_s);
    as(u"b@test.example"_s);
    QVERIFY(m_sql
                ->queryOne(u"SELECT moderation_reason FROM hexastore.products WHERE id = ?"_s,
                           {m_productB})
                ->value(0)
                .isNull());
    // Showing only lifts an administrator's hiding: what a seller hid stays hidden.
    QCOMPARE(state(u"UPDATE hexastore.products SET active = false WHERE id = ?"_s, {m_productB}),
             u"ok"_s);
    as(u"admin@test.example"_s);
    QCOMPARE(state(u"SELECT hexastore.moderate_listing(?, true, 'show it')"_s, {m_productB}),
             u"HX207"_s);
    as(u"b@test.example"_s);
    // Sellers still hide and list their own.
    QCOMPARE(state(u"UPDATE hexastore.products SET active = false WHERE id = ?"_s, {m_productB}),
             u"ok"_s);
    QCOMPARE(state(u"UPDATE hexastore.products SET active = true WHERE id = ?"_s, {m_productB}),
             u"ok"_s);
}

void TstCatalogSql::onlyAdminsEditCategoriesAndBrands()
{
    for (const QString& who : {QString(), u"a@test.example"_s, u"buyer@test.example"_s}) {
        as(who);
        QCOMPARE(state(u"INSERT INTO hexastore.categories (name) VALUES ('Rogue')"_s), u"42501"_s);
        QCOMPARE(state(u"INSERT INTO hexastore.brands (name) VALUES ('Rogue')"_s), u"42501"_s);
        QCOMPARE(*m_sql->execute(u"UPDATE hexastore.categories SET name = 'Hacked' WHERE id = ?"_s,
                                 {m_category}),
                 0);
        QCOMPARE(*m_sql->execute(u"DELETE FROM hexastore.categories WHERE id = ?"_s, {m_child}), 0);
    }
    as(u"admin@test.example"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.brands (name) VALUES ('Keyco')"_s), u"ok"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.brands (name) VALUES ('KEYCO')"_s), u"23505"_s);
    QCOMPARE(
        state(u"UPDATE hexastore.categories SET name = 'Gadgets' WHERE id = ?"_s, {m_category}),
        u"ok"_s);
}

void TstCatalogSql::categoryTreeRules()
{
    as(u"admin@test.example"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.categories (parent_id, name) VALUES (?, 'keyboards')"_s,
                   {m_category}),
             u"23505"_s); // unique among siblings, whatever the case
    QCOMPARE(state(u"INSERT INTO hexastore.categories (parent_id, name) VALUES (?, 'Keyboards')"_s,
                   {m_child}),
             u"ok"_s); // the same name elsewhere in the tree is fine
    QCOMPARE(state(u"UPDATE hexastore.categories SET parent_id = ? WHERE id = ?"_s,
                   {m_child, m_category}),
             u"HX202"_s); // no cycles
    QCOMPARE(state(u"DELETE FROM hexastore.categories WHERE id = ?"_s, {m_child}),
             u"HX201"_s); // not empty
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.category_subtree(?)"_s, {m_category}), 3);
}

void TstCatalogSql::orderedProductsAreArchivedNotDeleted()
{
    as(u"a@test.example"_s);
    const qint64 fresh = insertProduct(u"Never ordered"_s);
    const qint64 sold = insertProduct(u"Once ordered"_s);
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.products SET ever_ordered = true WHERE id = ?"_s, {sold}));
    QCOMPARE(m_sql->queryOne(u"SELECT hexastore.delete_product(?)"_s, {fresh})->value(0).toString(),
             u"deleted"_s);
    QCOMPARE(m_sql->queryOne(u"SELECT hexastore.delete_product(?)"_s, {sold})->value(0).toString(),
             u"archived"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products WHERE id = ?"_s, {fresh}), 0);
    QCOMPARE(
        scalar(
            u"SELECT count(*) FROM hexastore.products WHERE id = ? AND archived_at IS NOT NULL"_s,
            {sold}),
        1);
    init();
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.products WHERE id = ?"_s, {sold}), 0);
    // Plain DELETE is not granted on products at all.
    as(u"a@test.example"_s);
    QCOMPARE(state(u"DELETE FROM hexastore.products WHERE id = ?"_s, {sold}), u"42501"_s);
}

void TstCatalogSql::imagesGoThroughAddImage()
{
    const QByteArray bytes("\x89PNG fake but hashed", 20);
    as(u"buyer@test.example"_s);
    QCOMPARE(state(u"SELECT hexastore.add_image(?, ?, 'image/png', 1, 1)"_s, {bytes, bytes}),
             u"42501"_s);
    as(u"a@test.example"_s);
    auto hash =
        m_sql->queryOne(u"SELECT hexastore.add_image(?, ?, 'image/png', 1, 1)"_s, {bytes, bytes});
    QVERIFY(hash.has_value());
    QCOMPARE(hash->value(0).toByteArray(),
             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QCOMPARE(state(u"SELECT hexastore.add_image(?, ?, 'image/gif', 1, 1)"_s,
                   {QByteArray(bytes + "x"), bytes}),
             u"23514"_s);
    QCOMPARE(
        state(
            u"INSERT INTO hexastore.images (sha256, mime, width, height, bytes, thumbnail) VALUES (?, 'image/png', 1, 1, ?, ?)"_s,
            {QByteArray(32, 'x'), bytes, bytes}),
        u"42501"_s);
    QCOMPARE(
        state(
            u"INSERT INTO hexastore.product_images (product_id, position, image_sha256) VALUES (?, 0, ?)"_s,
            {m_productA, hash->value(0)}),
        u"ok"_s);
    QCOMPARE(
        state(
            u"INSERT INTO hexastore.product_images (product_id, position, image_sha256) VALUES (?, 0, ?)"_s,
            {m_productB, hash->value(0)}),
        u"42501"_s); // not Alice's product
}

void TstCatalogSql::sellersViewShowsOnlyNames()
{
    auto rows = m_sql->query(u"SELECT * FROM hexastore.sellers ORDER BY id"_s);
    QVERIFY(rows.has_value());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->first().count(), 2); // id and name, nothing else
    QCOMPARE(rows->first().value(u"name"_s).toString(), u"Alice"_s);
}

QTEST_GUILESS_MAIN(TstCatalogSql)
#include "tst_catalog_sql.moc"
