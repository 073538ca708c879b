#include "ThemedIconEngine.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace {

// Enough for every size and mode a screen asks for; past it the cache starts over.
constexpr qsizetype kMaxCachedPixmaps = 32;

quint64 cacheKey(const QSize& size, const QColor& color)
{
    return (quint64(quint16(size.width())) << 48) | (quint64(quint16(size.height())) << 32) |
           quint64(color.rgba());
}

} // namespace

ThemedIconEngine::ThemedIconEngine(const QString& fileName)
    : m_fileName(fileName)
    , m_renderer(std::make_unique<QSvgRenderer>(fileName))
{}

ThemedIconEngine::ThemedIconEngine(const ThemedIconEngine& other)
    : QIconEngine(other)
    , m_fileName(other.m_fileName)
    , m_renderer(std::make_unique<QSvgRenderer>(other.m_fileName))
{}

QColor ThemedIconEngine::color(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Active:
        // Active is also a focused push button or a hovered tool button, drawn
        // on the button colour, not on the highlight: HighlightedText would
        // vanish there (white on light grey).
    case QIcon::Normal:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

void ThemedIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
                             QIcon::State state)
{
    const qreal ratio =
        painter->device() ? painter->device()->devicePixelRatioF() : qApp->devicePixelRatio();
    QPixmap drawn = pixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state);
    drawn.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, drawn);
}

QPixmap ThemedIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State)
{
    if (isNull() || size.isEmpty())
        return {};
    const QColor drawnIn = color(mode);
    const quint64 key = cacheKey(size, drawnIn);
    if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
        return *cached;
    if (m_cache.size() >= kMaxCachedPixmaps)
        m_cache.clear();
    return m_cache.insert(key, render(size, drawnIn)).value();
}

QPixmap ThemedIconEngine::render(const QSize& size, const QColor& color)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Centred, keeping the drawing's proportions.
    const QSize drawn = m_renderer->defaultSize().scaled(size, Qt::KeepAspectRatio);
    const QRect target(
        QPoint((size.width() - drawn.width()) / 2, (size.height() - drawn.height()) / 2), drawn);
    m_renderer->render(&painter, target);
    // The drawing's own colour (Breeze's #232629) is only a mask: what it
    // covers takes the palette's colour, anti-aliased edges included.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), color);
    painter.end();
    return QPixmap::fromImage(std::move(image));
}

QIconEngine* ThemedIconEngine::clone() const
{
    return new ThemedIconEngine(*this);
}

QString ThemedIconEngine::key() const
{
    return u"ThemedIconEngine"_s;
}

QString ThemedIconEngine::iconName()
{
    return QFileInfo(m_fileName).completeBaseName();
}

bool ThemedIconEngine::isNull()
{
    return !m_renderer->isValid();
}
