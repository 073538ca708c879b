#include "CourierPage.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/StatusBadgeDelegate.h"

#include "CourierDeliveryDetail.h"
#include "db/DbWorker.h"
#include "FailedAttemptDialog.h"
#include "models/CourierDeliveryTableModel.h"
#include "models/CourierEventTableModel.h"
#include "ProofOfDeliveryDialog.h"
#include "services/AppServices.h"
#include "sync/CourierStore.h"
#include "sync/CourierSync.h"
#include "SyncIndicator.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/TableHeaderState.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;
using Section = CourierDeliveryTableModel::Section;

CourierPage::CourierPage(AppServices& services, const UserAccount& account, QWidget* parent)
    : QWidget(parent)
    , m_deliveries(new CourierDeliveryTableModel(this))
    , m_rejected(new CourierEventTableModel(this))
    , m_indicator(new SyncIndicator(this))
    , m_sections(new QTabBar(this))
    , m_view(new QTableView(this))
    , m_detail(new CourierDeliveryDetail(this))
    , m_rejectedBox(new QGroupBox(this))
    , m_rejectedView(new QTableView(this))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"courierPage"_s);
    m_sections->setObjectName(u"deliverySections"_s);
    for (int i = 0; i < 3; ++i)
        m_sections->addTab(QString());
    m_view->setObjectName(u"courierDeliveriesView"_s);
    m_view->setModel(m_deliveries);
    EmptyState::attach(m_view, tr("No deliveries for you right now — the dispatcher assigns "
                                  "them; they appear here by themselves."));
    WidgetHelpers::setUpReadOnlyTable(m_view);
    m_view->setColumnWidth(CourierDeliveryTableModel::Order, 70);
    m_view->setColumnWidth(CourierDeliveryTableModel::Status, 130);
    m_view->setItemDelegateForColumn(CourierDeliveryTableModel::Status,
                                     new StatusBadgeDelegate(m_view));
    m_view->setColumnWidth(CourierDeliveryTableModel::PickUpFrom, 110);
    for (int column :
         {int(CourierDeliveryTableModel::ToCollect), int(CourierDeliveryTableModel::Sync)})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CourierDeliveryTableModel::DeliverTo,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(true);
    TableHeaderState::attach(m_view, u"courierDeliveries"_s);
    m_rejectedView->setObjectName(u"rejectedStepsView"_s);
    m_rejectedView->setModel(m_rejected);
    WidgetHelpers::setUpReadOnlyTable(m_rejectedView);
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_rejectedView->setColumnWidth(CourierEventTableModel::Reason, 320);
    m_rejectedView->setMaximumHeight(140);
    m_rejectedBox->setObjectName(u"rejectedSteps"_s);
    m_message->setObjectName(u"courierMessage"_s);
    m_message->hide();

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({640, 340});
    auto* rejectedLayout = new QVBoxLayout(m_rejectedBox);
    auto* rejectedHint = new QLabel(
        tr("The server refused these steps (the delivery was reassigned or cancelled, say). "
           "Each delivery shows the server's state; talk to the dispatcher if that is wrong."),
        m_rejectedBox);
    rejectedHint->setWordWrap(true);
    rejectedLayout->addWidget(rejectedHint);
    rejectedLayout->addWidget(m_rejectedView);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_indicator);
    layout->addWidget(m_sections);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_rejectedBox);

    connect(m_sections, &QTabBar::currentChanged, this, [this](int index) {
        m_deliveries->setSection(static_cast<Section>(index));
        showSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CourierPage::showSelected);
    connect(m_detail, &CourierDeliveryDetail::stepRequested, this, &CourierPage::takeStep);

    const QString path = CourierStore::defaultPath(services.dbWorker.settings(), account.id);
    CourierStore::OpenReport report;
    auto store = CourierStore::open(path, account.id, &report);
    if (!store) {
        m_message->showError(store.error().message());
        m_indicator->setEnabled(false);
        return;
    }
    m_store = std::move(*store);
    if (!report.setAsidePath.isEmpty()) {
        m_message->showError(tr("The deliveries on this computer were damaged. The damaged file "
                                "was kept as %1; your deliveries are fetched from the server "
                                "again. Steps not yet sent may be in that file: tell support.")
                                 .arg(report.setAsidePath));
    }
    m_sync = new CourierSync(services.dbWorker, path, account.id, this);
    connect(m_sync, &CourierSync::roundStarted, this, &CourierPage::updateIndicator);
    connect(m_sync, &CourierSync::roundFinished, this, [this] {
        reload();
        if (m_pendingFocus != 0)
            focus(std::exchange(m_pendingFocus, 0));
    });
    connect(m_indicator, &SyncIndicator::syncNowRequested, m_sync, &CourierSync::syncNow);
    reload();
    m_sync->start();
}

CourierPage::~CourierPage() = default;

qint64 CourierPage::selectedDelivery() const
{
    const CourierDelivery* d = m_deliveries->deliveryAt(WidgetHelpers::selectedRow(m_view));
    return d ? d->id : 0;
}

