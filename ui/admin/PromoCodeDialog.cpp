#include "PromoCodeDialog.h"

#include "ui/widgets/CheckedSpinBox.h"
#include "ui/widgets/MessageLabel.h"

#include "db/WhenReady.h"
#include "services/orders/PromoCodeService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
CheckedSpinBox* limitBox(QWidget* parent, const QString& name, std::optional<int> value)
{
    auto* spin = new CheckedSpinBox(parent);
    spin->setObjectName(name);
    spin->setAllowedRange(0, 1'000'000,
                          PromoCodeDialog::tr("A limit is a number of uses from 1 to 1,000,000, "
                                              "or 0 for no limit."));
    spin->setValue(value.value_or(0));
    spin->setToolTip(PromoCodeDialog::tr("0: no limit"));
    return spin;
}
} // namespace

PromoCodeDialog::PromoCodeDialog(PromoCodeService& promoCodes, const PromoCode& promo,
                                 QWidget* parent)
    : QDialog(parent)
    , m_promoCodes(promoCodes)
    , m_promo(promo)
    , m_code(new QLineEdit(promo.code, this))
    , m_kind(new QComboBox(this))
    , m_percent(new CheckedSpinBox(this))
    , m_amount(new QLineEdit(this))
    , m_minSubtotal(new QLineEdit(this))
    , m_hasFrom(new QCheckBox(tr("From"), this))
    , m_from(new QDateTimeEdit(this))
    , m_hasUntil(new QCheckBox(tr("Until"), this))
    , m_until(new QDateTimeEdit(this))
    , m_usageLimit(limitBox(this, u"usageLimit"_s, promo.usageLimit))
    , m_perBuyer(limitBox(this, u"perBuyerLimit"_s, promo.perBuyerLimit))
    , m_active(new QCheckBox(tr("Active"), this))
    , m_error(new MessageLabel(this))
{
    setObjectName(u"promoCodeDialog"_s);
    setWindowTitle(promo.id ? tr("Edit promo code") : tr("New promo code"));
    const QLocale locale;
    m_code->setObjectName(u"code"_s);
    m_code->setMaxLength(32);
    m_code->setPlaceholderText(tr("e.g. SPRING10"));
    m_kind->setObjectName(u"kind"_s);
    m_kind->addItem(tr("Percentage off"), int(PromoCode::Kind::Percent));
    m_kind->addItem(tr("Amount off"), int(PromoCode::Kind::Fixed));
    m_kind->setCurrentIndex(promo.kind == PromoCode::Kind::Fixed ? 1 : 0);
    m_percent->setObjectName(u"percent"_s);
    m_percent->setAllowedRange(1, 100, tr("A percentage is a whole number from 1 to 100."));
    m_percent->setSuffix(u" %"_s);
    m_percent->setValue(promo.percent);
    m_amount->setObjectName(u"amount"_s);
    m_amount->setText(promo.amount.cents() ? promo.amount.toString(locale) : QString());
    m_amount->setPlaceholderText(tr("Amount"));
    m_minSubtotal->setObjectName(u"minSubtotal"_s);
    m_minSubtotal->setText(promo.minSubtotal.cents() ? promo.minSubtotal.toString(locale)
                                                     : QString());
    m_minSubtotal->setPlaceholderText(tr("None"));
    const QDateTime now = QDateTime::currentDateTime();
    m_hasFrom->setObjectName(u"hasValidFrom"_s);
    m_hasFrom->setChecked(promo.validFrom.isValid());
    m_from->setObjectName(u"validFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setDateTime(promo.validFrom.isValid() ? promo.validFrom.toLocalTime() : now);
    m_hasUntil->setObjectName(u"hasValidUntil"_s);
    m_hasUntil->setChecked(promo.validUntil.isValid());
    m_until->setObjectName(u"validUntil"_s);
    m_until->setCalendarPopup(true);
    m_until->setDateTime(promo.validUntil.isValid() ? promo.validUntil.toLocalTime()
                                                    : now.addDays(30));
    m_active->setObjectName(u"active"_s);
    m_active->setChecked(promo.active);
    m_error->setObjectName(u"promoError"_s);
    m_error->hide();
    m_fields = {{u"code"_s, m_code},
                {u"value"_s, m_percent},
                {u"limits"_s, m_usageLimit},
                {u"valid_until"_s, m_until},
                {u"min_subtotal"_s, m_minSubtotal}};

    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_kind);
    valueRow->addWidget(m_percent);
    valueRow->addWidget(m_amount);
    auto* fromRow = new QHBoxLayout;
    fromRow->addWidget(m_hasFrom);
    fromRow->addWidget(m_from, 1);
    auto* untilRow = new QHBoxLayout;
    untilRow->addWidget(m_hasUntil);
    untilRow->addWidget(m_until, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Discount:"), valueRow);
    form->addRow(tr("Minimum subtotal:"), m_minSubtotal);
    form->addRow(tr("Valid:"), fromRow);
    form->addRow(QString(), untilRow);
    form->addRow(tr("Uses in total:"), m_usageLimit);
    form->addRow(tr("Uses per buyer:"), m_perBuyer);
    form->addRow(QString(), m_active);
    if (promo.id)
        form->addRow(tr("Used so far:"), new QLabel(locale.toString(promo.usedCount), this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePromo"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PromoCodeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PromoCodeDialog::kindChanged);
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    m_from->setEnabled(m_hasFrom->isChecked());
    m_until->setEnabled(m_hasUntil->isChecked());
    kindChanged();
}

void PromoCodeDialog::kindChanged()
{
    const bool percent = m_kind->currentData().toInt() == int(PromoCode::Kind::Percent);
    m_percent->setVisible(percent);
    m_amount->setVisible(!percent);
    m_fields[u"value"_s] = percent ? static_cast<QWidget*>(m_percent) : m_amount;
}

void PromoCodeDialog::save()
{
    const QLocale locale;
    auto fail = [this](const QString& message, QWidget* field) {
        m_error->showError(message);
        if (field) {
            MessageLabel::markField(field, true);
            field->setFocus();
        }
    };
    for (QWidget* w : std::as_const(m_fields))
        MessageLabel::markField(w, false);
    PromoCode p = m_promo;
    p.code = m_code->text().trimmed();
    p.kind = PromoCode::Kind(m_kind->currentData().toInt());
    p.percent = m_percent->value();
    if (p.kind == PromoCode::Kind::Percent && !m_percent->problem().isEmpty()) {
        fail(m_percent->problem(), m_percent);
        return;
    }
    for (CheckedSpinBox* limit : {m_usageLimit, m_perBuyer}) {
        if (!limit->problem().isEmpty()) {
            fail(limit->problem(), limit);
            return;
        }
    }
    if (p.kind == PromoCode::Kind::Fixed) {
        const auto amount = Money::fromUserText(m_amount->text(), locale);
        if (!amount) {
            fail(tr("Enter the amount off, like %1.").arg(Money::fromCents(500).toString(locale)),
                 m_amount);
            return;
        }
        p.amount = *amount;
    }
    if (m_minSubtotal->text().trimmed().isEmpty()) {
        p.minSubtotal = Money();
    } else if (const auto minimum = Money::fromUserText(m_minSubtotal->text(), locale)) {
        if (minimum->cents() < 0) {
            fail(tr("The minimum subtotal cannot be negative; leave it empty for none."),
                 m_minSubtotal);
            return;
        }
        p.minSubtotal = *minimum;
    } else {
        fail(tr("Enter the minimum subtotal as an amount, or leave it empty."), m_minSubtotal);
        return;
    }
    p.validFrom = m_hasFrom->isChecked() ? m_from->dateTime() : QDateTime();
    p.validUntil = m_hasUntil->isChecked() ? m_until->dateTime() : QDateTime();
    p.usageLimit = m_usageLimit->value() ? std::optional<int>(m_usageLimit->value()) : std::nullopt;
    p.perBuyerLimit = m_perBuyer->value() ? std::optional<int>(m_perBuyer->value()) : std::nullopt;
    p.active = m_active->isChecked();
    whenReady(m_promoCodes.save(p), this, [this, fail](const Result<qint64>& saved) {
        if (!saved) {
            fail(saved.error().message(), m_fields.value(saved.error().field()));
            return;
        }
        accept();
    });
}
