#include "OrdersPage.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/ReasonDialog.h"
#include "ui/widgets/StatusBadgeDelegate.h"

#include "db/WhenReady.h"
#include "models/ModelRoles.h"
#include "models/OrderItemTableModel.h"
#include "models/OrderTableModel.h"
#include "services/AppServices.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/TableHeaderState.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString actorText(const std::optional<Role>& role)
{
    if (!role)
        return {};
    switch (*role) {
    case Role::Buyer:
        return OrdersPage::tr("by the buyer");
    case Role::Seller:
        return OrdersPage::tr("by the seller");
    case Role::Courier:
        return OrdersPage::tr("by the courier");
    case Role::Admin:
        return OrdersPage::tr("by an administrator");
    }
    return {};
}

QString addressText(const QVariantMap& a)
{
    auto v = [&a](const char* key) {
        return a.value(QString::fromLatin1(key)).toString();
    };
    QString house = v("house");
    if (!v("apartment").isEmpty())
        house += u'/' + v("apartment");
    QStringList lines{v("recipient"), v("street") + u' ' + house,
                      v("postal_code") + u' ' + v("city"), v("country"), v("phone")};
    if (!v("note").isEmpty())
        lines << v("note");
    return lines.join(u'\n');
}

OptionalDateEdit* dateEdit(QWidget* parent, const QString& name, const QString& any)
{
    auto* edit = new OptionalDateEdit(any, parent);
    edit->setObjectName(name);
    return edit;
}
} // namespace

OrdersPage::OrdersPage(AppServices& services, Role role, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_role(role)
    , m_model(new OrderTableModel(services.orders, this))
    , m_items(new OrderItemTableModel(this))
    , m_view(new QTableView(this))
    , m_status(new QComboBox(this))
    , m_message(new MessageLabel(this))
    , m_detail(new QWidget(this))
    , m_heading(new QLabel(m_detail))
    , m_facts(new QLabel(m_detail))
    , m_address(new QLabel(m_detail))
    , m_itemView(new QTableView(m_detail))
    , m_history(new QListWidget(m_detail))
    , m_actions(new QHBoxLayout)
{
    setObjectName(u"ordersPage"_s);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("All orders"));
    for (OrderStatus s : {OrderStatus::Pending, OrderStatus::Confirmed, OrderStatus::Shipped,
                          OrderStatus::Delivered, OrderStatus::Cancelled})
        m_status->addItem(orderStatusDisplayName(s), int(s));

    auto* filters = new QHBoxLayout;
    filters->addStretch();
    if (role != Role::Buyer) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(u"orderSearch"_s);
        m_search->setClearButtonEnabled(true);
        m_search->setPlaceholderText(role == Role::Admin ? tr("Order #, buyer or seller")
                                                         : tr("Order # or buyer"));
        m_search->setMinimumWidth(220);
        filters->addWidget(m_search);
    }
    filters->addWidget(m_status);
    if (role == Role::Admin) {
        m_from = dateEdit(this, u"fromDate"_s, tr("From: any"));
        m_until = dateEdit(this, u"untilDate"_s, tr("Until: any"));
        filters->addWidget(m_from);
        filters->addWidget(m_until);
    }

    m_view->setObjectName(u"ordersView"_s);
    m_view->setModel(m_model);
    EmptyState::attach(m_view, role == Role::Buyer    ? tr("No orders yet — browse the catalog, "
                                                              "fill your cart and check out.")
                               : role == Role::Seller ? tr("No orders for your products yet.")
                                                      : tr("No orders match these filters."));
    WidgetHelpers::setUpReadOnlyTable(m_view);
    m_view->setColumnHidden(OrderTableModel::Buyer, role == Role::Buyer);
    m_view->setColumnHidden(OrderTableModel::Seller, role == Role::Seller);
    m_view->setColumnWidth(OrderTableModel::Number, 60);
    m_view->setColumnWidth(OrderTableModel::Placed, 130);
    m_view->setColumnWidth(OrderTableModel::Items, 50);
    m_view->setColumnWidth(OrderTableModel::Total, 85);
    m_view->setColumnWidth(OrderTableModel::Status, 110);
    m_view->setItemDelegateForColumn(OrderTableModel::Status, new StatusBadgeDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(OrderTableModel::Buyer, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(OrderTableModel::Seller, QHeaderView::Stretch);
    TableHeaderState::attach(m_view, u"orders/"_s + roleToSql(role));

    m_message->setObjectName(u"ordersMessage"_s);
    m_message->hide();

    m_detail->setObjectName(u"orderDetail"_s);
    m_heading->setObjectName(u"orderHeading"_s);
    WidgetHelpers::emphasize(m_heading, 1.3);
    m_facts->setObjectName(u"orderFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_address->setObjectName(u"orderAddress"_s);
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_itemView->setObjectName(u"orderItems"_s);
    m_itemView->setModel(m_items);
    m_itemView->verticalHeader()->hide();
    m_itemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemView->horizontalHeader()->setSectionResizeMode(OrderItemTableModel::Product,
                                                         QHeaderView::Stretch);
    m_history->setObjectName(u"orderHistory"_s);
    m_history->setMaximumHeight(120);
    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_heading);
    auto* factsRow = new QHBoxLayout;
    factsRow->addWidget(m_facts, 3);
    factsRow->addWidget(m_address, 2);
    detailLayout->addLayout(factsRow);
    detailLayout->addWidget(m_itemView, 1);
    detailLayout->addWidget(new QLabel(tr("History"), m_detail));
    detailLayout->addWidget(m_history);
    detailLayout->addLayout(m_actions);
    m_detail->hide();

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 420});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilters);
    if (m_search) {
        auto* typing = new QTimer(this);
        typing->setSingleShot(true);
        typing->setInterval(300);
        connect(typing, &QTimer::timeout, this, &OrdersPage::applyFilters);
        connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
        connect(m_search, &QLineEdit::returnPressed, this, &OrdersPage::applyFilters);
    }
    for (OptionalDateEdit* edit : {m_from, m_until}) {
        if (edit)
            connect(edit, &QDateEdit::dateChanged, this, &OrdersPage::applyFilters);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const OrderSummary* o = m_model->orderAt(current.row()))
                    showOrder(o->id);
            });
    connect(m_model, &OrderTableModel::loadFailed, this,
            [this](const QString& message) { m_message->showError(message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the shown order selected across reloads.
        const int row = m_model->rowOf(m_shown);
        if (row >= 0)
            m_view->selectRow(row);
        else
            m_detail->hide();
    });
}

void OrdersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void OrdersPage::reload()
{
    applyFilters();
}

void OrdersPage::applyFilters()
{
    OrderQuery query;
    if (m_status->currentIndex() > 0)
        query.status = OrderStatus(m_status->currentData().toInt());
    if (m_search)
        query.text = m_search->text();
    if (m_from && m_from->chosenDate().isValid())
        query.from = m_from->chosenDate();
    if (m_until && m_until->chosenDate().isValid())
        query.until = m_until->chosenDate();
    m_model->setQuery(query);
}

void OrdersPage::showOrder(qint64 orderId)
{
    m_shown = orderId;
    whenReady(m_services.orders.detail(orderId), this,
              [this, orderId](const Result<OrderDetail>& detail) {
                  if (orderId != m_shown)
                      return;
                  if (!detail) {
                      m_message->showError(detail.error().message());
                      return;
                  }
                  showDetail(*detail);
              });
}

void OrdersPage::showDetail(const OrderDetail& detail)
{
    const QLocale locale;
    const OrderSummary& o = detail.summary;
    m_model->updateOrder(o); // the list shows what the detail shows
    m_heading->setText(tr("Order #%1 — %2").arg(o.id).arg(orderStatusDisplayName(o.status)));
    QStringList facts;
    facts << tr("Placed %1").arg(OrderTableModel::timeText(o.createdAt));
    if (m_role != Role::Buyer)
        facts << tr("Buyer: %1").arg(o.buyerName);
    if (m_role != Role::Seller)
        facts << tr("Seller: %1").arg(o.sellerName);
    facts << tr("Payment: cash on delivery");
    // The delivery's state once it means something: from a confirmed order on,
    // until it ends with the order (a cancelled order says so itself).
    if (detail.deliveryStatus && *detail.deliveryStatus != DeliveryStatus::Cancelled &&
        (*detail.deliveryStatus != DeliveryStatus::Unassigned ||
         o.status == OrderStatus::Confirmed))
        facts << tr("Delivery: %1").arg(deliveryStatusDisplayName(*detail.deliveryStatus));
    QString money = tr("Subtotal %1").arg(o.subtotal.toDisplayString(locale));
    if (o.discount.cents() > 0)
        money += tr(", discount −%1 (%2)").arg(o.discount.toDisplayString(locale), o.promoCode);
    money += tr(", total %1").arg(o.total.toDisplayString(locale));
    facts << money;
    m_facts->setText(facts.join(u'\n'));
    m_address->setText(tr("Deliver to:") + u'\n' + addressText(o.address));
    m_items->setItems(detail.items);
    m_itemView->resizeColumnsToContents();
    m_itemView->horizontalHeader()->setSectionResizeMode(OrderItemTableModel::Product,
                                                         QHeaderView::Stretch);

    m_history->clear();
    for (const OrderDetail::HistoryEntry& h : detail.history) {
        QString line = OrderTableModel::timeText(h.at) + u"  "_s +
                       (h.from ? orderStatusDisplayName(h.to) : tr("Placed"));
        const QString actor = actorText(h.actorRole);
        if (!actor.isEmpty())
            line += u' ' + actor;
        if (!h.reason.isEmpty())
            line += u": "_s + h.reason;
        m_history->addItem(line);
    }
    // The delivery's own steps follow (a cancellation is the order's already).
    for (const OrderDetail::DeliveryStep& step : detail.deliverySteps) {
        if (step.to == DeliveryStatus::Cancelled || step.to == DeliveryStatus::Unassigned)
            continue;
        QString line = OrderTableModel::timeText(step.at) + u"  "_s +
                       tr("Delivery: %1").arg(deliveryStatusDisplayName(step.to));
        if (!step.failureReason.isEmpty())
            line += u" ("_s + failureReasonDisplayName(step.failureReason) + u')';
        if (!step.recipientName.isEmpty())
            line += u" — "_s + tr("received by %1").arg(step.recipientName);
        m_history->addItem(line);
    }

    m_detail->show();
    if (m_actionsFor == std::pair(o.id, detail.allowedNext))
        return;
    m_actionsFor = {o.id, detail.allowedNext};
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_actions->addStretch();
    for (OrderStatus to : detail.allowedNext) {
        QString text = orderStatusActionName(to);
        if (m_role == Role::Seller && to == OrderStatus::Cancelled)
            text = tr("Reject");
        auto* b = new QPushButton(text, m_detail);
        b->setObjectName(u"moveTo_"_s + orderStatusToSql(to));
        connect(b, &QPushButton::clicked, this, [this, id = o.id, to] { move(id, to); });
        m_actions->addWidget(b);
    }
}

