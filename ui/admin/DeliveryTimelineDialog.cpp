#include "DeliveryTimelineDialog.h"

#include "db/WhenReady.h"
#include "models/DeliveryTimelineModel.h"
#include "services/delivery/DispatchService.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DeliveryTimelineDialog::DeliveryTimelineDialog(DispatchService& dispatch, qint64 deliveryId,
                                               qint64 orderId, QWidget* parent)
    : QDialog(parent)
    , m_model(new DeliveryTimelineModel(this))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"deliveryTimelineDialog"_s);
    setWindowTitle(tr("Delivery of order #%1").arg(orderId));
    auto* view = new QTableView(this);
    view->setObjectName(u"timelineView"_s);
    view->setModel(m_model);
    WidgetHelpers::setUpReadOnlyTable(view);
    view->setWordWrap(true);
    view->horizontalHeader()->setSectionResizeMode(DeliveryTimelineModel::Details,
                                                   QHeaderView::Stretch);
    view->setColumnWidth(DeliveryTimelineModel::Received, 130);
    view->setColumnWidth(DeliveryTimelineModel::DeviceTime, 130);
    view->setColumnWidth(DeliveryTimelineModel::Step, 220);
    m_message->setObjectName(u"timelineMessage"_s);
    m_message->showInfo(tr("Loading…"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 420);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeliveryTimelineDialog::reject);
    whenReady(dispatch.timeline(deliveryId), this,
              [this](const Result<QList<DeliveryEvent>>& events) {
                  if (!events) {
                      m_message->showError(events.error().message());
                      return;
                  }
                  m_model->setEvents(*events);
                  if (events->isEmpty())
                      m_message->showInfo(tr("Nothing has happened to this delivery yet."));
                  else
                      m_message->hide();
              });
}
