#include "CheckoutDialog.h"

#include "AddressDialog.h"
#include "db/WhenReady.h"
#include "models/AddressListModel.h"
#include "models/ModelRoles.h"
#include "PromoCodeStatus.h"
#include "services/AppServices.h"
#include "services/orders/OrderService.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CheckoutDialog::CheckoutDialog(AppServices& services, const QList<CartLine>& lines,
                               const QString& promoCode, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_lines(lines)
    , m_addressModel(new AddressListModel(services.addresses, this))
    , m_address(new QComboBox(this))
    , m_editAddress(new QPushButton(tr("Edit…"), this))
    , m_promo(new QLineEdit(promoCode, this))
    , m_promoStatus(new MessageLabel(this))
    , m_payment(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_error(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"checkoutDialog"_s);
    setWindowTitle(tr("Checkout"));
    m_address->setObjectName(u"checkoutAddress"_s);
    m_address->setModel(m_addressModel);
    // Wide enough for the longest address with its "(default)".
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_editAddress->setObjectName(u"editAddress"_s);
    auto* newAddress = WidgetHelpers::namedButton(this, tr("New address…"), u"newAddress"_s);
    m_promo->setObjectName(u"checkoutPromo"_s);
    m_promo->setPlaceholderText(tr("Promo code (optional)"));
    m_promo->setClearButtonEnabled(true);
    m_promoStatus->setObjectName(u"checkoutPromoStatus"_s);
    m_payment->setObjectName(u"paymentMethod"_s);
    m_payment->addItem(tr("Cash on delivery"), OrderService::kCashOnDelivery);
    m_summary->setObjectName(u"checkoutSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_totals->setObjectName(u"checkoutTotals"_s);
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignRight);
    m_error->setObjectName(u"checkoutError"_s);
    m_error->hide();
    m_placeButton = m_buttons->addButton(tr("Place order"), QDialogButtonBox::AcceptRole);
    m_placeButton->setObjectName(u"placeOrder"_s);
    m_placeButton->setDefault(true);
    m_placeButton->setEnabled(false);

    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_editAddress);
    addressRow->addWidget(newAddress);
    auto* form = new QFormLayout;
    form->addRow(tr("Deliver to:"), addressRow);
    form->addRow(tr("Promo code:"), m_promo);
    form->addRow(QString(), m_promoStatus);
    form->addRow(tr("Payment:"), m_payment);

    // One order per seller: say so before the buyer confirms.
    QMap<QString, QPair<int, Money>> perSeller;
    const QLocale locale;
    for (const CartLine& l : m_lines) {
        auto& [count, sum] = perSeller[l.sellerName];
        count += l.quantity;
        sum = sum + l.lineTotal();
    }
    // One line per seller in a grid (not a rich-text table, whose height the
    // layout cannot know): the dialog grows to show every line and the total.
    m_summary->setText(tr("One order per seller, %n in all; each is delivered on its own.", nullptr,
                          int(perSeller.size())));
    m_summary->setWordWrap(true);
    auto* summaryBox = new QGroupBox(tr("Summary"), this);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summary);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    int row = 0;
    for (auto it = perSeller.cbegin(); it != perSeller.cend(); ++it, ++row) {
        auto* seller = new QLabel(it.key(), summaryBox);
        seller->setTextFormat(Qt::PlainText);
        seller->setObjectName(u"summarySeller"_s);
        auto* count = new QLabel(tr("%n item(s)", nullptr, it.value().first), summaryBox);
        auto* sum = new QLabel(it.value().second.toDisplayString(locale), summaryBox);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        sum->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(seller, row, 0);
        grid->addWidget(count, row, 1);
        grid->addWidget(sum, row, 2);
    }
    summaryLayout->addLayout(grid);
    summaryLayout->addWidget(m_totals);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(summaryBox);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    WidgetHelpers::growToContent(this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_placeButton, &QPushButton::clicked, this, &CheckoutDialog::place);
    connect(m_editAddress, &QPushButton::clicked, this, [this] { editAddress(false); });
    connect(newAddress, &QPushButton::clicked, this, [this] { editAddress(true); });
    // Asking again at every keystroke would flood the worker; wait for a pause.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(typing, &QTimer::timeout, this, &CheckoutDialog::requote);
    connect(m_promo, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_addressModel, &AddressListModel::loaded, this, &CheckoutDialog::addressesLoaded);
    connect(m_addressModel, &AddressListModel::loadFailed, this, &CheckoutDialog::showError);
    loadAddresses();
    requote();
}

void CheckoutDialog::loadAddresses(qint64 select)
{
    m_select = select;
    m_addressModel->reload();
}

void CheckoutDialog::addressesLoaded()
{
    const bool any = m_addressModel->rowCount() > 0;
    // The default comes first; a just-saved address is chosen instead.
    const int row = m_addressModel->rowOf(m_select);
    m_address->setCurrentIndex(any ? std::max(row, 0) : -1);
    if (!any)
        m_address->setPlaceholderText(tr("Add a delivery address first"));
    m_editAddress->setEnabled(any);
    m_placeButton->setEnabled(any && !m_lines.isEmpty());
}

void CheckoutDialog::editAddress(bool isNew)
{
    Address address;
    if (const Address* current = m_addressModel->addressAt(m_address->currentIndex());
        current && !isNew)
        address = *current;
    AddressDialog dialog(m_services.addresses, address, this);
    if (dialog.exec() == QDialog::Accepted)
        loadAddresses(dialog.savedId());
}

void CheckoutDialog::requote()
{
    const int generation = ++m_quoteGeneration;
    const QString code = m_promo->text().trimmed();
    whenReady(m_services.cart.quote(code), this,
              [this, generation, code](const Result<CartQuote>& quote) {
                  if (generation != m_quoteGeneration)
                      return;
                  if (!quote) {
                      showError(quote.error().message());
                      return;
                  }
                  const QLocale locale;
                  PromoCodeStatus::show(m_promoStatus, code, *quote);
                  m_totals->setText(tr("Subtotal %1<br>Discount −%2<br><b>Total %3</b>")
                                        .arg(quote->subtotal.toDisplayString(locale),
                                             quote->discount.toDisplayString(locale),
                                             quote->total.toDisplayString(locale)));
                  WidgetHelpers::growToContent(this);
              });
}

void CheckoutDialog::place()
{
    if (m_address->currentIndex() < 0) {
        showError(tr("Choose where to deliver, or add an address."));
        return;
    }
    m_error->hide();
    m_placeButton->setEnabled(false);
    m_placeButton->setText(tr("Placing order…"));
    whenReady(m_services.orders.placeOrder(m_address->currentData(ModelRoles::IdRole).toLongLong(),
                                           m_promo->text().trimmed(),
                                           m_payment->currentData().toString()),
              this, [this](const Result<QList<qint64>>& placed) {
                  m_placeButton->setText(tr("Place order"));
                  if (!placed) {
                      m_placeButton->setEnabled(true);
                      showError(placed.error().message());
                      return;
                  }
                  m_placed = *placed;
                  accept();
              });
}

void CheckoutDialog::showError(const QString& message)
{
    m_error->showError(message);
}
