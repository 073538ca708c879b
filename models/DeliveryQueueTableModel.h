#pragma once

#include "domain/DeliveryQuery.h"
#include "domain/DeliveryQueueRow.h"
#include "KeysetTableModel.h"

#include <QDateTime>

class DispatchService;

// The dispatcher's list of deliveries (the queue to dispatch, those with a
// courier, the finished ones), a page at a time as the view scrolls.
class DeliveryQueueTableModel final : public KeysetTableModel<DeliveryQueueRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryQueueTableModel)
public:
    enum Column { Order, Status, Waiting, Seller, City, Buyer, Courier, Total, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit DeliveryQueueTableModel(DispatchService& dispatch, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setQuery(const DeliveryQuery& query);
    const DeliveryQuery& query() const { return m_query; }
    void reload();
    int rowOf(qint64 deliveryId) const;

    // "3 h 20 min" since the order was confirmed (for the queue: how long it waits).
    static QString ageText(const QDateTime& since, const QDateTime& now);

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    QFuture<Page> fetchPage(const DeliveryQueueRow* last, int limit) override;
    void pageFailed(const QString& message) override { emit loadFailed(message); }
    void firstPageLoaded() override { emit loaded(); }

    DispatchService& m_dispatch;
    DeliveryQuery m_query;
    QDateTime m_loadedAt;
};
