#pragma once

#include "domain/Address.h"
#include "domain/CartLine.h"
#include "domain/CartQuote.h"

#include <QDialog>
#include <QList>

struct AppServices;
class AddressListModel;
class MessageLabel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Checkout: where to deliver, the promo code, how to pay, a summary per
// seller (each seller's part becomes its own order), and "Place order".
// The database re-checks everything when the order is placed; its refusal
// (an item sold out meanwhile, say) is shown here and nothing is ordered.
class CheckoutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckoutDialog)
public:
    CheckoutDialog(AppServices& services, const QList<CartLine>& lines, const QString& promoCode,
                   QWidget* parent = nullptr);

    const QList<qint64>& placedOrderIds() const { return m_placed; }

private:
    void loadAddresses(qint64 select = 0);
    void addressesLoaded();
    void editAddress(bool isNew);
    void requote();
    void place();
    void showError(const QString& message);

    AppServices& m_services;
    QList<CartLine> m_lines;
    AddressListModel* m_addressModel;
    qint64 m_select = 0;
    QComboBox* m_address;
    QPushButton* m_editAddress;
    QLineEdit* m_promo;
    MessageLabel* m_promoStatus;
    QComboBox* m_payment;
    QLabel* m_summary;
    QLabel* m_totals;
    MessageLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_placeButton;
    QList<qint64> m_placed;
    int m_quoteGeneration = 0;
};
