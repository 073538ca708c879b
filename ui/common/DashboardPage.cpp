#include "DashboardPage.h"

#include "DashboardCharts.h"
#include "db/WhenReady.h"
#include "domain/DeliveryStatus.h"
#include "domain/OrderStatus.h"
#include "models/DashboardListModel.h"
#include "services/dashboard/DashboardService.h"
#include "ui/widgets/FigureTile.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/ReasonDialog.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTableView* listView(QWidget* parent, DashboardListModel* model, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    WidgetHelpers::setUpReadOnlyTable(view);
    view->horizontalHeader()->setSectionResizeMode(DashboardListModel::Name, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(DashboardListModel::First,
                                                   QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(DashboardListModel::Second,
                                                   QHeaderView::ResizeToContents);
    view->setMinimumHeight(150);
    return view;
}

QGroupBox* box(QWidget* parent, const QString& title, QWidget* content, QWidget* below = nullptr)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    if (below)
        layout->addWidget(below, 0, Qt::AlignLeft);
    return group;
}

} // namespace

DashboardPage::DashboardPage(DashboardService& dashboard, Role role, QWidget* parent)
    : QWidget(parent)
    , m_dashboard(dashboard)
    , m_role(role)
    , m_period(new QComboBox(this))
    , m_updated(new QLabel(this))
    , m_revenue(new FigureTile(tr("Revenue (delivered orders)"), u"tileRevenue"_s, this))
    , m_orders(new FigureTile(tr("Orders placed"), u"tileOrders"_s, this))
    , m_average(new FigureTile(tr("Average order value"), u"tileAverage"_s, this))
    , m_cancelled(new FigureTile(tr("Cancellations"), u"tileCancelled"_s, this))
    , m_newUsers(new FigureTile(tr("New users"), u"tileNewUsers"_s, this))
    , m_statuses(new QLabel(this))
    , m_charts(new DashboardCharts(this))
    , m_top(new DashboardListModel(DashboardListModel::Kind::TopProducts, this))
    , m_lowStock(new DashboardListModel(DashboardListModel::Kind::LowStock, this))
    , m_cash(new DashboardListModel(DashboardListModel::Kind::CourierCash, this))
    , m_cashView(nullptr)
    , m_markReceived(WidgetHelpers::namedButton(this, tr("Mark received…"), u"markCashReceived"_s))
    , m_timer(new QTimer(this))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"dashboardPage"_s);
    m_period->setObjectName(u"dashboardPeriod"_s);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->setCurrentIndex(2);
    m_updated->setObjectName(u"dashboardUpdated"_s);
    m_updated->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_statuses->setObjectName(u"dashboardStatuses"_s);
    m_statuses->setWordWrap(true);
    m_statuses->setTextFormat(Qt::RichText);
    m_message->setObjectName(u"dashboardMessage"_s);
    m_message->hide();
    m_timer->setInterval(kRefreshMs);
    const bool admin = role == Role::Admin;
    m_newUsers->setVisible(admin);

    auto* header = new QHBoxLayout;
    header->addWidget(m_updated, 1);
    header->addWidget(m_period);

    auto* tiles = new QHBoxLayout;
    for (FigureTile* tile : {m_revenue, m_orders, m_average, m_cancelled, m_newUsers})
        tiles->addWidget(tile);

    auto* lists = new QGridLayout;
    lists->addWidget(box(this, tr("Best sellers"), listView(this, m_top, u"topProductsView"_s)), 0,
                     0);
    lists->addWidget(
        box(this, tr("Low on stock (5 or fewer)"), listView(this, m_lowStock, u"lowStockView"_s)),
        0, 1);
    if (admin) {
        m_cashView = listView(this, m_cash, u"courierCashView"_s);
        lists->addWidget(box(this, tr("Cash held by couriers"), m_cashView, m_markReceived), 0, 2);
    } else {
        m_markReceived->hide();
    }

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(tiles);
    contentLayout->addWidget(m_statuses);
    contentLayout->addWidget(m_charts, 1);
    contentLayout->addLayout(lists);
    // On a small screen the dashboard scrolls instead of squeezing its charts.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);

    connect(m_timer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::showPeriod);
    connect(m_markReceived, &QPushButton::clicked, this, &DashboardPage::markCashReceived);
    if (m_cashView) {
        connect(m_cashView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            m_markReceived->setEnabled(WidgetHelpers::selectedRow(m_cashView) >= 0);
        });
        connect(m_cash, &QAbstractItemModel::modelReset, this, [this] {
            m_markReceived->setEnabled(WidgetHelpers::selectedRow(m_cashView) >= 0);
        });
    }
    m_markReceived->setEnabled(false);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void DashboardPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer->stop(); // nobody looks: no load on the server
}

