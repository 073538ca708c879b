#pragma once

#include "domain/PromoCode.h"
#include "LatestRequest.h"

#include <QAbstractTableModel>
#include <QList>

class PromoCodeService;

// All promo codes, for administrators; edited in a dialog, not in place.
class PromoCodeTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromoCodeTableModel)
public:
    enum Column { Code, Discount, MinSubtotal, Validity, Used, PerBuyer, Active, ColumnCount };

    explicit PromoCodeTableModel(PromoCodeService& promoCodes, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    const PromoCode* promoAt(int row) const;
    int rowOf(qint64 id) const;

    static QString discountText(const PromoCode& promo);

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    PromoCodeService& m_promoCodes;
    QList<PromoCode> m_rows;
    LatestRequest m_latest;
};
