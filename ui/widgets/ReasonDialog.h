#pragma once

#include <QDialog>

class MessageLabel;
class QDialogButtonBox;
class QPlainTextEdit;

// Asks why, before an action that goes into the audit log. The reason is
// required (1 to 1,000 characters); an action may add its own field above it
// (the new role, for instance).
class ReasonDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)
public:
    ReasonDialog(const QString& title, const QString& question, const QString& actionText,
                 QWidget* parent = nullptr);

    // A field of the action's own, shown above the reason.
    void addField(const QString& label, QWidget* field);
    // A reason is required unless said otherwise (then at most 1,000 characters).
    void setReasonRequired(bool required) { m_required = required; }
    QString reason() const;

    void accept() override;

private:
    QPlainTextEdit* m_reason;
    MessageLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_required = true;
};
