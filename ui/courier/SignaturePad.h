#pragma once

#include <QImage>
#include <QPainterPath>
#include <QWidget>

// A box to sign in with the mouse, a pen or a finger; the signature becomes a
// picture of black strokes on white, kept with the proof of delivery.
class SignaturePad final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignaturePad)
public:
    explicit SignaturePad(QWidget* parent = nullptr);

    bool isEmpty() const { return m_path.isEmpty(); }
    void clear();
    // The strokes drawn, at the pad's size; a null image when nothing is drawn.
    QImage toImage() const;

    QSize sizeHint() const override { return {420, 160}; }

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void paintStrokes(QPainter& painter) const;

    QPainterPath m_path;
};
