#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

// The top of every screen: its name in large type and a Refresh button
// (F5), the same on every screen.
class ScreenHeading final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenHeading)
public:
    explicit ScreenHeading(const QString& title, QWidget* parent = nullptr);

    QString title() const;
    QToolButton* refreshButton() const { return m_refresh; }

signals:
    void refreshRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFont();

    QLabel* m_title;
    QToolButton* m_refresh;
};
