#pragma once

#include "domain/CourierStep.h"
#include "domain/ServiceError.h"

#include <QDialog>

#include <functional>

class MessageLabel;
class QComboBox;
class QPlainTextEdit;

// Why a delivery attempt failed: a reason from the fixed list and a note
// (needed for "Other"). The step is recorded by `submit`; what it refuses is
// shown here and the dialog stays open.
class FailedAttemptDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailedAttemptDialog)
public:
    using Submit = std::function<VoidResult(const CourierStep&)>;

    FailedAttemptDialog(qint64 deliveryId, int attemptNumber, Submit submit,
                        QWidget* parent = nullptr);

    void accept() override;

private:
    qint64 m_deliveryId;
    Submit m_submit;
    QComboBox* m_reason;
    QPlainTextEdit* m_note;
    MessageLabel* m_error;
};
