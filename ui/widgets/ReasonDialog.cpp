#include "ReasonDialog.h"

#include "services/admin/UserAdminService.h"
#include "ui/widgets/MessageLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReasonDialog::ReasonDialog(const QString& title, const QString& question, const QString& actionText,
                           QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_error(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    auto* text = new QLabel(question, this);
    text->setTextFormat(Qt::PlainText); // it quotes users' names
    text->setWordWrap(true);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setPlaceholderText(tr("Why? Kept in the audit log with your name."));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(70);
    m_error->setObjectName(u"reasonError"_s);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmReason"_s);

    auto* form = new QFormLayout;
    form->setObjectName(u"reasonForm"_s);
    form->addRow(tr("Reason"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    resize(420, sizeHint().height());
}

void ReasonDialog::addField(const QString& label, QWidget* field)
{
    if (auto* form = findChild<QFormLayout*>(u"reasonForm"_s))
        form->insertRow(0, label, field);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::accept()
{
    // The same rule the database applies, said before the round trip.
    const QString reason = m_reason->toPlainText();
    std::optional<ServiceError> problem;
    if (m_required || reason.trimmed().size() > 0)
        problem = UserAdminService::checkReason(reason);
    if (problem) {
        m_error->showError(problem->message());
        MessageLabel::markField(m_reason, true);
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}