void DashboardPage::refresh()
{
    const int generation = ++m_generation;
    whenReady(
        m_dashboard.figures(), this, [this, generation](const Result<DashboardFigures>& figures) {
            if (generation != m_generation)
                return; // a newer refresh is on its way
            if (!figures) {
                // The last figures stay, marked as old.
                m_message->showError(
                    tr("The figures could not be refreshed: %1").arg(figures.error().message()));
                return;
            }
            m_message->hide();
            show(*figures);
            emit refreshed();
        });
}

void DashboardPage::show(const DashboardFigures& figures)
{
    m_figures = figures;
    m_updated->setText(
        tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    showPeriod();
    const QLocale locale;
    QStringList orders;
    for (OrderStatus s : {OrderStatus::Pending, OrderStatus::Confirmed, OrderStatus::Shipped,
                          OrderStatus::Delivered, OrderStatus::Cancelled}) {
        orders << u"%1 %2"_s.arg(
            orderStatusDisplayName(s),
            locale.toString(figures.ordersByStatus.value(orderStatusToSql(s))));
    }
    QStringList deliveries;
    for (DeliveryStatus s :
         {DeliveryStatus::Unassigned, DeliveryStatus::Assigned, DeliveryStatus::PickedUp,
          DeliveryStatus::OutForDelivery, DeliveryStatus::FailedAttempt, DeliveryStatus::Delivered,
          DeliveryStatus::Returned, DeliveryStatus::Cancelled}) {
        const qint64 n = figures.deliveriesByStatus.value(deliveryStatusToSql(s));
        if (n > 0)
            deliveries << u"%1 %2"_s.arg(deliveryStatusDisplayName(s), locale.toString(n));
    }
    m_statuses->setText(
        tr("<b>Orders by status:</b> %1<br><b>Deliveries by status:</b> %2")
            .arg(orders.join(u" · "_s).toHtmlEscaped(),
                 deliveries.isEmpty() ? tr("none") : deliveries.join(u" · "_s).toHtmlEscaped()));
    m_charts->setFigures(figures);
    m_top->setFigures(figures);
    m_lowStock->setFigures(figures);
    m_cash->setFigures(figures);
}

void DashboardPage::showPeriod()
{
    const int days = m_period->currentData().toInt();
    const auto it = std::find_if(m_figures.periods.cbegin(), m_figures.periods.cend(),
                                 [days](const auto& p) { return p.days == days; });
    if (it == m_figures.periods.cend()) {
        for (FigureTile* tile : {m_revenue, m_orders, m_average, m_cancelled, m_newUsers})
            tile->clear();
        return;
    }
    const DashboardFigures::Period& p = *it;
    const QLocale locale;
    const auto money = [](Money m) {
        return double(m.cents());
    };
    m_revenue->setFigure(p.revenue.toDisplayString(locale), money(p.revenue),
                         money(p.revenueBefore));
    m_orders->setFigure(locale.toString(p.placed), double(p.placed), double(p.placedBefore));
    const Money average = DashboardFigures::Period::average(p.revenue, p.delivered);
    const Money averageBefore =
        DashboardFigures::Period::average(p.revenueBefore, p.deliveredBefore);
    m_average->setFigure(average.toDisplayString(locale), money(average), money(averageBefore));
    m_cancelled->setFigure(locale.toString(p.cancelled), double(p.cancelled),
                           double(p.cancelledBefore));
    if (p.newUsers) {
        m_newUsers->setFigure(locale.toString(*p.newUsers), double(*p.newUsers),
                              double(p.newUsersBefore.value_or(0)));
    }
}

void DashboardPage::markCashReceived()
{
    if (!m_cashView)
        return;
    const DashboardFigures::CourierCash* chosen =
        m_cash->courierAt(WidgetHelpers::selectedRow(m_cashView));
    if (!chosen)
        return;
    const DashboardFigures::CourierCash courier = *chosen;
    const QLocale locale;
    ReasonDialog dialog(tr("Mark cash received"),
                        tr("%1 hands in %2 for %3 deliveries. Count it, then confirm. A note for "
                           "the audit log is optional.")
                            .arg(courier.name, courier.amount.toDisplayString(locale),
                                 locale.toString(courier.deliveries)),
                        tr("Mark received"), this);
    dialog.setReasonRequired(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString note = dialog.reason();
    m_markReceived->setEnabled(false);
    whenReady(m_dashboard.markCashReceived(courier.courierId, courier.amount, note), this,
              [this, courier](const Result<int>& marked) {
                  if (!marked) {
                      m_message->showError(marked.error().message());
                      refresh();
                      return;
                  }
                  m_message->showSuccess(
                      tr("Received %1 from %2.")
                          .arg(courier.amount.toDisplayString(QLocale()), courier.name));
                  refresh();
              });
}
