#include "CartPage.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/TableActions.h"

#include "CheckoutDialog.h"
#include "db/WhenReady.h"
#include "models/CartTableModel.h"
#include "PromoCodeStatus.h"
#include "services/AppServices.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/QuantityDelegate.h"
#include "ui/widgets/TableHeaderState.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CartPage::CartPage(AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new CartTableModel(services.cart, &services.images, this))
    , m_view(new QTableView(this))
    , m_promo(new QLineEdit(this))
    , m_promoStatus(new MessageLabel(this))
    , m_subtotal(new QLabel(this))
    , m_discount(new QLabel(this))
    , m_total(new QLabel(this))
    , m_message(new MessageLabel(this))
    , m_remove(WidgetHelpers::namedButton(this, tr("Remove"), u"removeLine"_s))
    , m_decrement(WidgetHelpers::namedButton(this, tr("One less"), u"decrementLine"_s))
    , m_clear(WidgetHelpers::namedButton(this, tr("Empty cart"), u"clearCart"_s))
    , m_checkout(WidgetHelpers::namedButton(this, tr("Checkout…"), u"checkout"_s))
{
    setObjectName(u"cartPage"_s);
    m_view->setObjectName(u"cartView"_s);
    m_view->setModel(m_model);
    EmptyState::attach(m_view, tr("Your cart is empty — browse the catalog and add what you "
                                  "like."));
    m_view->setItemDelegateForColumn(CartTableModel::Quantity, new QuantityDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setIconSize(QSize(32, 32));
    m_view->verticalHeader()->setDefaultSectionSize(38);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(CartTableModel::Product, QHeaderView::Stretch);
    m_view->setColumnWidth(CartTableModel::Seller, 150);
    m_view->setColumnWidth(CartTableModel::Price, 90);
    m_view->setColumnWidth(CartTableModel::Quantity, 80);
    m_view->setColumnWidth(CartTableModel::LineTotal, 100);
    m_view->setColumnWidth(CartTableModel::Note, 190);
    TableHeaderState::attach(m_view, u"cart"_s);

    m_promo->setObjectName(u"promoCode"_s);
    m_promo->setPlaceholderText(tr("Promo code"));
    m_promo->setClearButtonEnabled(true);
    m_promo->setMaxLength(32);
    m_promoStatus->setObjectName(u"promoStatus"_s);
    QPushButton* apply = WidgetHelpers::namedButton(this, tr("Apply"), u"applyPromo"_s);
    m_subtotal->setObjectName(u"cartSubtotal"_s);
    m_discount->setObjectName(u"cartDiscount"_s);
    m_total->setObjectName(u"cartTotal"_s);
    WidgetHelpers::emphasize(m_total, 1.2);
    for (QLabel* amount : {m_subtotal, m_discount, m_total})
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message->setObjectName(u"cartMessage"_s);
    m_message->hide();
    m_checkout->setDefault(true);

    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_decrement);
    lineButtons->addWidget(m_remove);
    lineButtons->addStretch();
    lineButtons->addWidget(m_clear);

    auto* promoRow = new QHBoxLayout;
    promoRow->addWidget(m_promo);
    promoRow->addWidget(apply);
    auto* totals = new QFormLayout;
    totals->setLabelAlignment(Qt::AlignRight);
    totals->addRow(tr("Subtotal:"), m_subtotal);
    totals->addRow(tr("Discount:"), m_discount);
    totals->addRow(tr("Total:"), m_total);
    auto* summary = new QVBoxLayout;
    summary->addLayout(promoRow);
    summary->addWidget(m_promoStatus);
    summary->addLayout(totals);
    summary->addWidget(m_checkout);
    auto* summaryBox = new QWidget(this);
    summaryBox->setLayout(summary);
    summaryBox->setFixedWidth(320);
    auto* bottom = new QHBoxLayout;
    auto* lineColumn = new QVBoxLayout;
    lineColumn->addLayout(lineButtons);
    lineColumn->addStretch();
    bottom->addLayout(lineColumn, 1);
    bottom->addWidget(summaryBox, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_model, &CartTableModel::loaded, this, [this] {
        updateButtons();
        requote();
    });
    connect(m_model, &CartTableModel::failed, this,
            [this](const QString& message) { m_message->showError(message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CartPage::updateButtons);
    TableActions::addButton(m_view, m_decrement);
    TableActions::addButton(m_view, m_remove, QKeySequence::Delete);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_message->hide();
        m_model->removeLine(WidgetHelpers::selectedRow(m_view));
    });
    connect(m_decrement, &QPushButton::clicked, this, [this] {
        m_message->hide();
        m_model->decrement(WidgetHelpers::selectedRow(m_view));
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (!Confirmation::ask(this, tr("Empty cart"), tr("Remove everything from your cart?"),
                               tr("Empty cart")))
            return;
        whenReady(m_services.cart.clear(), this, [this](const VoidResult&) { reload(); });
    });
    connect(apply, &QPushButton::clicked, this, [this] {
        m_appliedCode = m_promo->text().trimmed();
        requote();
    });
    connect(m_promo, &QLineEdit::returnPressed, apply, &QPushButton::click);
    connect(m_checkout, &QPushButton::clicked, this, &CartPage::checkout);
    updateButtons();
}

void CartPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // another machine, or the catalog, may have changed it
}

void CartPage::reload()
{
    m_model->reload();
}

void CartPage::updateButtons()
{
    const bool selected = WidgetHelpers::selectedRow(m_view) >= 0;
    m_remove->setEnabled(selected);
    m_decrement->setEnabled(selected);
    m_clear->setEnabled(m_model->rowCount() > 0);
    m_checkout->setEnabled(m_model->isReadyForCheckout());
    if (m_model->rowCount() > 0 && !m_model->isReadyForCheckout())
        m_checkout->setToolTip(tr("Remove or change the marked lines first."));
    else
        m_checkout->setToolTip(QString());
}

void CartPage::requote()
{
    const int generation = ++m_quoteGeneration;
    whenReady(m_services.cart.quote(m_appliedCode), this,
              [this, generation](const Result<CartQuote>& quote) {
                  if (generation != m_quoteGeneration)
                      return;
                  if (!quote) {
                      m_promoStatus->showError(quote.error().message());
                      return;
                  }
                  showQuote(*quote);
              });
}

void CartPage::showQuote(const CartQuote& quote)
{
    const QLocale locale;
    m_subtotal->setText(quote.subtotal.toDisplayString(locale));
    m_discount->setText(quote.discount.cents() ? u"−"_s + quote.discount.toDisplayString(locale)
                                               : quote.discount.toDisplayString(locale));
    m_total->setText(quote.total.toDisplayString(locale));
    PromoCodeStatus::show(m_promoStatus, m_appliedCode, quote);
}

void CartPage::checkout()
{
    const QString promo = m_appliedCode;
    CheckoutDialog dialog(m_services, m_model->lines(), promo, this);
    if (dialog.exec() == QDialog::Accepted) {
        const QList<qint64> ids = dialog.placedOrderIds();
        QStringList numbers;
        for (qint64 id : ids)
            numbers << u"#"_s + QString::number(id);
        m_message->showSuccess(tr("Thank you! Placed %1 (one order per seller). Follow them under "
                                  "“My orders”.")
                                   .arg(numbers.join(u", "_s)));
        m_message->show();
        m_appliedCode.clear();
        m_promo->clear();
        emit ordersPlaced(ids);
    }
    reload();
}

void CartPage::refresh()
{
    reload();
}
