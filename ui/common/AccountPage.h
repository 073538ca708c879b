#pragma once

#include "domain/UserAccount.h"

#include "ui/common/Screen.h"

#include <QWidget>

class AuthService;
class MessageLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class SessionsModel;

// The user's own details and the devices they are logged in on.
class AccountPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPage)
public:
    AccountPage(const UserAccount& account, AuthService& auth, QWidget* parent = nullptr);

    void refresh() override;

    void reload();
    // A role's own part of the account (a seller's pickup details), above the sessions.
    void addSection(QWidget* section);

signals:
    void logoutEverywhereRequested();
    void nameChanged(const QString& fullName);

private:
    void saveName();

    UserAccount m_account;
    AuthService& m_auth;
    QLineEdit* m_name;
    QPushButton* m_saveName;
    MessageLabel* m_message;
    SessionsModel* m_sessions;
    QVBoxLayout* m_layout = nullptr;
};
