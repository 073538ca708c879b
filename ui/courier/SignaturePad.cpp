#include "SignaturePad.h"

#include <QMouseEvent>
#include <QPainter>

SignaturePad::SignaturePad(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(240, 100);
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Sign here"));
    setAccessibleName(tr("Signature"));
}

void SignaturePad::clear()
{
    m_path = QPainterPath();
    update();
    emit changed();
}

QImage SignaturePad::toImage() const
{
    if (isEmpty())
        return {};
    QImage image(size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintStrokes(painter);
    return image;
}

void SignaturePad::paintStrokes(QPainter& painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(m_path);
}

void SignaturePad::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    const int baseline = height() * 3 / 4;
    painter.drawLine(12, baseline, width() - 12, baseline);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    paintStrokes(painter);
}

void SignaturePad::mousePressEvent(QMouseEvent* event)
{
    m_path.moveTo(event->position());
    // A tap leaves a dot.
    m_path.lineTo(event->position() + QPointF(0.5, 0.5));
    update();
    emit changed();
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    m_path.lineTo(event->position());
    update();
    emit changed();
}
