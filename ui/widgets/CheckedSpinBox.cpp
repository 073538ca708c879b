#include "CheckedSpinBox.h"

#include "MessageLabel.h"

#include <QLocale>

namespace {
// Wide enough for anything a person types into a count, narrow enough that
// the value always fits an int.
constexpr int kTypedLimit = 999'999'999;
} // namespace

CheckedSpinBox::CheckedSpinBox(QWidget* parent)
    : QSpinBox(parent)
{
    setRange(-kTypedLimit, kTypedLimit);
    setValue(0);
    setAlignment(Qt::AlignRight);
    connect(this, &QSpinBox::valueChanged, this, [this] {
        const QString now = problem();
        MessageLabel::markField(this, !now.isEmpty());
        emit problemChanged(now);
    });
}

void CheckedSpinBox::setAllowedRange(int minimum, int maximum, const QString& problem)
{
    m_minimum = minimum;
    m_maximum = maximum;
    m_problem = problem;
    MessageLabel::markField(this, !this->problem().isEmpty());
}

QString CheckedSpinBox::problem() const
{
    if (value() >= m_minimum && value() <= m_maximum)
        return {};
    return m_problem.contains(u"%1") ? m_problem.arg(QLocale().toString(value())) : m_problem;
}

QAbstractSpinBox::StepEnabled CheckedSpinBox::stepEnabled() const
{
    StepEnabled steps = StepNone;
    if (value() > m_minimum)
        steps |= StepDownEnabled;
    if (value() < m_maximum)
        steps |= StepUpEnabled;
    return steps;
}
