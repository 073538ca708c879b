#pragma once

#include "domain/OrderDetail.h"
#include "domain/Role.h"

#include "ui/common/Screen.h"

#include <QWidget>

#include <optional>
#include <utility>

struct AppServices;
class MessageLabel;
class OrderItemTableModel;
class OrderTableModel;
class QComboBox;
class OptionalDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

// Orders for the signed-in role: a buyer's own ("My orders"), a seller's
// orders for their goods, or every order for administrators (searchable by
// buyer, seller and number, filterable by status and date). The selected
// order shows its lines, totals, address, status history, and a button for
// each move the database says the caller may make.
class OrdersPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPage)
public:
    OrdersPage(AppServices& services, Role role, QWidget* parent = nullptr);

    void refresh() override;
    QLineEdit* searchField() const override { return m_search; }

    OrderTableModel* model() const { return m_model; }
    void reload();
    // Shows that order's detail (from a notification, say).
    void showOrder(qint64 orderId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilters();
    void showDetail(const OrderDetail& detail);
    void move(qint64 orderId, OrderStatus to);
    // The reason typed; none when the question was cancelled.
    std::optional<QString> askReason(qint64 orderId, OrderStatus to, bool required);

    AppServices& m_services;
    Role m_role;
    OrderTableModel* m_model;
    OrderItemTableModel* m_items;
    QTableView* m_view;
    QComboBox* m_status;
    QLineEdit* m_search = nullptr;
    OptionalDateEdit* m_from = nullptr;
    OptionalDateEdit* m_until = nullptr;
    MessageLabel* m_message;
    QWidget* m_detail;
    QLabel* m_heading;
    QLabel* m_facts;
    QLabel* m_address;
    QTableView* m_itemView;
    QListWidget* m_history;
    QHBoxLayout* m_actions;
    // The order and the moves the action buttons stand for: the same detail
    // shown again (a reload re-selects the row) keeps its buttons.
    std::pair<qint64, QList<OrderStatus>> m_actionsFor;
    qint64 m_shown = 0;
};
