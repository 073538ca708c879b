#pragma once

#include "domain/CartQuote.h"

#include "ui/common/Screen.h"

#include <QWidget>

struct AppServices;
class CartTableModel;
class MessageLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The buyer's cart: lines with editable quantities, what changed since they
// were added, a promo code with the reason when it does not apply, the
// totals, and the way to checkout.
class CartPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartPage)
public:
    explicit CartPage(AppServices& services, QWidget* parent = nullptr);

    void refresh() override;

    CartTableModel* model() const { return m_model; }
    void reload();

signals:
    void ordersPlaced(const QList<qint64>& orderIds);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void requote();
    void showQuote(const CartQuote& quote);
    void updateButtons();
    void checkout();

    AppServices& m_services;
    CartTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_promo;
    MessageLabel* m_promoStatus;
    QLabel* m_subtotal;
    QLabel* m_discount;
    QLabel* m_total;
    MessageLabel* m_message;
    QPushButton* m_remove;
    QPushButton* m_decrement;
    QPushButton* m_clear;
    QPushButton* m_checkout;
    QString m_appliedCode;
    int m_quoteGeneration = 0;
};
