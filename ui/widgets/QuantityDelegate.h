#pragma once

#include "CheckedDelegate.h"

// Edits a quantity: a whole number from 1. More than there is in stock is not
// refused here: the cart says so, with what there is.
class QuantityDelegate final : public CheckedDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuantityDelegate)
public:
    using CheckedDelegate::CheckedDelegate;

protected:
    Parsed parse(const QString& text) const override;
    QString format(const QModelIndex& index) const override;
};
