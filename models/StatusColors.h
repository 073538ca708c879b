#pragma once

#include <QColor>

// Colours of status badges and messages (an order's state, an error), a pair
// for each tone: a tinted background and a text colour readable on it (4.5:1
// or more), chosen for the current palette, light or dark.
class StatusColors final {
public:
    enum class Tone { Neutral, Info, Success, Warning, Danger };

    StatusColors() = delete;

    static QColor background(Tone tone);
    static QColor foreground(Tone tone);
    // Text that matters less (a disabled user, a cancelled order): the
    // palette's placeholder colour, readable in light and dark.
    static QColor muted();
};
