#include "NotificationsPage.h"

#include "db/WhenReady.h"
#include "models/NotificationTableModel.h"
#include "services/AppServices.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NotificationsPage::NotificationsPage(AppServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new NotificationTableModel(this))
    , m_view(new QTableView(this))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"notificationsPage"_s);
    m_view->setObjectName(u"notificationsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(NotificationTableModel::Time,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    EmptyState::attach(m_view, tr("Nothing yet. News about your orders and deliveries "
                                  "appears here."));

    auto* open = new QPushButton(tr("Open"), this);
    open->setObjectName(u"openNotification"_s);
    auto* read = new QPushButton(tr("Mark as read"), this);
    read->setObjectName(u"markNotificationRead"_s);
    auto* allRead = new QPushButton(tr("Mark all as read"), this);
    allRead->setObjectName(u"markAllNotificationsRead"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addStretch(); // the buttons keep their size while the message is hidden
    buttons->addWidget(open);
    buttons->addWidget(read);
    buttons->addWidget(allRead);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(open, &QPushButton::clicked, this, &NotificationsPage::openSelected);
    connect(m_view, &QTableView::activated, this, &NotificationsPage::openSelected);
    connect(read, &QPushButton::clicked, this, &NotificationsPage::markSelectedRead);
    connect(allRead, &QPushButton::clicked, this, &NotificationsPage::markAllRead);
}

void NotificationsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void NotificationsPage::refresh()
{
    whenReady(m_services.notifications.latest(), this,
              [this](const Result<QList<Notification>>& list) {
                  if (!list) {
                      m_message->showError(list.error().message());
                      return;
                  }
                  m_message->hide();
                  m_model->setNotifications(*list);
                  emit unreadChanged(m_model->unreadCount());
              });
}

void NotificationsPage::openSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const Notification* n = m_model->notificationAt(current.row());
    if (!n) {
        m_message->showError(tr("Choose a notification first."));
        return;
    }
    const Notification chosen = *n;
    markRead({chosen.id});
    if (chosen.kind.startsWith(u"assignment_"_s))
        emit openDelivery(chosen.deliveryId);
    else
        emit openOrder(chosen.orderId);
}

void NotificationsPage::markSelectedRead()
{
    QList<qint64> ids;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows())
        if (const Notification* n = m_model->notificationAt(row.row()))
            ids << n->id;
    if (ids.isEmpty()) {
        m_message->showError(tr("Choose a notification first."));
        return;
    }
    markRead(ids);
}

void NotificationsPage::markRead(const QList<qint64>& ids)
{
    m_model->markRead(ids);
    emit unreadChanged(m_model->unreadCount());
    whenReady(m_services.notifications.markRead(ids), this, [this](const Result<int>& done) {
        if (!done)
            m_message->showError(done.error().message());
    });
}

void NotificationsPage::markAllRead()
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->notificationAt(row)->id;
    m_model->markRead(ids);
    emit unreadChanged(0);
    whenReady(m_services.notifications.markAllRead(), this, [this](const Result<int>& done) {
        if (!done)
            m_message->showError(done.error().message());
    });
}
