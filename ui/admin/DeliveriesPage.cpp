#include "DeliveriesPage.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/ReasonDialog.h"
#include "ui/widgets/StatusBadgeDelegate.h"

#include "CourierProfileDialog.h"
#include "db/WhenReady.h"
#include "DeliveryTimelineDialog.h"
#include "models/CourierTableModel.h"
#include "models/DeliveryQueueTableModel.h"
#include "services/delivery/DispatchService.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/TableHeaderState.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Scope = DeliveryQuery::Scope;

DeliveriesPage::DeliveriesPage(DispatchService& dispatch, QWidget* parent)
    : QWidget(parent)
    , m_dispatch(dispatch)
    , m_deliveries(new DeliveryQueueTableModel(dispatch, this))
    , m_couriers(new CourierTableModel(dispatch, this))
    , m_scope(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_deliveryView(new QTableView(this))
    , m_courierView(new QTableView(this))
    , m_assign(WidgetHelpers::namedButton(this, tr("Assign to courier"), u"assignDeliveries"_s))
    , m_unassign(WidgetHelpers::namedButton(this, tr("Unassign…"), u"unassignDelivery"_s))
    , m_timeline(WidgetHelpers::namedButton(this, tr("Timeline…"), u"deliveryTimeline"_s))
    , m_editCourier(WidgetHelpers::namedButton(this, tr("Edit courier…"), u"editCourier"_s))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"deliveriesPage"_s);
    m_scope->setObjectName(u"deliveryScope"_s);
    m_scope->addItem(tr("Ready to dispatch"), int(Scope::Queue));
    m_scope->addItem(tr("With a courier"), int(Scope::Active));
    m_scope->addItem(tr("Finished"), int(Scope::Finished));
    m_scope->addItem(tr("All"), int(Scope::All));
    m_search->setObjectName(u"deliverySearch"_s);
    m_search->setPlaceholderText(tr("Order number, city, seller or buyer"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    m_deliveryView->setObjectName(u"deliveriesView"_s);
    m_deliveryView->setModel(m_deliveries);
    EmptyState::attach(m_deliveryView,
                       tr("No deliveries here — confirmed orders appear in the queue."));
    WidgetHelpers::setUpReadOnlyTable(m_deliveryView);
    // A dispatcher gives a courier several deliveries at once.
    m_deliveryView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_deliveryView->horizontalHeader()->setStretchLastSection(true);
    m_deliveryView->setColumnWidth(DeliveryQueueTableModel::Order, 70);
    m_deliveryView->setColumnWidth(DeliveryQueueTableModel::Status, 170);
    m_deliveryView->setItemDelegateForColumn(DeliveryQueueTableModel::Status,
                                             new StatusBadgeDelegate(m_deliveryView));
    m_deliveryView->setColumnWidth(DeliveryQueueTableModel::Waiting, 90);
    TableHeaderState::attach(m_deliveryView, u"deliveries"_s);
    m_courierView->setObjectName(u"couriersView"_s);
    m_courierView->setModel(m_couriers);
    WidgetHelpers::setUpReadOnlyTable(m_courierView);
    m_courierView->horizontalHeader()->setStretchLastSection(true);
    m_courierView->setColumnWidth(CourierTableModel::Name, 130);
    m_courierView->setColumnWidth(CourierTableModel::Duty, 80);
    m_courierView->setColumnWidth(CourierTableModel::InHand, 60);
    m_courierView->setColumnWidth(CourierTableModel::Vehicle, 80);
    TableHeaderState::attach(m_courierView, u"couriers"_s);
    m_message->setObjectName(u"deliveriesMessage"_s);
    m_message->hide();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_search, 1);
    auto* refresh = WidgetHelpers::namedButton(this, tr("Refresh"), u"refreshDeliveries"_s);
    filters->addWidget(refresh);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_deliveryView, 1);
    auto* deliveryButtons = new QHBoxLayout;
    deliveryButtons->addWidget(m_assign);
    deliveryButtons->addWidget(m_unassign);
    deliveryButtons->addWidget(m_timeline);
    deliveryButtons->addStretch();
    leftLayout->addLayout(deliveryButtons);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Couriers"), right));
    rightLayout->addWidget(m_courierView, 1);
    rightLayout->addWidget(m_editCourier, 0, Qt::AlignLeft);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 440});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &DeliveriesPage::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &DeliveriesPage::reload);
    connect(m_assign, &QPushButton::clicked, this, &DeliveriesPage::assign);
    connect(m_unassign, &QPushButton::clicked, this, &DeliveriesPage::unassign);
    connect(m_timeline, &QPushButton::clicked, this, &DeliveriesPage::showTimeline);
    connect(m_deliveryView, &QTableView::doubleClicked, this, &DeliveriesPage::showTimeline);
    connect(m_editCourier, &QPushButton::clicked, this, &DeliveriesPage::editCourier);
    connect(m_courierView, &QTableView::doubleClicked, this, &DeliveriesPage::editCourier);
    for (QTableView* view : {m_deliveryView, m_courierView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &DeliveriesPage::updateButtons);
    for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(m_deliveries),
                                      static_cast<QAbstractItemModel*>(m_couriers)})
        connect(model, &QAbstractItemModel::modelReset, this, &DeliveriesPage::updateButtons);
    connect(m_deliveries, &DeliveryQueueTableModel::loadFailed, m_message,
            &MessageLabel::showError);
    connect(m_couriers, &CourierTableModel::loadFailed, m_message, &MessageLabel::showError);
    updateButtons();
}

void DeliveriesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void DeliveriesPage::reload()
{
    m_deliveries->reload();
    m_couriers->reload();
}

void DeliveriesPage::applyFilter()
{
    DeliveryQuery query;
    query.scope = static_cast<Scope>(m_scope->currentData().toInt());
    query.text = m_search->text().trimmed();
    m_deliveries->setQuery(query);
}

QList<qint64> DeliveriesPage::selectedDeliveries() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_deliveryView->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (const DeliveryQueueRow* row = m_deliveries->rowAt(index.row()))
            ids << row->deliveryId;
    }
    return ids;
}

void DeliveriesPage::updateButtons()
{
    const QList<qint64> selected = selectedDeliveries();
    const DeliveryQueueRow* first =
        selected.isEmpty() ? nullptr : m_deliveries->rowAt(m_deliveries->rowOf(selected.first()));
    const bool courierChosen = WidgetHelpers::selectedRow(m_courierView) >= 0;
    m_assign->setEnabled(!selected.isEmpty() && courierChosen && first &&
                         !deliveryStatusIsFinal(first->status));
    m_assign->setToolTip(courierChosen ? QString()
                                       : tr("Choose the deliveries, then a courier on the right."));
    m_unassign->setEnabled(selected.size() == 1 && first &&
                           first->status == DeliveryStatus::Assigned);
    m_timeline->setEnabled(selected.size() == 1);
    m_editCourier->setEnabled(courierChosen);
}

void DeliveriesPage::assign()
{
    const QList<qint64> ids = selectedDeliveries();
    const CourierSummary* chosen = m_couriers->courierAt(WidgetHelpers::selectedRow(m_courierView));
    if (ids.isEmpty() || !chosen)
        return;
    // A copy: the list may reload while the question below is open.
    const CourierSummary courier = *chosen;
    if (!courier.onDuty &&
        !Confirmation::ask(this, tr("Courier off duty"),
                           tr("%1 is off duty. Give them the deliveries anyway?").arg(courier.name),
                           tr("Assign anyway"))) {
        return;
    }
    const QString name = courier.name;
    // On its way (picked up and later): handed over, one at a time, with a reason.
    const DeliveryQueueRow* first = m_deliveries->rowAt(m_deliveries->rowOf(ids.first()));
    if (first && !deliveryStatusIsFinal(first->status) &&
        first->status != DeliveryStatus::Unassigned && first->status != DeliveryStatus::Assigned) {
        handOver(first->deliveryId, courier.id, name, int(ids.size()));
        return;
    }
    m_assign->setEnabled(false);
    whenReady(m_dispatch.assign(ids, courier.id), this, [this, name](const Result<int>& done) {
        updateButtons();
        if (!done) {
            m_message->showError(done.error().message());
            return;
        }
        m_message->showSuccess(tr("Deliveries given to %1: %2.").arg(name).arg(*done));
        reload();
    });
}

void DeliveriesPage::handOver(qint64 deliveryId, qint64 courierId, const QString& courierName,
                              int selected)
{
    if (selected != 1) {
        m_message->showError(tr("Deliveries on their way are handed over one at a time."));
        return;
    }
    ReasonDialog dialog(tr("Hand over delivery"),
                        tr("This delivery is on its way. It goes to %1; the first courier must "
                           "give the goods to them.")
                            .arg(courierName),
                        tr("Hand over"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = dialog.reason();
    whenReady(m_dispatch.handOver(deliveryId, courierId, reason), this,
              [this, courierName](const VoidResult& done) {
                  if (!done) {
                      m_message->showError(done.error().message());
                      return;
                  }
                  m_message->showSuccess(tr("The delivery is now with %1.").arg(courierName));
                  reload();
              });
}

void DeliveriesPage::unassign()
{
    const QList<qint64> ids = selectedDeliveries();
    if (ids.size() != 1)
        return;
    ReasonDialog dialog(tr("Unassign delivery"),
                        tr("The delivery goes back to the queue. A reason is optional and kept "
                           "in the audit log."),
                        tr("Unassign"), this);
    dialog.setReasonRequired(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = dialog.reason();
    whenReady(m_dispatch.unassign(ids.first(), reason), this, [this](const VoidResult& done) {
        if (!done) {
            m_message->showError(done.error().message());
            return;
        }
        m_message->showSuccess(tr("The delivery is back in the queue."));
        reload();
    });
}

void DeliveriesPage::showTimeline()
{
    const QList<qint64> ids = selectedDeliveries();
    if (ids.size() != 1)
        return;
    const DeliveryQueueRow* row = m_deliveries->rowAt(m_deliveries->rowOf(ids.first()));
    DeliveryTimelineDialog dialog(m_dispatch, ids.first(), row ? row->orderId : 0, this);
    dialog.exec();
}

void DeliveriesPage::editCourier()
{
    const CourierSummary* courier =
        m_couriers->courierAt(WidgetHelpers::selectedRow(m_courierView));
    if (!courier)
        return;
    CourierProfileDialog dialog(m_dispatch, *courier, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_message->showSuccess(tr("The courier's profile is saved."));
        m_couriers->reload();
    }
}

void DeliveriesPage::refresh()
{
    reload();
}