std::optional<QString> OrdersPage::askReason(qint64 orderId, OrderStatus to, bool required)
{
    ReasonDialog dialog(orderStatusActionName(to),
                        required ? tr("Order #%1 becomes %2. The reason is kept in the audit log.")
                                       .arg(orderId)
                                       .arg(orderStatusDisplayName(to))
                                 : tr("Order #%1 becomes %2. The buyer sees the reason, if you "
                                      "give one.")
                                       .arg(orderId)
                                       .arg(orderStatusDisplayName(to)),
                        orderStatusActionName(to), this);
    dialog.setReasonRequired(required);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

void OrdersPage::move(qint64 orderId, OrderStatus to)
{
    std::optional<QString> reason = QString();
    if (m_role == Role::Admin) {
        reason = askReason(orderId, to, true);
    } else if (m_role == Role::Seller && to == OrderStatus::Cancelled) {
        reason = askReason(orderId, to, false);
    } else if (to == OrderStatus::Cancelled) {
        if (!Confirmation::ask(this, tr("Cancel order"),
                               tr("Cancel order #%1? Its items go back on sale.").arg(orderId),
                               tr("Cancel order")))
            return;
    }
    if (!reason)
        return; // the question was cancelled
    m_message->hide();
    whenReady(m_services.orders.setStatus(orderId, to, *reason), this,
              [this, orderId, to](const Result<int>& moved) {
                  if (!moved) {
                      m_message->showError(moved.error().message());
                  } else {
                      m_message->showSuccess(
                          tr("Order #%1: %2.").arg(orderId).arg(orderStatusDisplayName(to)));
                  }
                  showOrder(orderId); // which also updates its row
              });
}

void OrdersPage::refresh()
{
    reload();
}
