#pragma once

#include "domain/UserAccount.h"

#include <QDialog>

class LoginHistoryModel;
class MessageLabel;
class QLabel;
class SessionsModel;
class UserAdminService;

// A user as the administrators see them: profile, role and status, when they
// joined and last logged in, what they have done (orders, products,
// deliveries), the devices they are logged in on, and their login history.
class UserDetailDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailDialog)
public:
    UserDetailDialog(UserAdminService& users, const UserAccount& user, QWidget* parent = nullptr);

private:
    void load();
    void showAccount(const UserAccount& user);

    UserAdminService& m_users;
    qint64 m_userId;
    QLabel* m_profile;
    QLabel* m_activity;
    SessionsModel* m_sessions;
    LoginHistoryModel* m_history;
    MessageLabel* m_message;
};
