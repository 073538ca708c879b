#include "AppearancePalette.h"

#include <QColor>

namespace {

// One group's colours; Inactive is drawn like Active, so a selection keeps its
// colour when the window loses focus.
struct GroupColors {
    QRgb window, windowText, base, alternateBase, text, button, buttonText;
    QRgb brightText, highlight, highlightedText, link, linkVisited, placeholderText;
    QRgb toolTipBase, toolTipText;
    QRgb light, midlight, mid, dark, shadow;
};

void setGroup(QPalette& palette, QPalette::ColorGroup group, const GroupColors& c)
{
    const auto set = [&](QPalette::ColorRole role, QRgb rgb) {
        palette.setColor(group, role, QColor::fromRgb(rgb));
    };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.windowText);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Text, c.text);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.buttonText);
    set(QPalette::BrightText, c.brightText);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.linkVisited);
    set(QPalette::PlaceholderText, c.placeholderText);
    set(QPalette::ToolTipBase, c.toolTipBase);
    set(QPalette::ToolTipText, c.toolTipText);
    set(QPalette::Light, c.light);
    set(QPalette::Midlight, c.midlight);
    set(QPalette::Mid, c.mid);
    set(QPalette::Dark, c.dark);
    set(QPalette::Shadow, c.shadow);
}

QPalette makePalette(const GroupColors& active, const GroupColors& disabled)
{
    QPalette palette;
    setGroup(palette, QPalette::Active, active);
    setGroup(palette, QPalette::Inactive, active);
    setGroup(palette, QPalette::Disabled, disabled);
    return palette;
}

} // namespace

QPalette AppearancePalette::light()
{
    GroupColors active{};
    active.window = 0xeff0f1;
    active.windowText = 0x232629;
    active.base = 0xffffff;
    active.alternateBase = 0xf5f6f7;
    active.text = 0x232629;
    active.button = 0xfcfcfc;
    active.buttonText = 0x232629;
    active.brightText = 0xffffff;
    active.highlight = 0x1d6fb8;
    active.highlightedText = 0xffffff;
    active.link = 0x1d6fb8;
    active.linkVisited = 0x7a3fb0;
    active.placeholderText = 0x6b7075;
    active.toolTipBase = 0xfcfcfc;
    active.toolTipText = 0x232629;
    active.light = 0xffffff;
    active.midlight = 0xf5f6f7;
    active.mid = 0xc4c7ca;
    active.dark = 0x9a9ea3;
    active.shadow = 0x474a4c;

    GroupColors disabled = active;
    disabled.windowText = 0x8e9296;
    disabled.text = 0x8e9296;
    disabled.buttonText = 0x8e9296;
    disabled.base = 0xeff0f1;
    disabled.button = 0xeff0f1;
    disabled.highlight = 0xb3b7bb;
    disabled.highlightedText = 0xeff0f1;
    disabled.placeholderText = 0xa6aaae;
    disabled.link = 0x8e9296;
    disabled.linkVisited = 0x8e9296;
    return makePalette(active, disabled);
}

QPalette AppearancePalette::dark()
{
    GroupColors active{};
    active.window = 0x202326;
    active.windowText = 0xe8eaed;
    active.base = 0x17191b;
    active.alternateBase = 0x1e2124;
    active.text = 0xeceff1;
    active.button = 0x2b2e32;
    active.buttonText = 0xe8eaed;
    active.brightText = 0xffffff;
    active.highlight = 0x2b6cb0;
    active.highlightedText = 0xffffff;
    active.link = 0x7db9f0;
    active.linkVisited = 0xc59cf0;
    active.placeholderText = 0x9aa0a6;
    active.toolTipBase = 0x31363b;
    active.toolTipText = 0xeff0f1;
    active.light = 0x45494e;
    active.midlight = 0x373b3f;
    active.mid = 0x1b1d20;
    active.dark = 0x141618;
    active.shadow = 0x000000;

    GroupColors disabled = active;
    disabled.windowText = 0x73787d;
    disabled.text = 0x73787d;
    disabled.buttonText = 0x73787d;
    disabled.base = 0x202326;
    disabled.button = 0x25282b;
    disabled.highlight = 0x3a3f45;
    disabled.highlightedText = 0x9aa0a6;
    disabled.placeholderText = 0x5c6166;
    disabled.link = 0x73787d;
    disabled.linkVisited = 0x73787d;
    return makePalette(active, disabled);
}
