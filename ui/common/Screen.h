#pragma once

class QLineEdit;

// What the main window asks of each of its screens: to load their data again
// (F5, the Refresh button, the server coming back) and where Ctrl+F goes.
class Screen {
public:
    Screen() = default;
    virtual ~Screen() = default;
    Screen(const Screen&) = delete;
    Screen& operator=(const Screen&) = delete;

    virtual void refresh() = 0;
    // The screen's search or filter field; none by default.
    virtual QLineEdit* searchField() const { return nullptr; }
};
