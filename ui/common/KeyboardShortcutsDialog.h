#pragma once

#include <QDialog>

// Help → Keyboard shortcuts: every shortcut the app has, in one table.
class KeyboardShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardShortcutsDialog)
public:
    explicit KeyboardShortcutsDialog(QWidget* parent = nullptr);
};
