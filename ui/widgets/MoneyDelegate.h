#pragma once

#include "CheckedDelegate.h"

// Edits an amount stored as cents (Qt::EditRole qint64) as text in the user's
// locale ("1.234,50" in German). A price is at least 0.01: nothing is given
// away by a forgotten field.
class MoneyDelegate final : public CheckedDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoneyDelegate)
public:
    using CheckedDelegate::CheckedDelegate;

protected:
    Parsed parse(const QString& text) const override;
    QString format(const QModelIndex& index) const override;
};
