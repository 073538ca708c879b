#include "NewUserDialog.h"

#include "db/WhenReady.h"
#include "services/admin/UserAdminService.h"
#include "ui/widgets/MessageLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NewUserDialog::NewUserDialog(UserAdminService& users, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newUserDialog"_s);
    setWindowTitle(tr("New user"));
    m_email->setObjectName(u"newUserEmail"_s);
    m_email->setMaxLength(254);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_name->setObjectName(u"newUserName"_s);
    m_name->setMaxLength(200);
    m_role->setObjectName(u"newUserRole"_s);
    for (Role role : {Role::Buyer, Role::Seller, Role::Courier, Role::Admin})
        m_role->addItem(roleDisplayName(role), int(role));
    m_reason->setObjectName(u"newUserReason"_s);
    m_reason->setPlaceholderText(tr("Why? Kept in the audit log with your name."));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    m_error->setObjectName(u"newUserError"_s);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"createUser"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Reason"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewUserDialog::reject);
    resize(420, sizeHint().height());
}

QString NewUserDialog::email() const
{
    return m_email->text().trimmed();
}

QString NewUserDialog::fullName() const
{
    return m_name->text().trimmed();
}

void NewUserDialog::reject()
{
    // While the account is being made, closing would lose its one-time password.
    if (m_busy)
        return;
    QDialog::reject();
}

void NewUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->setEnabled(!busy);
    for (QWidget* w : {static_cast<QWidget*>(m_email), static_cast<QWidget*>(m_name),
                       static_cast<QWidget*>(m_role), static_cast<QWidget*>(m_reason)})
        w->setEnabled(!busy);
}

void NewUserDialog::submit()
{
    for (QWidget* w : {static_cast<QWidget*>(m_email), static_cast<QWidget*>(m_name),
                       static_cast<QWidget*>(m_reason)})
        MessageLabel::markField(w, false);
    if (email().isEmpty()) {
        m_error->showError(tr("Enter the new user's e-mail address."));
        MessageLabel::markField(m_email, true);
        return;
    }
    if (fullName().isEmpty()) {
        m_error->showError(tr("Enter the new user's name."));
        MessageLabel::markField(m_name, true);
        return;
    }
    setBusy(true);
    whenReady(m_users.createUser(email(), fullName(),
                                 static_cast<Role>(m_role->currentData().toInt()),
                                 m_reason->toPlainText()),
              this, [this](const Result<NewUserAccount>& created) {
                  setBusy(false);
                  if (!created) {
                      const QString field = created.error().field();
                      QWidget* wrong = nullptr;
                      if (field == u"email"_s)
                          wrong = m_email;
                      else if (field == u"name"_s)
                          wrong = m_name;
                      else if (field == u"reason"_s)
                          wrong = m_reason;
                      MessageLabel::markField(wrong, true);
                      m_error->showError(created.error().message());
                      return;
                  }
                  m_created = *created;
                  accept();
              });
}
