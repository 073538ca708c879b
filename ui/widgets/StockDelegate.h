#pragma once

#include "CheckedDelegate.h"

// Edits a stock count: a whole number from 0.
class StockDelegate final : public CheckedDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockDelegate)
public:
    using CheckedDelegate::CheckedDelegate;

protected:
    Parsed parse(const QString& text) const override;
    QString format(const QModelIndex& index) const override;
};
