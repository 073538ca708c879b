#pragma once

#include "domain/DashboardFigures.h"
#include "domain/Role.h"

#include "ui/common/Screen.h"

#include <QWidget>

class DashboardCharts;
class DashboardListModel;
class DashboardService;
class FigureTile;
class MessageLabel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

// The dashboard: for administrators the whole marketplace, for a seller their
// own shop (the database decides which rows count). Revenue, orders,
// average order value, cancellations and new users for today, 7 or 30 days
// next to the period before; orders and deliveries by status; the best
// sellers; variants low on stock; the cash couriers hold (administrators, with
// "mark received"); charts. Refreshes every minute while shown, and on demand,
// without ever waiting on the database in the window.
class DashboardPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    DashboardPage(DashboardService& dashboard, Role role, QWidget* parent = nullptr);

    void refresh() override;
    const DashboardFigures& figures() const { return m_figures; }
    static constexpr int kRefreshMs = 60'000;

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void show(const DashboardFigures& figures);
    void showPeriod();
    void markCashReceived();

    DashboardService& m_dashboard;
    Role m_role;
    DashboardFigures m_figures;
    int m_generation = 0;
    QComboBox* m_period;
    QLabel* m_updated;
    FigureTile* m_revenue;
    FigureTile* m_orders;
    FigureTile* m_average;
    FigureTile* m_cancelled;
    FigureTile* m_newUsers;
    QLabel* m_statuses;
    DashboardCharts* m_charts;
    DashboardListModel* m_top;
    DashboardListModel* m_lowStock;
    DashboardListModel* m_cash;
    QTableView* m_cashView;
    QPushButton* m_markReceived;
    QTimer* m_timer;
    MessageLabel* m_message;
};
