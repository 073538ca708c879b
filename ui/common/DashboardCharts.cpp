#include "DashboardCharts.h"

#include "domain/OrderStatus.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QChartView* chartView(QWidget* parent, const QString& name)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 220);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

// A round axis top: 0–10, 0–50, 0–2,000 …
double niceTop(double value)
{
    if (value <= 0)
        return 1;
    double step = 1;
    while (step * 10 < value)
        step *= 10;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (step * m >= value)
            return step * m;
    }
    return step * 10;
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent)
    : QWidget(parent)
    , m_dailyView(chartView(this, u"dailyChart"_s))
    , m_statusView(chartView(this, u"statusChart"_s))
{
    m_dailyView->chart()->setTitle(tr("Orders and revenue per day, last 30 days"));
    m_statusView->chart()->setTitle(tr("Orders by status"));
    m_statusView->chart()->legend()->setAlignment(Qt::AlignRight);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dailyView, 3);
    layout->addWidget(m_statusView, 2);
    applyPalette();
}

void DashboardCharts::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void DashboardCharts::applyPalette()
{
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    for (QChartView* view : {m_dailyView, m_statusView}) {
        QChart* chart = view->chart();
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        // The theme's colours for the data; the application's for the rest.
        chart->setBackgroundBrush(p.base());
        chart->setTitleBrush(p.text());
        chart->legend()->setLabelColor(p.color(QPalette::Text));
        for (QAbstractAxis* axis : chart->axes()) {
            axis->setLabelsColor(p.color(QPalette::Text));
            axis->setTitleBrush(p.text());
            axis->setGridLineColor(p.color(QPalette::Mid));
        }
        view->setBackgroundBrush(p.window());
    }
}

void DashboardCharts::setFigures(const DashboardFigures& figures)
{
    fillDaily(figures);
    fillStatuses(figures);
    applyPalette();
}

void DashboardCharts::fillDaily(const DashboardFigures& figures)
{
    QChart* chart = m_dailyView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis gives it back: every refresh would leak three
    }
    auto* orders = new QBarSet(tr("Orders placed"));
    auto* revenue = new QLineSeries;
    revenue->setName(tr("Revenue"));
    const QLocale locale;
    // Bars sit at 0, 1, 2 …; a date under every seventh day and the last,
    // so that the labels never crowd.
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, std::max<qsizetype>(1, figures.daily.size()) - 0.5);
    x->setGridLineVisible(false);
    double most = 0;
    double mostRevenue = 0;
    for (int i = 0; i < figures.daily.size(); ++i) {
        const DashboardFigures::Day& d = figures.daily.at(i);
        const qsizetype last = figures.daily.size() - 1;
        if ((i % 7 == 0 && last - i >= 4) || i == last)
            x->append(locale.toString(d.day, u"d MMM"_s), i);
        orders->append(double(d.orders));
        revenue->append(i, double(d.revenue.cents()) / 100.0);
        most = std::max(most, double(d.orders));
        mostRevenue = std::max(mostRevenue, double(d.revenue.cents()) / 100.0);
    }
    auto* bars = new QBarSeries;
    bars->append(orders);
    chart->addSeries(bars);
    chart->addSeries(revenue);
    chart->addAxis(x, Qt::AlignBottom);
    auto* countAxis = new QValueAxis;
    countAxis->setRange(0, niceTop(std::max(most, 4.0)));
    countAxis->applyNiceNumbers();
    countAxis->setLabelFormat(u"%d"_s);
    countAxis->setTitleText(tr("Orders"));
    chart->addAxis(countAxis, Qt::AlignLeft);
    auto* moneyAxis = new QValueAxis;
    moneyAxis->setRange(0, niceTop(mostRevenue));
    moneyAxis->applyNiceNumbers();
    moneyAxis->setLabelFormat(u"%.0f"_s);
    moneyAxis->setTitleText(tr("Revenue"));
    moneyAxis->setGridLineVisible(false); // one grid (the orders') is enough to read by
    chart->addAxis(moneyAxis, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(countAxis);
    revenue->attachAxis(x);
    revenue->attachAxis(moneyAxis);
}

void DashboardCharts::fillStatuses(const DashboardFigures& figures)
{
    QChart* chart = m_statusView->chart();
    chart->removeAllSeries();
    auto* pie = new QPieSeries;
    pie->setObjectName(u"statusSeries"_s);
    for (OrderStatus status : {OrderStatus::Pending, OrderStatus::Confirmed, OrderStatus::Shipped,
                               OrderStatus::Delivered, OrderStatus::Cancelled}) {
        const qint64 count = figures.ordersByStatus.value(orderStatusToSql(status));
        if (count > 0) {
            pie->append(u"%1: %2"_s.arg(orderStatusDisplayName(status), QLocale().toString(count)),
                        double(count));
        }
    }
    chart->addSeries(pie);
}
