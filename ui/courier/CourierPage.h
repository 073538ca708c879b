#pragma once

#include "domain/DeliveryStatus.h"
#include "domain/ServiceError.h"
#include "domain/UserAccount.h"
#include "sync/CourierStore.h"

#include "ui/common/Screen.h"

#include <QWidget>

#include <memory>

struct AppServices;
class CourierDeliveryDetail;
class CourierDeliveryTableModel;
class CourierEventTableModel;
class CourierSync;
class MessageLabel;
class QTabBar;
class QTableView;
class QGroupBox;
class SyncIndicator;
struct CourierStep;

// The courier's screen, offline-first (docs/architecture.md §5): the day's
// deliveries from the device's own store, each step applied there at once and
// queued, the sync indicator, and the steps the server did not accept. Works
// the same with no server at all.
class CourierPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourierPage)
public:
    CourierPage(AppServices& services, const UserAccount& account, QWidget* parent = nullptr);

    void refresh() override;
    ~CourierPage() override;

    CourierSync* sync() const { return m_sync; }
    // Reads the store again (after a step, a sync round, or for tests).
    void reload();
    // Shows that delivery; one this device has not heard of yet comes with
    // the next sync round, which this starts.
    void openDelivery(qint64 deliveryId);

private:
    void takeStep(qint64 deliveryId, DeliveryStatus to);
    VoidResult record(const CourierStep& step,
                      const QList<CourierStore::StoredImage>& pictures = {});
    void showSelected();
    void focus(qint64 deliveryId);
    void updateIndicator();
    qint64 selectedDelivery() const;

    std::unique_ptr<CourierStore> m_store;
    CourierSync* m_sync = nullptr;
    CourierDeliveryTableModel* m_deliveries;
    CourierEventTableModel* m_rejected;
    SyncIndicator* m_indicator;
    QTabBar* m_sections;
    QTableView* m_view;
    CourierDeliveryDetail* m_detail;
    QGroupBox* m_rejectedBox;
    qint64 m_pendingFocus = 0; // opened before this device had it
    QTableView* m_rejectedView;
    MessageLabel* m_message;
};
