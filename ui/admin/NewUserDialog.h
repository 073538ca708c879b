#pragma once

#include "domain/NewUserAccount.h"

#include <QDialog>

class MessageLabel;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class UserAdminService;

// Creates an account of any role with a one-time password (shown after).
class NewUserDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewUserDialog)
public:
    explicit NewUserDialog(UserAdminService& users, QWidget* parent = nullptr);

    const NewUserAccount& created() const { return m_created; }
    QString email() const;
    QString fullName() const;
    void reject() override;

private:
    void submit();
    void setBusy(bool busy);

    UserAdminService& m_users;
    QLineEdit* m_email;
    QLineEdit* m_name;
    QComboBox* m_role;
    QPlainTextEdit* m_reason;
    MessageLabel* m_error;
    QDialogButtonBox* m_buttons;
    NewUserAccount m_created;
    bool m_busy = false;
};
