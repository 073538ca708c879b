#pragma once

#include <QList>

// Summary figures of a list of samples (any unit).
class BenchmarkStats final {
public:
    explicit BenchmarkStats(QList<double> samples);

    double median() const { return percentile(50); }
    double p95() const { return percentile(95); }
    double percentile(double p) const;
    qsizetype count() const { return m_sorted.size(); }

private:
    QList<double> m_sorted;
};
