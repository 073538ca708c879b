#pragma once

#include "Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

// A promo code as administrators manage it.
struct PromoCode {
    enum class Kind { Percent, Fixed };

    qint64 id = 0; // 0: not saved yet
    QString code;
    Kind kind = Kind::Percent;
    int percent = 10; // Kind::Percent: 1–100
    Money amount;     // Kind::Fixed
    Money minSubtotal;
    QDateTime validFrom;  // invalid: no start
    QDateTime validUntil; // invalid: no end
    std::optional<int> usageLimit;
    std::optional<int> perBuyerLimit;
    int usedCount = 0;
    bool active = true;
    int version = 0;
};
