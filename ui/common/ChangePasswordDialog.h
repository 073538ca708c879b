#pragma once

#include "services/auth/LoginResult.h"

#include <QDialog>

class AuthService;
class MessageLabel;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

// Asks for the current and a new password; the database checks both. After
// a login with a one-time password (an administrator reset it) it asks only
// for the new one and completes the login (loginResult()).
class ChangePasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)
public:
    explicit ChangePasswordDialog(AuthService& auth, QWidget* parent = nullptr);
    ChangePasswordDialog(AuthService& auth, const QString& oneTimePassword, QWidget* parent);

    const LoginResult& loginResult() const { return m_login; }

private:
    void submit();
    void setBusy(bool busy);

    AuthService& m_auth;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
    MessageLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_afterReset = false;
    LoginResult m_login;
};