void CourierPage::reload()
{
    if (!m_store)
        return;
    const qint64 selected = selectedDelivery();
    auto all = m_store->deliveries();
    auto waiting = m_store->deliveriesWaiting();
    auto rejected = m_store->rejectedEvents();
    if (!all || !waiting || !rejected) {
        m_message->showError(!all       ? all.error().message()
                             : !waiting ? waiting.error().message()
                                        : rejected.error().message());
        return;
    }
    m_deliveries->setDeliveries(*all, *waiting, QDate::currentDate());
    QHash<qint64, qint64> orderOf;
    for (const CourierDelivery& d : std::as_const(*all))
        orderOf.insert(d.id, d.orderId);
    m_rejected->setEvents(*rejected, orderOf);
    m_rejectedBox->setTitle(tr("Not accepted by the server (%1)").arg(rejected->size()));
    m_rejectedBox->setVisible(!rejected->isEmpty());

    m_sections->setTabText(0, tr("To pick up (%1)").arg(m_deliveries->count(Section::ToPickUp)));
    m_sections->setTabText(
        1, tr("Out for delivery (%1)").arg(m_deliveries->count(Section::OutForDelivery)));
    m_sections->setTabText(2, tr("Done today (%1)").arg(m_deliveries->count(Section::DoneToday)));
    const int row = m_deliveries->rowOf(selected);
    if (row >= 0)
        m_view->selectRow(row);
    showSelected();
    updateIndicator();
}

void CourierPage::openDelivery(qint64 deliveryId)
{
    reload();
    auto found = m_store->delivery(deliveryId);
    if (found && *found) {
        focus(deliveryId);
        return;
    }
    m_pendingFocus = deliveryId;
    m_sync->syncNow();
}

void CourierPage::focus(qint64 deliveryId)
{
    auto found = m_store->delivery(deliveryId);
    if (!found || !*found)
        return;
    // The delivery moves to the section of its new state; the courier follows it.
    m_sections->setCurrentIndex(int(CourierDeliveryTableModel::sectionOf(**found)));
    const int row = m_deliveries->rowOf(deliveryId);
    if (row >= 0)
        m_view->selectRow(row);
}

void CourierPage::updateIndicator()
{
    if (!m_store || !m_sync)
        return;
    SyncIndicator::State state;
    state.online = m_sync->isOnline();
    state.running = m_sync->isRunning();
    state.pending = m_store->pendingCount().value_or(0);
    state.rejected = m_rejected->rowCount();
    state.lastSyncAt = m_store->lastSyncAt();
    state.lastError = m_store->lastError();
    state.nextRoundAt = m_sync->failures() > 0 ? m_sync->nextRoundAt() : QDateTime();
    m_indicator->setState(state);
}

void CourierPage::showSelected()
{
    const CourierDelivery* d = m_deliveries->deliveryAt(WidgetHelpers::selectedRow(m_view));
    if (!d || !m_store) {
        m_detail->showDelivery(std::nullopt, {}, false);
        return;
    }
    const QList<DeliveryStatus> steps = m_store->nextSteps(d->id).value_or(QList<DeliveryStatus>());
    m_detail->showDelivery(*d, steps, m_deliveries->isWaiting(d->id));
}

VoidResult CourierPage::record(const CourierStep& step,
                               const QList<CourierStore::StoredImage>& pictures)
{
    auto recorded = m_store->record(step, pictures);
    if (!recorded)
        return std::unexpected(recorded.error());
    reload();
    focus(step.deliveryId);
    m_message->showSuccess(
        tr("Recorded: %1. It is sent to the server as soon as there is a connection.")
            .arg(deliveryStatusDisplayName(step.to)));
    m_sync->syncNow();
    return {};
}

void CourierPage::takeStep(qint64 deliveryId, DeliveryStatus to)
{
    auto found = m_store->delivery(deliveryId);
    if (!found || !*found) {
        m_message->showError(found ? tr("This delivery is no longer on this computer.")
                                   : found.error().message());
        return;
    }
    const CourierDelivery d = **found;
    if (to == DeliveryStatus::FailedAttempt) {
        FailedAttemptDialog dialog(
            deliveryId, d.failedAttempts + 1,
            [this](const CourierStep& step) { return record(step); }, this);
        dialog.exec();
        return;
    }
    if (to == DeliveryStatus::Delivered) {
        ProofOfDeliveryDialog dialog(
            d,
            [this](const ProofOfDeliveryDialog::Proof& proof) -> VoidResult {
                QList<CourierStore::StoredImage> pictures;
                for (const auto& image : {proof.photo, proof.signature}) {
                    if (image) {
                        pictures.append({image->sha256, image->bytes, image->thumbnail, image->mime,
                                         image->size.width(), image->size.height()});
                    }
                }
                return record(proof.step, pictures);
            },
            this);
        dialog.exec();
        return;
    }
    if (to == DeliveryStatus::Returned &&
        !Confirmation::ask(this, tr("Return to seller"),
                           tr("Take the goods of order #%1 back to the seller? The order is "
                              "then cancelled.")
                               .arg(d.orderId),
                           tr("Return to seller"))) {
        return;
    }
    CourierStep step;
    step.deliveryId = deliveryId;
    step.to = to;
    if (auto recorded = record(step); !recorded)
        m_message->showError(recorded.error().message());
}

void CourierPage::refresh()
{
    reload();
}
