#pragma once

#include <QCoreApplication>

struct CartQuote;
class MessageLabel;

// What the cart and the checkout say under the promo code field: nothing, why
// the code does not apply, or what it saves. One wording for both screens.
class PromoCodeStatus final {
    Q_DECLARE_TR_FUNCTIONS(PromoCodeStatus)
public:
    static void show(MessageLabel* label, const QString& code, const CartQuote& quote);
};
