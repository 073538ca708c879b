#include "FailedAttemptDialog.h"

#include "ui/widgets/MessageLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FailedAttemptDialog::FailedAttemptDialog(qint64 deliveryId, int attemptNumber, Submit submit,
                                         QWidget* parent)
    : QDialog(parent)
    , m_deliveryId(deliveryId)
    , m_submit(std::move(submit))
    , m_reason(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_error(new MessageLabel(this))
{
    setObjectName(u"failedAttemptDialog"_s);
    setWindowTitle(tr("Delivery attempt failed"));
    m_reason->setObjectName(u"failureReason"_s);
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const QString& reason :
         {u"recipient_absent"_s, u"address_not_found"_s, u"refused"_s, u"damaged"_s, u"other"_s})
        m_reason->addItem(failureReasonDisplayName(reason), reason);
    m_note->setObjectName(u"failureNote"_s);
    m_note->setPlaceholderText(tr("What happened? (needed for “Other”, at most 500 characters)"));
    m_note->setMaximumHeight(90);
    m_error->setObjectName(u"failedAttemptError"_s);
    m_error->hide();

    auto* intro = new QLabel(tr("Attempt %1 of 3. After the third failed attempt the goods go "
                                "back to the seller.")
                                 .arg(attemptNumber),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record failed attempt"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"recordFailure"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FailedAttemptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FailedAttemptDialog::reject);
}

void FailedAttemptDialog::accept()
{
    CourierStep step;
    step.deliveryId = m_deliveryId;
    step.to = DeliveryStatus::FailedAttempt;
    step.failureReason = m_reason->currentData().toString();
    step.note = m_note->toPlainText();
    const VoidResult recorded = m_submit(step);
    MessageLabel::markField(m_reason, !recorded && recorded.error().field() == u"reason"_s);
    MessageLabel::markField(m_note, !recorded && recorded.error().field() == u"note"_s);
    if (!recorded) {
        m_error->showError(recorded.error().message());
        return;
    }
    QDialog::accept();
}
