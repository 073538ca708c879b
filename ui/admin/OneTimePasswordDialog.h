#pragma once

#include <QDialog>

// Shows a one-time password once, to pass on to its user by a safe way. It is
// not stored anywhere readable: closing this is the last chance to copy it.
class OneTimePasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneTimePasswordDialog)
public:
    OneTimePasswordDialog(const QString& userName, const QString& email, const QString& password,
                          QWidget* parent = nullptr);
};
