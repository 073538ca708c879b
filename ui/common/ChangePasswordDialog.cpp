#include "ChangePasswordDialog.h"
#include "ui/widgets/MessageLabel.h"

#include "services/auth/AuthService.h"

#include "db/WhenReady.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChangePasswordDialog::ChangePasswordDialog(AuthService& auth, QWidget* parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_old(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Change password"));
    setObjectName(u"changePasswordDialog"_s);
    setMinimumWidth(420);
    for (auto [edit, name] :
         {std::pair{m_old, u"oldPassword"_s}, std::pair{m_new, u"newPassword"_s},
          std::pair{m_confirm, u"confirmPassword"_s}}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setObjectName(name);
        edit->setMaxLength(256);
    }
    m_new->setPlaceholderText(tr("At least 8 characters"));
    m_error->setObjectName(u"errorMessage"_s);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));

    auto* form = new QFormLayout;
    form->addRow(tr("Current password:"), m_old);
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("Repeat new password:"), m_confirm);
    auto* hint = new QLabel(tr("Your other devices will be logged out."), this);
    hint->setObjectName(u"passwordHint"_s);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ChangePasswordDialog::ChangePasswordDialog(AuthService& auth, const QString& oneTimePassword,
                                           QWidget* parent)
    : ChangePasswordDialog(auth, parent)
{
    m_afterReset = true;
    setWindowTitle(tr("Choose a new password"));
    m_old->setText(oneTimePassword);
    if (auto* form = findChild<QFormLayout*>())
        form->setRowVisible(m_old, false);
    if (auto* hint = findChild<QLabel*>(u"passwordHint"_s)) {
        hint->setText(tr("An administrator reset your password. Choose a new one to go on; the "
                         "one-time password stops working."));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set password and continue"));
    m_new->setFocus();
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ChangePasswordDialog::submit()
{
    if (m_new->text() != m_confirm->text()) {
        m_error->showError(tr("The new passwords do not match."));
        m_confirm->setFocus();
        return;
    }
    setBusy(true);
    if (m_afterReset) {
        whenReady(m_auth.completePasswordChange(m_old->text(), m_new->text()), this,
                  [this](const Result<LoginResult>& result) {
                      setBusy(false);
                      if (result) {
                          m_login = *result;
                          accept();
                          return;
                      }
                      m_error->showError(result.error().message());
                      m_new->setFocus();
                  });
        return;
    }
    whenReady(m_auth.changePassword(m_old->text(), m_new->text()), this,
              [this](const VoidResult& result) {
                  setBusy(false);
                  if (result) {
                      accept();
                      return;
                  }
                  m_error->showError(result.error().message());
                  (result.error().field() == u"oldPassword"_s ? m_old : m_new)->setFocus();
              });
}
