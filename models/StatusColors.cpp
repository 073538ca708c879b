#include "StatusColors.h"

#include <QGuiApplication>
#include <QPalette>

#include <array>
#include <cstddef>

namespace {

struct TonePair {
    QRgb background;
    QRgb foreground;
};

// Indexed by StatusColors::Tone. Pale tints with dark text for light palettes,
// deep tints with light text for dark ones; tst_appearance checks the contrast.
constexpr std::array<TonePair, 5> kLight{{
    {0xffe3e5e8, 0xff2e3338}, // Neutral
    {0xffdbeafe, 0xff1e4e8c}, // Info
    {0xffdcf3e3, 0xff1b6b34}, // Success
    {0xfffdf0d5, 0xff7a4a00}, // Warning
    {0xfffbe0e0, 0xffa11c1c}, // Danger
}};
constexpr std::array<TonePair, 5> kDark{{
    {0xff3a3f45, 0xffe3e6ea}, // Neutral
    {0xff16324f, 0xffa9cdf5}, // Info
    {0xff173a24, 0xffa6e3b8}, // Success
    {0xff45330f, 0xfff5d08a}, // Warning
    {0xff4a1c1f, 0xfff5b0b0}, // Danger
}};

const TonePair& pair(StatusColors::Tone tone)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return (dark ? kDark : kLight)[static_cast<std::size_t>(tone)];
}

} // namespace

QColor StatusColors::background(Tone tone)
{
    return QColor::fromRgba(pair(tone).background);
}

QColor StatusColors::foreground(Tone tone)
{
    return QColor::fromRgba(pair(tone).foreground);
}

QColor StatusColors::muted()
{
    return QGuiApplication::palette().color(QPalette::PlaceholderText);
}
