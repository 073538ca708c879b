#include "ListingTableModel.h"

#include "db/WhenReady.h"
#include "ModelRoles.h"
#include "services/catalog/ListingService.h"
#include "VariantTableModel.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

ListingTableModel::ListingTableModel(ListingService& listings, QObject* parent)
    : QAbstractTableModel(parent)
    , m_listings(listings)
{}

int ListingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ListingRow* ListingTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QList<qint64> ListingTableModel::productIds(const QList<int>& rows) const
{
    QList<qint64> ids;
    for (int row : rows) {
        if (const ListingRow* r = rowAt(row); r && !ids.contains(r->productId))
            ids.append(r->productId);
    }
    return ids;
}

QVariant ListingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListingRow& r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Product:
            return r.productName;
        case Sku:
            return r.sku;
        case Options:
            return VariantTableModel::optionsText(r.options);
        case Price:
            return r.price.toDisplayString(locale);
        case Stock:
            return locale.toString(r.stock);
        case Listed:
            if (!r.moderationReason.isEmpty())
                return tr("Hidden by an administrator: %1").arg(r.moderationReason);
            return r.productActive ? tr("Listed") : tr("Hidden");
        }
        break;

    case Qt::EditRole:
        switch (index.column()) {
        case Price:
            return r.price.cents();
        case Stock:
            return r.stock;
        case ForSale:
            return r.variantActive;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::CheckStateRole:
        if (index.column() == ForSale)
            return r.variantActive ? Qt::Checked : Qt::Unchecked;
        break;
    case ModelRoles::SortRole:
        return index.column() == Price ? QVariant(r.price.cents()) : data(index, Qt::EditRole);
    case ModelRoles::IdRole:
        return r.variantId;
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Stock)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (m_saving.contains(r.variantId)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::ToolTipRole:
        if (m_saving.contains(r.variantId))
            return tr("Saving…");
        if (index.column() == Price || index.column() == Stock)
            return tr("Double-click to change");
        if (index.column() == Listed && !r.moderationReason.isEmpty())
            return tr("An administrator took this product out of the catalog: %1")
                .arg(r.moderationReason);
        break;
    default:
        break;
    }
    return {};
}

QVariant ListingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Product:
        return tr("Product");
    case Sku:
        return tr("SKU");
    case Options:
        return tr("Options");
    case Price:
        return tr("Price");
    case Stock:
        return tr("Stock");
    case ForSale:
        return tr("For sale");
    case Listed:
        return tr("Listing");
    }
    return {};
}

Qt::ItemFlags ListingTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_saving.contains(m_rows.at(index.row()).variantId))
        return f;
    if (index.column() == Price || index.column() == Stock)
        return f | Qt::ItemIsEditable;
    if (index.column() == ForSale)
        return f | Qt::ItemIsUserCheckable;
    return f;
}

bool ListingTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    QVariant wanted;
    if ((index.column() == Price || index.column() == Stock) && role == Qt::EditRole)
        wanted = value;
    else if (index.column() == ForSale && role == Qt::CheckStateRole)
        wanted = value.toInt() == Qt::Checked;
    else if (index.column() == ForSale && role == Qt::EditRole)
        wanted = value.toBool();
    else
        return false;
    const ListingRow before = m_rows.at(index.row());
    if (!change(index.row(), Column(index.column()), wanted))
        return false;
    const ListingRow& after = m_rows.at(index.row());
    if (after.price != before.price || after.stock != before.stock ||
        after.variantActive != before.variantActive)
        emit edited(before.variantId, index.column(), cellValue(before, Column(index.column())),
                    wanted);
    return true;
}

bool ListingTableModel::restore(qint64 variantId, int column, const QVariant& value)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).variantId != variantId)
            continue;
        if (m_saving.contains(variantId)) {
            emit saveFailed(tr("That row is still being saved; undo again in a moment."), false);
            return false;
        }
        return change(row, Column(column), value);
    }
    emit saveFailed(tr("The changed row is not in the list now (a search hides it), so its "
                       "change cannot be undone from here."),
                    false);
    return false;
}

QVariant ListingTableModel::cellValue(const ListingRow& row, Column column)
{
    switch (column) {
    case Price:
        return row.price.cents();
    case Stock:
        return row.stock;
    case ForSale:
        return row.variantActive;
    default:
        return {};
    }
}

bool ListingTableModel::change(int row, Column column, const QVariant& value)
{
    const ListingRow before = m_rows.at(row);
    ListingRow wanted = before;
    bool ok = true;
    if (column == Price)
        wanted.price = Money::fromCents(value.toLongLong(&ok));
    else if (column == Stock)
        wanted.stock = value.toInt(&ok);
    else if (column == ForSale)
        wanted.variantActive = value.toBool();
    else
        return false;
    if (!ok)
        return false;
    if (wanted.price == before.price && wanted.stock == before.stock &&
        wanted.variantActive == before.variantActive)
        return true;
    // Shown at once; put back if the database says no.
    m_rows[row] = wanted;
    m_saving.insert(wanted.variantId);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    save(row, wanted, before);
    return true;
}

void ListingTableModel::save(int row, const ListingRow& wanted, const ListingRow& before)
{
    ListingService::VariantChange change{wanted.variantId, before.variantVersion, wanted.price,
                                         wanted.stock, wanted.variantActive};
    const qint64 variantId = wanted.variantId;
    Q_UNUSED(row)
    whenReady(m_listings.updateVariant(change), this,
              [this, variantId, before](const Result<ListingRow>& result) {
                  m_saving.remove(variantId);
                  // Rows may have moved (reload, paging): find it again.
                  int at = -1;
                  for (int i = 0; i < m_rows.size(); ++i) {
                      if (m_rows.at(i).variantId == variantId) {
                          at = i;
                          break;
                      }
                  }
                  if (at >= 0) {
                      m_rows[at] = result ? *result : before;
                      emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
                  }
                  if (result) {
                      emit saved(tr("Saved %1 (%2).").arg(result->productName, result->sku));
                  } else {
                      emit saveFailed(result.error().message(),
                                      result.error().code() == ServiceError::Code::Conflict);
                  }
              });
}

bool ListingTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_rows.isEmpty();
}

void ListingTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        request(false);
}

void ListingTableModel::setFilterText(const QString& text)
{
    m_filter = text;
    reload();
}

void ListingTableModel::reload()
{
    request(true);
}

void ListingTableModel::request(bool replace)
{
    m_loading = true;
    std::optional<ListingRow> after;
    if (!replace && !m_rows.isEmpty())
        after = m_rows.last();
    m_latest.run(
        m_listings.listings(m_filter, after, kPageSize), this,
        [this, replace](const Result<QList<ListingRow>>& page) {
            if (!page) {
                m_loading = false;
                emit loadFailed(page.error().message());
                return;
            }
            if (replace) {
                beginResetModel();
                m_rows = *page;
                m_atEnd = page->size() < kPageSize;
                endResetModel();
            } else if (!page->isEmpty()) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(page->size()) - 1);
                m_rows.append(*page);
                m_atEnd = page->size() < kPageSize;
                endInsertRows();
            } else {
                m_atEnd = true;
            }
            m_loading = false; // after the rows are in: see ProductTableModel
        },
        replace);
}
