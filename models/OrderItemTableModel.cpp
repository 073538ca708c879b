#include "OrderItemTableModel.h"

#include "ModelRoles.h"
#include "VariantTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

OrderItemTableModel::OrderItemTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int OrderItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OrderItemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderItemTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderDetail::Item& item = m_items.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Product: {
            const QString options = VariantTableModel::optionsText(item.options);
            return options.isEmpty() ? item.productName : item.productName + u" (" + options + u')';
        }
        case Sku:
            return item.sku;
        case UnitPrice:
            return item.unitPrice.toDisplayString(locale);
        case Quantity:
            return locale.toString(item.quantity);
        case LineTotal:
            return item.lineTotal.toDisplayString(locale);
        }
        break;
    case ModelRoles::SortRole:
        switch (index.column()) {
        case UnitPrice:
            return item.unitPrice.cents();
        case Quantity:
            return item.quantity;
        case LineTotal:
            return item.lineTotal.cents();
        default:
            return data(index, Qt::DisplayRole);
        }
    case ModelRoles::IdRole:
        return item.productId;
    case Qt::TextAlignmentRole:
        if (index.column() >= UnitPrice)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant OrderItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Product:
        return tr("Item");
    case Sku:
        return tr("SKU");
    case UnitPrice:
        return tr("Unit price");
    case Quantity:
        return tr("Quantity");
    case LineTotal:
        return tr("Total");
    }
    return {};
}

void OrderItemTableModel::setItems(const QList<OrderDetail::Item>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}
