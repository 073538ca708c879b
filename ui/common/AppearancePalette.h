#pragma once

#include <QPalette>

// The application's two palettes for the Fusion style, every colour role set
// in every group, with text readable on its background (tst_appearance checks
// the contrast ratios).
class AppearancePalette final {
public:
    AppearancePalette() = delete;

    static QPalette light();
    static QPalette dark();
};
