#include "OrderTableModel.h"
#include "StatusTones.h"

#include "ModelRoles.h"
#include "services/orders/OrderService.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

OrderTableModel::OrderTableModel(OrderService& orders, QObject* parent)
    : QAbstractTableModel(parent)
    , m_orders(orders)
{}

int OrderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderTableModel::timeText(const QDateTime& at)
{
    const QLocale locale;
    // The locale's short date, and minutes: seconds only widen the column.
    return locale.toString(at.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + u" HH:mm"_s);
}

const OrderSummary* OrderTableModel::orderAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OrderTableModel::rowOf(qint64 orderId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == orderId)
            return row;
    }
    return -1;
}

QVariant OrderTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderSummary& o = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return QString(u"#"_s + QString::number(o.id));
        case Placed:
            return timeText(o.createdAt);
        case Buyer:
            return o.buyerName;
        case Seller:
            return o.sellerName;
        case Items:
            return locale.toString(o.itemCount);
        case Total:
            return o.total.toDisplayString(locale);
        case Status:
            return orderStatusDisplayName(o.status);
        }
        break;
    case Qt::EditRole:
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Number:
            return o.id;
        case Placed:
            return o.createdAt;
        case Items:
            return o.itemCount;
        case Total:
            return o.total.cents();
        case Status:
            return int(o.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case ModelRoles::IdRole:
        return o.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Items || index.column() == Total)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ModelRoles::ToneRole:
        if (index.column() == Status)
            return int(StatusTones::of(o.status));
        break;
    case Qt::ToolTipRole:
        if (index.column() == Total && o.discount.cents() > 0) {
            return tr("%1 minus %2 discount (%3)")
                .arg(o.subtotal.toDisplayString(locale), o.discount.toDisplayString(locale),
                     o.promoCode);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Order");
    case Placed:
        return tr("Placed");
    case Buyer:
        return tr("Buyer");
    case Seller:
        return tr("Seller");
    case Items:
        return tr("Items");
    case Total:
        return tr("Total");
    case Status:
        return tr("Status");
    }
    return {};
}

bool OrderTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void OrderTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        request(false);
}

void OrderTableModel::setQuery(const OrderQuery& query)
{
    m_query = query;
    reload();
}

void OrderTableModel::reload()
{
    request(true);
}

void OrderTableModel::updateOrder(const OrderSummary& order)
{
    const int row = rowOf(order.id);
    if (row < 0)
        return;
    m_rows[row] = order;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OrderTableModel::request(bool replace)
{
    m_loading = true;
    const std::optional<qint64> after =
        replace || m_rows.isEmpty() ? std::nullopt : std::optional<qint64>(m_rows.last().id);
    m_latest.run(
        m_orders.orders(m_query, after, kPageSize), this,
        [this, replace](const Result<QList<OrderSummary>>& result) {
            if (!result) {
                m_loading = false;
                emit loadFailed(result.error().message());
                return;
            }
            if (replace) {
                beginResetModel();
                m_rows = *result;
                m_atEnd = result->size() < kPageSize;
                endResetModel();
            } else if (!result->isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + result->size() - 1));
                m_rows.append(*result);
                m_atEnd = result->size() < kPageSize;
                endInsertRows();
            } else {
                m_atEnd = true;
            }
            // Only now: views call fetchMore from inside the insert signals.
            m_loading = false;
            emit loaded();
        },
        replace);
}
