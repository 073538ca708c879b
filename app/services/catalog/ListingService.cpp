#include "ListingService.h"

#include "services/common/CsvField.h"

#include "db/DbWorker.h"
#include "db/SqlValues.h"
#include "services/media/ImagePipeline.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlRecord>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

constexpr qint64 kMaxPriceCents = 100'000'000'000; // 1,000,000,000.00

const QString kListingColumns =
    u"v.id AS variant_id, p.id AS product_id, p.name, v.sku, v.options::text AS options, "
    "(v.price * 100)::bigint AS price_cents, v.stock, v.active AS variant_active, v.version, "
    "p.active AS product_active, p.moderation_reason"_s;

ListingRow rowFrom(const QSqlRecord& r)
{
    ListingRow row;
    row.variantId = r.value(u"variant_id"_s).toLongLong();
    row.productId = r.value(u"product_id"_s).toLongLong();
    row.productName = r.value(u"name"_s).toString();
    row.sku = r.value(u"sku"_s).toString();
    row.options = SqlValues::jsonObject(r.value(u"options"_s));
    row.price = Money::fromCents(r.value(u"price_cents"_s).toLongLong());
    row.stock = r.value(u"stock"_s).toInt();
    row.variantActive = r.value(u"variant_active"_s).toBool();
    row.variantVersion = r.value(u"version"_s).toInt();
    row.productActive = r.value(u"product_active"_s).toBool();
    row.moderationReason = r.value(u"moderation_reason"_s).toString();
    return row;
}

QString optionsJson(const QVariantMap& options)
{
    return QString::fromUtf8(QJsonDocument::fromVariant(options).toJson(QJsonDocument::Compact));
}

ServiceError invalid(const QString& message, const QString& field)
{
    return ServiceError(Code::Validation, message).withField(field);
}

std::optional<ServiceError> checkVariant(const ProductVariant& v)
{
    static const QRegularExpression sku(u"^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$"_s);
    if (!sku.match(v.sku).hasMatch()) {
        return invalid(ListingService::tr("\"%1\" is not a valid SKU: use 1 to 64 letters, digits, "
                                          "dots, dashes, slashes or underscores, starting with a "
                                          "letter or digit.")
                           .arg(v.sku),
                       u"sku"_s);
    }
    if (v.price.cents() < 1 || v.price.cents() > kMaxPriceCents)
        return invalid(
            ListingService::tr("%1 has no valid price: a price is from 0.01 to 1,000,000,000.")
                .arg(v.sku),
            u"price"_s);
    if (v.stock < 0)
        return invalid(ListingService::tr("Stock cannot be negative."), u"stock"_s);
    return std::nullopt;
}

} // namespace

ListingService::ListingService(DbWorker& worker)
    : m_worker(worker)
{}

QFuture<Result<QList<ListingRow>>>
ListingService::listings(const QString& text, const std::optional<ListingRow>& after, int limit)
{
    QString sql =
        u"SELECT "_s + kListingColumns +
        u" FROM hexastore.products p JOIN hexastore.product_variants v ON v.product_id = p.id "
        "WHERE p.seller_id = hexastore.current_user_id() AND p.archived_at IS NULL"_s;
    QVariantList params;
    if (!text.trimmed().isEmpty()) {
        sql += u" AND p.id IN (SELECT product_id FROM hexastore.search_products(?))"_s;
        params << text.trimmed();
    }
    if (after) {
        sql += u" AND (p.id, v.id) < (?, ?)"_s;
        params << after->productId << after->variantId;
    }
    sql += u" ORDER BY p.id DESC, v.id DESC LIMIT %1"_s.arg(limit);
    return m_worker.transact([sql, params](SqlExecutor& db) -> Result<QList<ListingRow>> {
        auto rows = db.query(sql, params);
        if (!rows)
            return std::unexpected(rows.error());
        QList<ListingRow> out;
        for (const QSqlRecord& r : *rows)
            out.append(rowFrom(r));
        return out;
    });
}

