#include "ForgotPasswordDialog.h"

#include "db/WhenReady.h"
#include "services/auth/AuthService.h"
#include "ui/widgets/MessageLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ForgotPasswordDialog::ForgotPasswordDialog(AuthService& auth, const QString& email, QWidget* parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_email(new QLineEdit(email, this))
    , m_send(new QPushButton(tr("Send me a code"), this))
    , m_second(new QWidget(this))
    , m_code(new QLineEdit(m_second))
    , m_new(new QLineEdit(m_second))
    , m_confirm(new QLineEdit(m_second))
    , m_set(new QPushButton(tr("Set new password"), m_second))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"forgotPasswordDialog"_s);
    setWindowTitle(tr("Forgot password"));
    setMinimumWidth(440);
    m_email->setObjectName(u"resetEmail"_s);
    m_email->setMaxLength(254);
    m_send->setObjectName(u"sendResetCode"_s);
    m_code->setObjectName(u"resetCode"_s);
    m_code->setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX, from the e-mail"));
    m_code->setMaxLength(40);
    for (auto [edit, name] : {std::pair{m_new, u"resetNewPassword"_s},
                              std::pair{m_confirm, u"resetConfirmPassword"_s}}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setObjectName(name);
        edit->setMaxLength(256);
    }
    m_new->setPlaceholderText(tr("At least 8 characters"));
    m_set->setObjectName(u"setNewPassword"_s);
    m_message->setObjectName(u"resetMessage"_s);
    m_message->hide();

    auto* intro = new QLabel(tr("We e-mail you a code; with it you choose a new password. "
                                "Every device logged in to your account is logged out."),
                             this);
    intro->setWordWrap(true);
    auto* first = new QFormLayout;
    auto* emailRow = new QHBoxLayout;
    emailRow->addWidget(m_email, 1);
    emailRow->addWidget(m_send);
    first->addRow(tr("E-mail:"), emailRow);
    auto* second = new QFormLayout(m_second);
    second->setContentsMargins(0, 0, 0, 0);
    second->addRow(tr("Code:"), m_code);
    second->addRow(tr("New password:"), m_new);
    second->addRow(tr("Repeat new password:"), m_confirm);
    second->addRow(QString(), m_set);
    m_second->hide();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(first);
    layout->addWidget(m_second);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(close);

    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &ForgotPasswordDialog::requestCode);
    connect(m_email, &QLineEdit::returnPressed, this, &ForgotPasswordDialog::requestCode);
    connect(m_set, &QPushButton::clicked, this, &ForgotPasswordDialog::submit);
    connect(m_confirm, &QLineEdit::returnPressed, this, &ForgotPasswordDialog::submit);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ForgotPasswordDialog::email() const
{
    return m_email->text().trimmed();
}

void ForgotPasswordDialog::requestCode()
{
    if (!email().contains(u'@')) {
        m_message->showError(tr("Enter the e-mail address of your account."));
        MessageLabel::markField(m_email, true);
        m_email->setFocus();
        return;
    }
    MessageLabel::markField(m_email, false);
    m_send->setEnabled(false);
    whenReady(m_auth.requestPasswordReset(email()), this, [this](const VoidResult& done) {
        m_send->setEnabled(true);
        if (!done) {
            m_message->showError(done.error().message());
            return;
        }
        // The same words whether or not the address has an account.
        m_message->showInfo(tr("If %1 belongs to an account, a code is on its way. It works "
                               "once, for 15 minutes.")
                                .arg(email()));
        m_second->show();
        m_send->setText(tr("Send a new code"));
        m_send->setDefault(false);
        m_set->setDefault(true);
        m_code->setFocus();
    });
}

void ForgotPasswordDialog::submit()
{
    if (m_new->text() != m_confirm->text()) {
        m_message->showError(tr("The new passwords do not match."));
        m_confirm->setFocus();
        return;
    }
    m_set->setEnabled(false);
    whenReady(m_auth.resetPassword(email(), m_code->text(), m_new->text()), this,
              [this](const Result<bool>& done) {
                  m_set->setEnabled(true);
                  if (!done) {
                      m_message->showError(done.error().message());
                      (done.error().field() == u"code"_s ? m_code : m_new)->setFocus();
                      return;
                  }
                  if (!*done) {
                      m_message->showError(tr("The code is wrong, used or expired. Check the "
                                              "e-mail, or ask for a new code."));
                      MessageLabel::markField(m_code, true);
                      m_code->setFocus();
                      return;
                  }
                  accept();
              });
}
