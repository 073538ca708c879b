#include "CatalogSeeder.h"

#include "db/SqlExecutor.h"
#include "DemoImagePainter.h"
#include "services/media/ImagePipeline.h"

#include <QSqlRecord>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

struct Leaf {
    const char* parent;
    const char* name;
    const char* noun;
    bool sized; // variants by size instead of colour
};

// clang-format off
constexpr Leaf kLeaves[] = {
    {"Electronics", "Keyboards", "Keyboard", false},
    {"Electronics", "Mice", "Mouse", false},
    {"Electronics", "Monitors", "Monitor", false},
    {"Electronics", "Headphones", "Headphones", false},
    {"Electronics", "Phones", "Phone", false},
    {"Electronics", "Cameras", "Camera", false},
    {"Home & Kitchen", "Cookware", "Frying Pan", false},
    {"Home & Kitchen", "Furniture", "Chair", false},
    {"Home & Kitchen", "Lighting", "Desk Lamp", false},
    {"Home & Kitchen", "Coffee", "Coffee Maker", false},
    {"Fashion", "Shoes", "Sneakers", true},
    {"Fashion", "Jackets", "Jacket", true},
    {"Fashion", "T-Shirts", "T-Shirt", true},
    {"Fashion", "Bags", "Backpack", false},
    {"Books", "Fiction", "Novel", false},
    {"Books", "Science", "Textbook", false},
    {"Books", "Children's Books", "Picture Book", false},
    {"Sports & Outdoors", "Cycling", "Bike Helmet", true},
    {"Sports & Outdoors", "Running", "Running Shoes", true},
    {"Sports & Outdoors", "Camping", "Tent", false},
    {"Toys & Games", "Board Games", "Board Game", false},
    {"Toys & Games", "Puzzles", "Jigsaw Puzzle", false},
    {"Garden", "Tools", "Garden Shears", false},
    {"Garden", "Plants", "Planter", false},
};
// clang-format on

const QStringList kBrands{
    u"Keyco"_s,    u"Sonora"_s,     u"Vista"_s,     u"Swift"_s,      u"Northwind"_s,  u"Lumen"_s,
    u"Orbit"_s,    u"Pixelworks"_s, u"Tundra"_s,    u"Brightside"_s, u"Copperleaf"_s, u"Everpeak"_s,
    u"Fjord"_s,    u"Granite"_s,    u"Harbor"_s,    u"Ironwood"_s,   u"Juniper"_s,    u"Kestrel"_s,
    u"Larkspur"_s, u"Meridian"_s,   u"Nimbus"_s,    u"Oakridge"_s,   u"Pinecrest"_s,  u"Quill"_s,
    u"Redwood"_s,  u"Sable"_s,      u"Tidewater"_s, u"Umbra"_s,      u"Verde"_s,      u"Wren"_s,
};

const QStringList kAdjectives{
    u"Classic"_s,     u"Compact"_s,    u"Deluxe"_s,   u"Ergonomic"_s, u"Essential"_s,
    u"Lightweight"_s, u"Modern"_s,     u"Premium"_s,  u"Quiet"_s,     u"Rugged"_s,
    u"Sleek"_s,       u"Smart"_s,      u"Solid"_s,    u"Ultra"_s,     u"Vintage"_s,
    u"Wireless"_s,    u"Mechanical"_s, u"Foldable"_s, u"Portable"_s,  u"Eco"_s,
};

const QStringList kSentences{
    u"Built to last and easy to care for."_s,
    u"Designed with feedback from thousands of customers."_s,
    u"Ships in recyclable packaging."_s,
    u"Comes with a two-year warranty."_s,
    u"A favourite for everyday use at home and on the go."_s,
    u"Carefully tested before it leaves the workshop."_s,
};

constexpr int kImagesPerLeaf = 3;
constexpr qint64 kBatch = 100000;

QString joined(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace

CatalogSeeder::CatalogSeeder(SqlExecutor& sql)
    : m_sql(sql)
{}

Result<QList<qint64>> CatalogSeeder::ensureCategories()
{
    QList<qint64> leaves;
    for (const Leaf& leaf : kLeaves) {
        auto parent =
            m_sql.queryOne(uR"(
            WITH ins AS (
                INSERT INTO hexastore.categories (name) VALUES (?)
                ON CONFLICT (coalesce(parent_id, 0), lower(name)) DO NOTHING RETURNING id)
            SELECT id FROM ins
            UNION ALL SELECT id FROM hexastore.categories WHERE parent_id IS NULL AND lower(name) = lower(?)
            LIMIT 1)"_s,
                           {QString::fromUtf8(leaf.parent), QString::fromUtf8(leaf.parent)});
        if (!parent)
            return std::unexpected(parent.error());
        const qint64 parentId = parent->value(0).toLongLong();
        auto child = m_sql.queryOne(
            uR"(
            WITH ins AS (
                INSERT INTO hexastore.categories (parent_id, name) VALUES (?, ?)
                ON CONFLICT (coalesce(parent_id, 0), lower(name)) DO NOTHING RETURNING id)
            SELECT id FROM ins
            UNION ALL SELECT id FROM hexastore.categories WHERE parent_id = ? AND lower(name) = lower(?)
            LIMIT 1)"_s,
            {parentId, QString::fromUtf8(leaf.name), parentId, QString::fromUtf8(leaf.name)});
        if (!child)
            return std::unexpected(child.error());
        leaves.append(child->value(0).toLongLong());
    }
    return leaves;
}

