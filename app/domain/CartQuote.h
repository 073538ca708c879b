#pragma once

#include "Money.h"
#include "ServiceError.h"

#include <optional>

// What the cart costs now, with a promo code if one was given; when the code
// gives no discount, `promoProblem` says why.
struct CartQuote {
    Money subtotal;
    Money discount;
    Money total;
    std::optional<ServiceError> promoProblem;
};
