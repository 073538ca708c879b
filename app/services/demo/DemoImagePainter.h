#pragma once

#include <QImage>

// Draws product pictures for demo data (nothing is downloaded): a gradient,
// and a few shapes whose colours and places follow from the numbers given.
// No text, so it needs no fonts and works in the command-line tool.
class DemoImagePainter final {
public:
    static QImage paint(int category, int variant, quint32 seed);
};
