#include "BenchmarkStats.h"

#include <algorithm>
#include <cmath>

BenchmarkStats::BenchmarkStats(QList<double> samples)
    : m_sorted(std::move(samples))
{
    std::sort(m_sorted.begin(), m_sorted.end());
}

double BenchmarkStats::percentile(double p) const
{
    if (m_sorted.isEmpty())
        return 0;
    // Nearest-rank percentile.
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(m_sorted.size())));
    return m_sorted.at(std::clamp<qsizetype>(rank - 1, 0, m_sorted.size() - 1));
}
