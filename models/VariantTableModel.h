#pragma once

#include "domain/ProductDetail.h"

#include <QAbstractTableModel>
#include <QList>

// A product's variants: read-only in the product view, editable in the
// product editor (add, change, remove) with the same columns.
class VariantTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariantTableModel)
public:
    enum Column { Sku, Options, Price, Stock, Active, ColumnCount };

    explicit VariantTableModel(bool editable, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    void setVariants(QList<ProductVariant> variants);
    const ProductVariant* variantAt(int row) const;
    const QList<ProductVariant>& variants() const { return m_variants; }
    // A new variant has no price until one is typed (never 0.00 by default).
    QModelIndex addVariant();
    int firstUnpricedRow() const;

    // "size: M, colour: Blue" and back.
    static QString optionsText(const QVariantMap& options);
    static QVariantMap parseOptions(const QString& text);

private:
    bool m_editable;
    QList<ProductVariant> m_variants;
};
