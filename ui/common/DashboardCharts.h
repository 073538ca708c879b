#pragma once

#include "domain/DashboardFigures.h"

#include <QWidget>

class QChart;
class QChartView;

// The dashboard's two charts: orders and revenue per day over 30 days, and
// orders by status. They follow the application's palette, dark mode too.
class DashboardCharts final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCharts)
public:
    explicit DashboardCharts(QWidget* parent = nullptr);

    void setFigures(const DashboardFigures& figures);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void fillDaily(const DashboardFigures& figures);
    void fillStatuses(const DashboardFigures& figures);

    QChartView* m_dailyView;
    QChartView* m_statusView;
};
