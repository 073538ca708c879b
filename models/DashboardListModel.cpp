#include "DashboardListModel.h"
#include "StatusColors.h"

#include "ModelRoles.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

DashboardListModel::DashboardListModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

int DashboardListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::TopProducts:
        return int(m_products.size());
    case Kind::LowStock:
        return int(m_stock.size());
    case Kind::CourierCash:
        return int(m_cash.size());
    }
    return 0;
}

int DashboardListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DashboardFigures::CourierCash* DashboardListModel::courierAt(int row) const
{
    return m_kind == Kind::CourierCash && row >= 0 && row < m_cash.size() ? &m_cash.at(row)
                                                                          : nullptr;
}

QVariant DashboardListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QLocale locale;
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column != Name)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    switch (m_kind) {
    case Kind::TopProducts: {
        const auto& p = m_products.at(row);
        if (role == Qt::DisplayRole)
            return column == Name    ? p.name
                   : column == First ? locale.toString(p.units)
                                     : p.amount.toDisplayString(locale);
        if (role == ModelRoles::SortRole)
            return column == Name    ? QVariant(p.name)
                   : column == First ? QVariant(p.units)
                                     : QVariant(p.amount.cents());
        if (role == ModelRoles::IdRole)
            return p.productId;
        break;
    }
    case Kind::LowStock: {
        const auto& s = m_stock.at(row);
        if (role == Qt::DisplayRole)
            return column == Name ? s.name : column == First ? s.sku : locale.toString(s.stock);
        if (role == ModelRoles::SortRole)
            return column == Second ? QVariant(s.stock) : data(index, Qt::DisplayRole);
        if (role == ModelRoles::IdRole)
            return s.variantId;
        if (role == Qt::ForegroundRole && s.stock == 0)
            return QBrush(StatusColors::foreground(StatusColors::Tone::Danger));
        break;
    }
    case Kind::CourierCash: {
        const auto& c = m_cash.at(row);
        if (role == Qt::DisplayRole)
            return column == Name    ? c.name
                   : column == First ? locale.toString(c.deliveries)
                                     : c.amount.toDisplayString(locale);
        if (role == ModelRoles::SortRole)
            return column == Name    ? QVariant(c.name)
                   : column == First ? QVariant(c.deliveries)
                                     : QVariant(c.amount.cents());
        if (role == ModelRoles::IdRole)
            return c.courierId;
        break;
    }
    }
    return {};
}

QVariant DashboardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_kind) {
    case Kind::TopProducts:
        return section == Name ? tr("Product") : section == First ? tr("Units") : tr("Sales");
    case Kind::LowStock:
        return section == Name ? tr("Product") : section == First ? tr("SKU") : tr("In stock");
    case Kind::CourierCash:
        return section == Name    ? tr("Courier")
               : section == First ? tr("Deliveries")
                                  : tr("Cash held");
    }
    return {};
}

void DashboardListModel::setFigures(const DashboardFigures& figures)
{
    beginResetModel();
    m_products = figures.topProducts;
    m_stock = figures.lowStock;
    m_cash = figures.courierCash;
    endResetModel();
}
