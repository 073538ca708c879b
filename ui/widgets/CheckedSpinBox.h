#pragma once

#include <QSpinBox>

// A whole-number field that keeps what was typed. A plain QSpinBox clamps
// -3 to 3 or 999 to 9 without a word; this one accepts any number, marks one
// outside the allowed range and says why (problem()), and its arrows stay
// inside the range.
class CheckedSpinBox final : public QSpinBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckedSpinBox)
public:
    explicit CheckedSpinBox(QWidget* parent = nullptr);

    // `problem` is said when the number is outside [minimum, maximum]; a %1 in
    // it becomes the number typed.
    void setAllowedRange(int minimum, int maximum, const QString& problem);
    int allowedMaximum() const { return m_maximum; }
    // Why the number cannot be taken; empty when it can.
    QString problem() const;

signals:
    void problemChanged(const QString& problem);

protected:
    StepEnabled stepEnabled() const override;

private:
    int m_minimum = 0;
    int m_maximum = 99;
    QString m_problem;
};