QFuture<Result<ListingRow>> ListingService::updateVariant(const VariantChange& change)
{
    if (change.price.cents() < 1 || change.price.cents() > kMaxPriceCents)
        return DbWorker::refuse<Result<ListingRow>>(
            invalid(tr("A price is from 0.01 to 1,000,000,000."), u"price"_s));
    if (change.stock < 0)
        return DbWorker::refuse<Result<ListingRow>>(
            invalid(tr("Stock cannot be negative."), u"stock"_s));
    return m_worker.transact([=](SqlExecutor& db) -> Result<ListingRow> {
        auto updated =
            db.execute(u"UPDATE hexastore.product_variants SET price = ?::numeric, stock = ?, "
                       "active = ? WHERE id = ? AND version = ?"_s,
                       {change.price.toDecimal(), change.stock, change.active, change.variantId,
                        change.expectedVersion});
        if (!updated)
            return std::unexpected(updated.error());
        auto current =
            db.query(u"SELECT "_s + kListingColumns +
                         u", p.seller_id = hexastore.current_user_id() "
                         "OR hexastore.current_user_role() = 'admin' AS mine "
                         "FROM hexastore.product_variants v "
                         "JOIN hexastore.products p ON p.id = v.product_id WHERE v.id = ?"_s,
                     {change.variantId});
        if (!current)
            return std::unexpected(current.error());
        if (current->isEmpty())
            return std::unexpected(ServiceError(Code::NotFound, tr("This item no longer exists.")));
        if (!current->first().value(u"mine"_s).toBool())
            return std::unexpected(
                ServiceError(Code::Forbidden, tr("You can change only your own listings.")));
        const ListingRow row = rowFrom(current->first());
        if (*updated == 0) {
            // Someone saved first: say what is there now, keep nothing of ours.
            return std::unexpected(ServiceError(
                Code::Conflict,
                tr("Someone else changed %1 (%2) meanwhile: it now costs %3 with %4 in stock. "
                   "Reload to see the current values, then make your change again.")
                    .arg(row.productName, row.sku, row.price.toString(QLocale()))
                    .arg(row.stock)));
        }
        return row;
    });
}

QFuture<Result<int>> ListingService::setProductsActive(const QList<qint64>& productIds, bool active)
{
    QStringList ids;
    for (qint64 id : productIds)
        ids << QString::number(id);
    const QString list = ids.join(u',');
    return m_worker.transact([list, active](SqlExecutor& db) {
        // Row-level security limits this to the caller's own (an admin's: any).
        return db.execute(u"UPDATE hexastore.products SET active = ? "
                          "WHERE id = ANY (string_to_array(?, ',')::bigint[]) AND active <> ?"_s,
                          {active, list, active});
    });
}

