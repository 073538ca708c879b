#include "ProductTableModel.h"

#include "ModelRoles.h"
#include "services/catalog/CatalogService.h"
#include "services/media/ImageCache.h"

#include <QLocale>

using namespace Qt::StringLiterals;

ProductTableModel::ProductTableModel(CatalogService& catalog, ImageCache* images, QObject* parent,
                                     ProductSearchSql::Scope scope)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_images(images)
    , m_scope(scope)
{
    if (m_images)
        connect(m_images, &ImageCache::thumbnailReady, this, &ProductTableModel::onThumbnail);
}

int ProductTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ProductSummary* ProductTableModel::productAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant ProductTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductSummary& p = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return p.name;
        case Brand:
            return p.brand;
        case Category:
            return p.category;
        case Seller:
            return p.seller;
        case Price:
            return p.price ? p.price->toDisplayString(locale) : tr("—");
        case Stock:
            if (!p.active)
                return tr("Hidden");
            return p.inStock ? tr("In stock") : tr("Out of stock");
        case Rating:
            return ratingText(p.ratingHundredths, p.ratingCount);
        case Added:
            return locale.toString(p.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        }
        break;
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Price:
            return p.price ? QVariant(p.price->cents()) : QVariant();
        case Stock:
            return p.inStock;
        case Rating:
            return p.ratingHundredths;
        case Added:
            return p.createdAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ModelRoles::IdRole:
        return p.id;
    case Qt::DecorationRole:
        if (index.column() == Name && m_images && !p.thumbnailSha256.isEmpty()) {
            const QPixmap thumbnail = m_images->thumbnail(p.thumbnailSha256, QSize(48, 36));
            if (!thumbnail.isNull())
                return thumbnail;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Price)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return p.name;
        break;
    default:
        break;
    }
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Product");
    case Brand:
        return tr("Brand");
    case Category:
        return tr("Category");
    case Seller:
        return tr("Seller");
    case Price:
        return tr("Price");
    case Stock:
        return tr("Availability");
    case Rating:
        return tr("Rating");
    case Added:
        return tr("Added");
    }
    return {};
}

QString ProductTableModel::ratingText(int hundredths, int count)
{
    if (count == 0)
        return tr("No reviews");
    const QLocale locale;
    return tr("★ %1 (%2)").arg(locale.toString(hundredths / 100.0, 'f', 1), locale.toString(count));
}

bool ProductTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_showingEnd && !m_rows.isEmpty();
}

void ProductTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const ProductSummary& last = m_rows.last();
    request(ProductCursor{last.sortValue, last.id}, ProductSearchSql::Direction::Forward, false);
}

void ProductTableModel::sort(int column, Qt::SortOrder order)
{
    ProductSort sort = m_query.sort;
    switch (column) {
    case Name:
        sort = ProductSort::Name;
        break;
    case Price:
        sort = order == Qt::AscendingOrder ? ProductSort::PriceAscending
                                           : ProductSort::PriceDescending;
        break;
    case Added:
        sort = ProductSort::Newest;
        break;
    case Rating:
        sort = ProductSort::Rating;
        break;
    default:
        return; // the server sorts by the columns it has indexes for
    }
    if (sort == m_query.sort)
        return;
    m_query.sort = sort;
    reload();
}

void ProductTableModel::setQuery(const ProductQuery& query)
{
    m_query = query;
    reload();
}

void ProductTableModel::setScope(ProductSearchSql::Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    reload();
}

void ProductTableModel::reload()
{
    m_showingEnd = false;
    request(std::nullopt, ProductSearchSql::Direction::Forward, true);
}

void ProductTableModel::jumpToEnd()
{
    m_showingEnd = true;
    request(std::nullopt, ProductSearchSql::Direction::Backward, true);
}

void ProductTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void ProductTableModel::request(const std::optional<ProductCursor>& cursor,
                                ProductSearchSql::Direction direction, bool replace)
{
    setLoading(true);
    m_latest.run(
        m_catalog.products(m_query, cursor, kPageSize, direction, m_scope), this,
        [this, replace, direction](const Result<ProductPage>& page) {
            if (!page) {
                setLoading(false);
                emit loadFailed(page.error().message());
                return;
            }
            if (replace) {
                beginResetModel();
                m_rows = page->rows;
                // Going backward from the end, "at end" means "at the start".
                m_atEnd = direction == ProductSearchSql::Direction::Backward || page->atEnd;
                endResetModel();
            } else if (!page->rows.isEmpty()) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(page->rows.size()) - 1);
                m_rows.append(page->rows);
                m_atEnd = page->atEnd;
                endInsertRows();
            } else {
                m_atEnd = true;
            }
            // Only now: views (and the model tester) call fetchMore from
            // inside the insert signals, and must not see the old rows as
            // "not loading" and ask for the same page again.
            setLoading(false);
            if (m_images) {
                QList<QByteArray> thumbs;
                for (const ProductSummary& p : page->rows)
                    thumbs.append(p.thumbnailSha256);
                m_images->prefetch(thumbs);
            }
            emit pageLoaded(int(page->rows.size()));
        },
        replace);
}

void ProductTableModel::onThumbnail(const QByteArray& sha256)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).thumbnailSha256 == sha256) {
            const QModelIndex cell = index(row, Name);
            emit dataChanged(cell, cell, {Qt::DecorationRole});
        }
    }
}
