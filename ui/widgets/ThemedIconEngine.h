#pragma once

#include <QHash>
#include <QIconEngine>
#include <QSvgRenderer>

#include <memory>

// Draws a monochrome SVG in the colour the application palette gives the icon's
// mode, read when the icon is drawn: icons follow a palette change (light to
// dark) without being made again. Rendered pixmaps are cached per size and
// colour.
class ThemedIconEngine final : public QIconEngine {
public:
    explicit ThemedIconEngine(const QString& fileName);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

    // The colour an icon in `mode` is drawn in with the current palette.
    static QColor color(QIcon::Mode mode);

private:
    ThemedIconEngine(const ThemedIconEngine& other);
    QPixmap render(const QSize& size, const QColor& color);

    QString m_fileName;
    std::unique_ptr<QSvgRenderer> m_renderer;
    QHash<quint64, QPixmap> m_cache;
};
