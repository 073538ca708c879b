#pragma once

#include "domain/Brand.h"

#include <QAbstractListModel>
#include <QList>

// The brands, by name.
class BrandListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandListModel)
public:
    explicit BrandListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setBrands(QList<Brand> brands);
    const Brand* brandAt(int row) const;

private:
    QList<Brand> m_brands;
};
