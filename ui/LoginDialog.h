#pragma once

#include "domain/Role.h"
#include "domain/ServiceError.h"
#include "services/server/ServerProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

// Log in or create an account, and choose the server. It only collects input
// and shows outcomes; AppController does the work.
class LoginDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)
public:
    enum class ConnectionState { Connecting, Connected, Failed };

    explicit LoginDialog(QWidget* parent = nullptr);

    void setServerProfile(const ServerProfile& profile);
    void setServerChoiceVisible(bool visible);
    void setConnectionState(ConnectionState state, const QString& text);
    void setBusy(bool busy);
    void showError(const ServiceError& error);
    void showInfo(const QString& text);
    void clearMessage();
    void setEmail(const QString& email);
    void clearPasswords();
    void showLoginTab();

signals:
    void loginRequested(const QString& email, const QString& password, bool remember);
    void forgotPasswordRequested(const QString& email);
    void registrationRequested(const QString& fullName, const QString& email,
                               const QString& password, Role role);
    void serverChosen(const ServerProfile& profile, const QString& password);

private:
    QWidget* buildLoginTab();
    QWidget* buildRegisterTab();
    QGroupBox* buildServerBox();
    void submitLogin();
    void submitRegistration();
    void submitServer();
    void updateEnabled();
    void showMessage(const QString& text, bool isError);

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_loginEmail = nullptr;
    QLineEdit* m_loginPassword = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_loginButton = nullptr;
    QLineEdit* m_registerName = nullptr;
    QLineEdit* m_registerEmail = nullptr;
    QLineEdit* m_registerPassword = nullptr;
    QLineEdit* m_registerConfirm = nullptr;
    QComboBox* m_registerRole = nullptr;
    QPushButton* m_registerButton = nullptr;
    QGroupBox* m_serverBox = nullptr;
    QComboBox* m_serverKind = nullptr;
    QWidget* m_remoteFields = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_dbUser = nullptr;
    QLineEdit* m_dbPassword = nullptr;
    QComboBox* m_tls = nullptr;
    QLineEdit* m_readServer = nullptr;
    QPushButton* m_connectButton = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_status = nullptr;
    bool m_connected = false;
    bool m_busy = false;
};
