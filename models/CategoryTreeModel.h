#pragma once

#include "domain/Category.h"

#include <QAbstractItemModel>
#include <QList>

// The category tree for the admin's screen (names sorted among siblings).
class CategoryTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryTreeModel)
public:
    explicit CategoryTreeModel(QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setCategories(const QList<Category>& categories);
    qint64 categoryId(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 categoryId) const;

private:
    struct Node {
        Category category;
        int parent = -1;     // index into m_nodes, -1 for a top-level category
        QList<int> children; // indexes into m_nodes, sorted by name
    };
    const QList<int>& childrenOf(const QModelIndex& parent) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
};
