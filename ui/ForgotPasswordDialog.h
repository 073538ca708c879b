#pragma once

#include <QDialog>

class AuthService;
class MessageLabel;
class QLineEdit;
class QPushButton;
class QWidget;

// "Forgot password?": the user asks for a code by e-mail, then types it with
// a new password. The answer to the request never tells whether the address
// has an account.
class ForgotPasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForgotPasswordDialog)
public:
    ForgotPasswordDialog(AuthService& auth, const QString& email, QWidget* parent = nullptr);

    QString email() const;

private:
    void requestCode();
    void submit();

    AuthService& m_auth;
    QLineEdit* m_email;
    QPushButton* m_send;
    QWidget* m_second; // the code and the new password, once a code was asked for
    QLineEdit* m_code;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
    QPushButton* m_set;
    MessageLabel* m_message;
};