QFuture<VoidResult> ListingService::moderate(qint64 productId, bool visible, const QString& reason)
{
    return m_worker.transact([productId, visible, reason](SqlExecutor& db) -> VoidResult {
        auto done = db.execute(u"SELECT hexastore.moderate_listing(?, ?, ?)"_s,
                               {productId, visible, reason});
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

QFuture<Result<int>> ListingService::exportCsv(const QString& path)
{
    return m_worker.transactCancellable([path](SqlExecutor& db, const TaskControl& control) {
        return writeCsv(db, path, control);
    });
}

Result<int> ListingService::writeCsv(SqlExecutor& db, const QString& path,
                                     const TaskControl& control)
{
    auto total =
        db.queryOne(u"SELECT count(*) FROM hexastore.products p "
                    "JOIN hexastore.product_variants v ON v.product_id = p.id "
                    "WHERE p.seller_id = hexastore.current_user_id() AND p.archived_at IS NULL"_s);
    if (!total)
        return std::unexpected(total.error());
    const qint64 rowsToWrite = total->value(0).toLongLong();
    // About a hundred progress reports (and cancellation checks) per export.
    const qint64 step = std::max<qint64>(1, rowsToWrite / 100);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(ServiceError(
            Code::Validation, tr("Cannot write %1: %2").arg(path, file.errorString())));
    file.write("product_id,product,category,brand,product_active,sku,options,price,stock,variant_"
               "active\r\n");
    int rows = 0;
    bool cancelled = false;
    auto streamed = db.forEach(
        uR"(SELECT p.id, p.name, c.name AS category, coalesce(b.name, '') AS brand, p.active,
                   v.sku, v.options::text, v.price::text, v.stock, v.active AS variant_active
              FROM hexastore.products p
              JOIN hexastore.product_variants v ON v.product_id = p.id
              JOIN hexastore.categories c ON c.id = p.category_id
              LEFT JOIN hexastore.brands b ON b.id = p.brand_id
             WHERE p.seller_id = hexastore.current_user_id() AND p.archived_at IS NULL
             ORDER BY p.id, v.id)"_s,
        {}, [&](const QSqlRecord& r) {
            QStringList fields;
            for (int i = 0; i < r.count(); ++i) {
                const QVariant value = r.value(i);
                fields << CsvField::escaped(value.typeId() == QMetaType::Bool
                                                ? (value.toBool() ? u"true"_s : u"false"_s)
                                                : value.toString());
            }
            file.write(fields.join(u',').toUtf8() + "\r\n");
            ++rows;
            if (rows % step == 0) {
                control.setProgress(rows, rowsToWrite);
                if (control.isCanceled()) {
                    cancelled = true;
                    return false;
                }
            }
            return true;
        });
    if (!streamed || cancelled) {
        file.cancelWriting(); // nothing half-written is left behind
        if (cancelled)
            return std::unexpected(ServiceError(
                Code::Validation, tr("The export was cancelled; no file was written.")));
        return std::unexpected(streamed.error());
    }
    control.setProgress(rowsToWrite, rowsToWrite);
    if (!file.commit())
        return std::unexpected(ServiceError(
            Code::Validation, tr("Cannot write %1: %2").arg(path, file.errorString())));
    return rows;
}

QFuture<Result<qint64>> ListingService::saveProduct(const ProductDraft& draft)
{
    const QString name = draft.name.trimmed();
    if (name.isEmpty() || name.size() > 200)
        return DbWorker::refuse<Result<qint64>>(
            invalid(tr("Give the product a name of 1 to 200 characters."), u"name"_s));
    if (draft.description.size() > 10000)
        return DbWorker::refuse<Result<qint64>>(
            invalid(tr("The description can have at most 10,000 characters."), u"description"_s));
    if (draft.categoryId == 0)
        return DbWorker::refuse<Result<qint64>>(invalid(tr("Choose a category."), u"category"_s));
    if (draft.variants.isEmpty())
        return DbWorker::refuse<Result<qint64>>(
            invalid(tr("A product needs at least one variant."), u"variants"_s));
    QSet<QString> skus;
    for (const ProductVariant& v : draft.variants) {
        if (auto problem = checkVariant(v))
            return DbWorker::refuse<Result<qint64>>(*problem);
        if (skus.contains(v.sku.toLower()))
            return DbWorker::refuse<Result<qint64>>(
                invalid(tr("The SKU %1 is used twice.").arg(v.sku), u"sku"_s));
        skus.insert(v.sku.toLower());
    }
    const QVariant brand =
        draft.brandId ? QVariant(draft.brandId) : QVariant(QMetaType(QMetaType::LongLong));
    return m_worker.transact([=](SqlExecutor& db) -> Result<qint64> {
        qint64 id = draft.id;
        if (id == 0) {
            auto inserted =
                db.queryOne(u"INSERT INTO hexastore.products (category_id, brand_id, name, "
                            "description, active) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                            {draft.categoryId, brand, name, draft.description, draft.active});
            if (!inserted)
                return std::unexpected(inserted.error());
            id = inserted->value(0).toLongLong();
        } else {
            auto updated = db.execute(
                u"UPDATE hexastore.products SET category_id = ?, brand_id = ?, name = ?, "
                "description = ?, active = ? WHERE id = ? AND version = ?"_s,
                {draft.categoryId, brand, name, draft.description, draft.active, id,
                 draft.version});
            if (!updated)
                return std::unexpected(updated.error());
            if (*updated == 0) {
                return std::unexpected(
                    ServiceError(Code::Conflict,
                                 tr("Someone else changed this product since you opened it. Close "
                                    "the editor, reload, and make your changes again.")));
            }
        }
        QStringList kept;
        for (const ProductVariant& v : draft.variants) {
            if (v.id != 0)
                kept << QString::number(v.id);
        }
        // Removed variants go first, so that their SKUs can be reused.
        auto removed = db.execute(u"DELETE FROM hexastore.product_variants WHERE product_id = ? "
                                  "AND NOT (id = ANY (string_to_array(?, ',')::bigint[]))"_s,
                                  {id, kept.join(u',')});
        if (!removed)
            return std::unexpected(removed.error());
        for (const ProductVariant& v : draft.variants) {
            const QVariantList values{v.sku, optionsJson(v.options), v.price.toDecimal(), v.stock,
                                      v.active};
            auto written =
                v.id == 0
                    ? db.execute(
                          u"INSERT INTO hexastore.product_variants (sku, options, price, "
                          "stock, active, product_id) VALUES (?, ?::jsonb, ?::numeric, ?, ?, ?)"_s,
                          values + QVariantList{id})
                    : db.execute(
                          u"UPDATE hexastore.product_variants SET sku = ?, options = ?::jsonb, "
                          "price = ?::numeric, stock = ?, active = ? WHERE id = ? AND product_id = ?"_s,
                          values + QVariantList{v.id, id});
            if (!written) {
                if (written.error().sqlState() == u"23505"_s) {
                    return std::unexpected(invalid(
                        tr("The SKU %1 is already used by another product.").arg(v.sku), u"sku"_s));
                }
                return std::unexpected(written.error());
            }
        }
        auto cleared =
            db.execute(u"DELETE FROM hexastore.product_images WHERE product_id = ?"_s, {id});
        if (!cleared)
            return std::unexpected(cleared.error());
        for (qsizetype i = 0; i < draft.imageSha256s.size(); ++i) {
            auto added = db.execute(
                u"INSERT INTO hexastore.product_images (product_id, position, image_sha256) "
                "VALUES (?, ?, ?)"_s,
                {id, int(i), draft.imageSha256s.at(i)});
            if (!added)
                return std::unexpected(added.error());
        }
        return id;
    });
}

QFuture<Result<QString>> ListingService::deleteProduct(qint64 productId)
{
    return m_worker.transact([productId](SqlExecutor& db) -> Result<QString> {
        auto row = db.queryOne(u"SELECT hexastore.delete_product(?)"_s, {productId});
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toString();
    });
}

QFuture<Result<QByteArray>> ListingService::addImage(const QByteArray& bytes)
{
    // Decoding and scaling a picture is slow and needs no database: it runs on
    // the thread pool, and a refused picture never reaches the worker. Only
    // the prepared image is stored, in one short transaction.
    DbWorker* worker = &m_worker;
    return QtConcurrent::run([bytes] { return ImagePipeline::prepare(bytes); })
        .then([worker](const Result<ImagePipeline::Prepared>& prepared) {
            if (!prepared)
                return DbWorker::refuse<Result<QByteArray>>(prepared.error());
            return worker->transact([image = *prepared](SqlExecutor& db) -> Result<QByteArray> {
                auto row = db.queryOne(u"SELECT hexastore.add_image(?, ?, ?, ?, ?)"_s,
                                       {image.bytes, image.thumbnail, image.mime,
                                        image.size.width(), image.size.height()});
                if (!row)
                    return std::unexpected(row.error());
                return row->value(0).toByteArray();
            });
        })
        .unwrap();
}
