#pragma once

#include <QLabel>

class QAbstractItemView;

// What an empty list says, in its middle: what to do rather than a blank
// ("No orders yet — browse the catalog"). Shown whenever the view's model has
// no rows after it loaded (a reset or rows coming and going).
class EmptyState final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)
public:
    static EmptyState* attach(QAbstractItemView* view, const QString& text);

    void setMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    EmptyState(QAbstractItemView* view, const QString& text);
    void update();
    void place();

    QAbstractItemView* m_view;
};
