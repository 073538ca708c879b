#pragma once

#include <QDialog>

class AuthService;
class MessageLabel;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

// Asks for the current and a new password; the database checks both.
class ChangePasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)
public:
    explicit ChangePasswordDialog(AuthService& auth, QWidget* parent = nullptr);

private:
    void submit();
    void setBusy(bool busy);

    AuthService& m_auth;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
    MessageLabel* m_error;
    QDialogButtonBox* m_buttons;
};
