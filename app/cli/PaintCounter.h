#pragma once

#include <QEvent>
#include <QObject>

// Counts the paint events of the widgets it filters (bench gui waits for a
// view's repaint after each scroll step).
class PaintCounter final : public QObject {
public:
    using QObject::QObject;
    Q_DISABLE_COPY_MOVE(PaintCounter)

    int count() const { return m_count; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_count = 0;
};
