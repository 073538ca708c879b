#pragma once

class QWidget;

// Makes room for the texts a screen shows, whatever their language: every
// column at least as wide as its header ("Bestellung", not "estellun") and
// every field with a placeholder wide enough to show all of it.
class TextRoom final {
public:
    TextRoom() = delete;

    static void make(QWidget* root);
};
