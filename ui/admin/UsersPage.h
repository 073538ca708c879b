#pragma once

#include "ui/common/Screen.h"

#include <QWidget>

class MessageLabel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class UserAdminService;
class UserTableModel;
struct UserAccount;

// The administrators' users: search, filter by role and status, sort by
// name, e-mail, creation or last login (by the database, a page at a time);
// a user's detail; and the actions, each with a reason for the audit log:
// disable or enable, change role, end all sessions, force a password reset,
// create a user. One's own account is left alone (the database refuses it too).
class UsersPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)
public:
    UsersPage(UserAdminService& users, qint64 ownId, QWidget* parent = nullptr);

    void refresh() override;
    QLineEdit* searchField() const override { return m_search; }

    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    const UserAccount* selectedUser() const;
    void applyFilter();
    void updateButtons();
    void showDetail();
    void toggleActive();
    void changeRole();
    void revokeSessions();
    void resetPassword();
    void createUser();
    void done(const QString& success, const QString& error);

    UserAdminService& m_users;
    qint64 m_ownId;
    UserTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_role;
    QComboBox* m_status;
    QTimer* m_searchDelay;
    QTableView* m_view;
    QPushButton* m_details;
    QPushButton* m_toggleActive;
    QPushButton* m_changeRole;
    QPushButton* m_revoke;
    QPushButton* m_reset;
    MessageLabel* m_message;
};