Result<QList<qint64>> CatalogSeeder::ensureBrands()
{
    QList<qint64> ids;
    for (const QString& name : kBrands) {
        auto row = m_sql.queryOne(uR"(
            WITH ins AS (
                INSERT INTO hexastore.brands (name) VALUES (?)
                ON CONFLICT (lower(name)) DO NOTHING RETURNING id)
            SELECT id FROM ins UNION ALL SELECT id FROM hexastore.brands WHERE lower(name) = lower(?)
            LIMIT 1)"_s,
                                  {name, name});
        if (!row)
            return std::unexpected(row.error());
        ids.append(row->value(0).toLongLong());
    }
    return ids;
}

Result<qint64> CatalogSeeder::seed(qint64 products, quint32 seed,
                                   const std::function<void(qint64 done)>& progress)
{
    auto existing =
        m_sql.queryOne(u"SELECT count(*) FROM (SELECT 1 FROM hexastore.products LIMIT 1) x"_s);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->value(0).toInt() > 0)
        return 0;
    auto sellers = m_sql.query(
        u"SELECT id FROM hexastore.users WHERE role = 'seller' AND status = 'active' ORDER BY id"_s);
    if (!sellers)
        return std::unexpected(sellers.error());
    if (sellers->isEmpty()) {
        return std::unexpected(ServiceError(ServiceError::Code::Validation,
                                            u"There are no sellers to own the demo catalog."_s));
    }
    QList<qint64> sellerIds;
    for (const QSqlRecord& row : *sellers)
        sellerIds.append(row.value(0).toLongLong());

    if (auto begun = m_sql.begin(); !begun)
        return std::unexpected(begun.error());
    auto leaves = ensureCategories();
    auto brands = leaves ? ensureBrands() : Result<QList<qint64>>(std::unexpected(leaves.error()));
    if (!brands) {
        m_sql.rollback();
        return std::unexpected(brands.error());
    }
    QStringList imageHashes;
    for (qsizetype leaf = 0; leaf < leaves->size(); ++leaf) {
        for (int v = 0; v < kImagesPerLeaf; ++v) {
            auto image = ImagePipeline::fromImage(DemoImagePainter::paint(int(leaf), v, seed));
            if (!image) {
                m_sql.rollback();
                return std::unexpected(image.error());
            }
            auto stored = m_sql.execute(uR"(
                INSERT INTO hexastore.images (sha256, mime, width, height, bytes, thumbnail)
                VALUES (sha256(?), ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING)"_s,
                                        {image->bytes, image->mime, image->size.width(),
                                         image->size.height(), image->bytes, image->thumbnail});
            if (!stored) {
                m_sql.rollback();
                return std::unexpected(stored.error());
            }
            imageHashes << QString::fromLatin1(image->sha256.toHex());
        }
    }
    if (auto committed = m_sql.commit(); !committed)
        return std::unexpected(committed.error());

    QStringList nouns;
    QStringList sized;
    for (const Leaf& leaf : kLeaves) {
        nouns << QString::fromUtf8(leaf.noun);
        sized << (leaf.sized ? u"t"_s : u"f"_s);
    }
    // As a superuser, skip the per-row triggers: the statement below computes
    // what they would (price summary, stock flag) and the data is consistent by
    // construction. Anyone else gets the triggers, just slower.
    const bool fast = m_sql.execute(u"SET session_replication_role = replica"_s).has_value();

    auto idBase = m_sql.queryOne(u"SELECT coalesce(max(id), 0) FROM hexastore.products"_s);
    if (!idBase)
        return std::unexpected(idBase.error());
    const qint64 base = idBase->value(0).toLongLong();

    // h: 63 pseudo-random bits per product, the same for the same seed.
    const QString batchSql = uR"(
        WITH params AS (
            SELECT string_to_array(?, ',')::bigint[] AS leaves,
                   string_to_array(?, '|') AS nouns,
                   string_to_array(?, ',')::boolean[] AS sized,
                   string_to_array(?, ',')::bigint[] AS brands,
                   string_to_array(?, '|') AS brand_names,
                   string_to_array(?, ',')::bigint[] AS sellers,
                   string_to_array(?, '|') AS adjectives,
                   string_to_array(?, '|') AS sentences,
                   string_to_array(?, ',') AS images
        ), g AS (
            SELECT n, h,
                   1 + (h >> 8) % array_length(leaves, 1) AS leaf,
                   CASE WHEN (h >> 16) % 10 = 0 THEN NULL ELSE 1 + (h >> 20) % array_length(brands, 1) END AS brand,
                   1 + (h >> 4) % 3 AS variants,
                   500 + (h >> 12) % 49500 AS base_cents
              FROM (SELECT n, abs(hashint8extended(n, ?::bigint)) AS h
                      FROM generate_series(?::bigint, ?::bigint) n) r, params
        ), products AS (
            INSERT INTO hexastore.products (id, seller_id, category_id, brand_id, name, description,
                                            active, created_at, min_price, in_stock)
            OVERRIDING SYSTEM VALUE
            SELECT ?::bigint + n,
                   sellers[1 + h % array_length(sellers, 1)],
                   leaves[leaf],
                   brands[brand],
                   concat_ws(' ', brand_names[brand], adjectives[1 + (h >> 32) % array_length(adjectives, 1)],
                             nouns[leaf], chr(65 + ((h >> 40) % 26)::int) || '-' || (100 + (h >> 44) % 900)),
                   format('%s %s by %s. %s', adjectives[1 + (h >> 32) % array_length(adjectives, 1)],
                          lower(nouns[leaf]), coalesce(brand_names[brand], 'an independent maker'),
                          sentences[1 + (h >> 36) % array_length(sentences, 1)]),
                   (h >> 28) % 50 <> 0,
                   now() - make_interval(secs => (?::bigint - n) * 37),
                   base_cents / 100.0,
                   (h >> 49) % 40 > 0 OR (variants >= 2 AND (h >> 50) % 40 > 0)
                       OR (variants >= 3 AND (h >> 51) % 40 > 0)
              FROM g, params
            RETURNING id
        ), variants AS (
            INSERT INTO hexastore.product_variants (product_id, sku, options, price, stock)
            SELECT ?::bigint + n, 'HX-' || (?::bigint + n) || '-' || k,
                   CASE WHEN sized[leaf] THEN jsonb_build_object('size', (ARRAY['S', 'M', 'L'])[k])
                        ELSE jsonb_build_object('colour', (ARRAY['Black', 'White', 'Blue'])[k]) END,
                   (base_cents + (k - 1) * 500) / 100.0,
                   ((h >> (48 + k)::integer) % 40)::integer
              FROM g, params, generate_series(1, g.variants) k
            RETURNING 1
        )
        INSERT INTO hexastore.product_images (product_id, position, image_sha256)
        SELECT ?::bigint + n, 0, decode(images[(leaf - 1) * 3 + 1 + (h >> 56) % 3], 'hex')
          FROM g, params)"_s;

    const QVariantList fixed{joined(*leaves),        nouns.join(u'|'),      sized.join(u','),
                             joined(*brands),        kBrands.join(u'|'),    joined(sellerIds),
                             kAdjectives.join(u'|'), kSentences.join(u'|'), imageHashes.join(u',')};
    qint64 done = 0;
    while (done < products) {
        const qint64 first = done + 1;
        const qint64 last = std::min(products, done + kBatch);
        QVariantList params = fixed;
        params << qint64(seed) << first << last << base << products << base << base << base;
        if (auto begun = m_sql.begin(); !begun)
            return std::unexpected(begun.error());
        if (auto inserted = m_sql.execute(batchSql, params); !inserted) {
            m_sql.rollback();
            return std::unexpected(inserted.error());
        }
        if (auto committed = m_sql.commit(); !committed)
            return std::unexpected(committed.error());
        done = last;
        if (progress)
            progress(done);
    }
    if (fast)
        (void)m_sql.execute(u"SET session_replication_role = DEFAULT"_s);
    // Identity columns continue after the ids given explicitly.
    if (auto ok =
            m_sql.script(u"SELECT setval(pg_get_serial_sequence('hexastore.products', 'id'), "
                         "(SELECT max(id) FROM hexastore.products)); "
                         "INSERT INTO hexastore.search_words (word) "
                         "SELECT DISTINCT hexastore._name_words(name) FROM hexastore.products "
                         "ON CONFLICT DO NOTHING; "
                         "ANALYZE hexastore.products; ANALYZE hexastore.product_variants; "
                         "ANALYZE hexastore.product_images"_s);
        !ok)
        return std::unexpected(ok.error());
    return products;
}
