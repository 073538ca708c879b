#include "BrandListModel.h"

#include "ModelRoles.h"

BrandListModel::BrandListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int BrandListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_brands.size());
}

QVariant BrandListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Brand& b = m_brands.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == ModelRoles::SortRole)
        return b.name;
    if (role == ModelRoles::IdRole)
        return b.id;
    return {};
}

void BrandListModel::setBrands(QList<Brand> brands)
{
    beginResetModel();
    m_brands = std::move(brands);
    endResetModel();
}

const Brand* BrandListModel::brandAt(int row) const
{
    return row >= 0 && row < m_brands.size() ? &m_brands.at(row) : nullptr;
}
