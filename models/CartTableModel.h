#pragma once

#include "domain/CartLine.h"
#include "LatestRequest.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

class CartService;
class ImageCache;

// The buyer's cart, one row per line. The quantity is edited in place and
// saved at once; a refused quantity is put back, and the database's reason
// (which names the item and the amount available) is passed on.
class CartTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartTableModel)
public:
    enum Column { Product, Seller, Price, Quantity, LineTotal, Note, ColumnCount };

    explicit CartTableModel(CartService& cart, ImageCache* images = nullptr,
                            QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void reload();
    const CartLine* lineAt(int row) const;
    const QList<CartLine>& lines() const { return m_lines; }
    bool isLoading() const { return m_loading; }
    // Whether every line can be bought as it is (checkout is possible).
    bool isReadyForCheckout() const;
    // Removes the line / takes one away; the cart reloads afterwards.
    void removeLine(int row);
    void decrement(int row);

    // What a line's note says, for the Note column and for tests.
    static QString noteFor(const CartLine& line);

signals:
    void loaded();
    void failed(const QString& message);

private:
    void changeQuantity(qint64 variantId, int quantity);
    void onThumbnail(const QByteArray& sha256);

    CartService& m_cart;
    ImageCache* m_images;
    QList<CartLine> m_lines;
    QSet<qint64> m_saving;
    bool m_loading = false;
    LatestRequest m_latest;
};
