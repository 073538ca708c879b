#pragma once

#include "domain/PromoCode.h"

#include <QDialog>
#include <QHash>

class MessageLabel;
class PromoCodeService;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class CheckedSpinBox;

// Creates or edits a promo code. The database validates it (and refuses a
// code that exists in any case); the refusal marks the field it is about.
class PromoCodeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromoCodeDialog)
public:
    PromoCodeDialog(PromoCodeService& promoCodes, const PromoCode& promo,
                    QWidget* parent = nullptr);

private:
    void save();
    void kindChanged();

    PromoCodeService& m_promoCodes;
    PromoCode m_promo;
    QLineEdit* m_code;
    QComboBox* m_kind;
    CheckedSpinBox* m_percent;
    QLineEdit* m_amount;
    QLineEdit* m_minSubtotal;
    QCheckBox* m_hasFrom;
    QDateTimeEdit* m_from;
    QCheckBox* m_hasUntil;
    QDateTimeEdit* m_until;
    CheckedSpinBox* m_usageLimit;
    CheckedSpinBox* m_perBuyer;
    QCheckBox* m_active;
    MessageLabel* m_error;
    QHash<QString, QWidget*> m_fields;
};
