#include "DemoImagePainter.h"

#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>

QImage DemoImagePainter::paint(int category, int variant, quint32 seed)
{
    QRandomGenerator random(seed * 7919u + quint32(category) * 131u + quint32(variant));
    QImage image(640, 480, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    const int hue = (category * 47 + variant * 13) % 360;
    QLinearGradient background(0, 0, 640, 480);
    background.setColorAt(0, QColor::fromHsv(hue, 60, 250));
    background.setColorAt(1, QColor::fromHsv((hue + 40) % 360, 120, 200));
    painter.fillRect(image.rect(), background);

    // A "product": a rounded body with a couple of details on it.
    const QColor body = QColor::fromHsv((hue + 180) % 360, 160, 120 + random.bounded(100));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 40));
    painter.drawEllipse(QRectF(150, 380, 340, 40)); // shadow
    painter.setBrush(body);
    const QRectF shape(160 + random.bounded(40), 110 + random.bounded(40), 300, 240);
    switch ((category + variant) % 3) {
    case 0:
        painter.drawRoundedRect(shape, 30, 30);
        break;
    case 1:
        painter.drawEllipse(shape);
        break;
    default:
        painter.drawPolygon(QPolygonF{shape.bottomLeft(), QPointF(shape.center().x(), shape.top()),
                                      shape.bottomRight()});
        break;
    }
    painter.setBrush(body.lighter(150));
    for (int i = 0; i < 3; ++i) {
        painter.drawEllipse(QPointF(shape.left() + 60 + i * 90, shape.center().y() + 20),
                            14 + random.bounded(10), 14 + random.bounded(10));
    }
    return image;
}
