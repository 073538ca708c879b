#pragma once

#include <QString>

class QWidget;

// Asks before a destructive or far-reaching action. The button says what it
// does ("Empty cart", "Delete product") and the safe choice, Cancel, is the
// default, so that Enter or Escape never destroys anything.
class Confirmation final {
public:
    // True when the user chose `verb`. Its button is named "confirmAction",
    // Cancel "cancelAction" (for tests).
    // `keep` names the safe choice when "Cancel" says it badly ("Keep editing").
    static bool ask(QWidget* parent, const QString& title, const QString& text, const QString& verb,
                    const QString& keep = {});
};
