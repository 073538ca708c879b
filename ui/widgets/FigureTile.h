#pragma once

#include <QFrame>

class QLabel;

// One figure of the dashboard: what it is, the value, and how it compares
// with the period before.
class FigureTile final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureTile)
public:
    FigureTile(const QString& title, const QString& name, QWidget* parent = nullptr);

    // `now` and `before` as numbers to compare; `text` is `now` as shown.
    void setFigure(const QString& text, double now, double before);
    void clear();
    QString valueText() const;
    QString comparisonText() const;

    // "+12 %", "−5 %", "new" or "no change" from the period before.
    static QString change(double now, double before);

private:
    QLabel* m_value;
    QLabel* m_comparison;
};
