#include "CategoryTreeModel.h"

#include "ModelRoles.h"

#include <QHash>

#include <algorithm>

CategoryTreeModel::CategoryTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

const QList<int>& CategoryTreeModel::childrenOf(const QModelIndex& parent) const
{
    return parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(parent).at(row)));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0)
        return {};
    const int grandParent = m_nodes.at(parentNode).parent;
    const QList<int>& siblings = grandParent < 0 ? m_roots : m_nodes.at(grandParent).children;
    return createIndex(int(siblings.indexOf(parentNode)), 0, quintptr(parentNode));
}

int CategoryTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int CategoryTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant CategoryTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Category& c = m_nodes.at(int(index.internalId())).category;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case ModelRoles::SortRole:
        return c.name;
    case ModelRoles::IdRole:
        return c.id;
    default:
        return {};
    }
}

QVariant CategoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Category");
    return {};
}

void CategoryTreeModel::setCategories(const QList<Category>& categories)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QHash<qint64, int> byId;
    for (const Category& c : categories) {
        byId.insert(c.id, int(m_nodes.size()));
        m_nodes.append(Node{c, -1, {}});
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const qint64 parentId = m_nodes.at(i).category.parentId;
        const int parent = parentId ? byId.value(parentId, -1) : -1;
        m_nodes[i].parent = parent;
        (parent < 0 ? m_roots : m_nodes[parent].children).append(i);
    }
    auto byName = [this](int a, int b) {
        return m_nodes.at(a).category.name.localeAwareCompare(m_nodes.at(b).category.name) < 0;
    };
    std::sort(m_roots.begin(), m_roots.end(), byName);
    for (Node& node : m_nodes)
        std::sort(node.children.begin(), node.children.end(), byName);
    endResetModel();
}

qint64 CategoryTreeModel::categoryId(const QModelIndex& index) const
{
    return index.isValid() ? m_nodes.at(int(index.internalId())).category.id : 0;
}

QModelIndex CategoryTreeModel::indexOf(qint64 categoryId) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).category.id != categoryId)
            continue;
        const int parent = m_nodes.at(i).parent;
        const QList<int>& siblings = parent < 0 ? m_roots : m_nodes.at(parent).children;
        return createIndex(int(siblings.indexOf(i)), 0, quintptr(i));
    }
    return {};
}
