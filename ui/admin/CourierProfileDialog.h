#pragma once

#include "domain/CourierSummary.h"

#include <QDialog>

class DispatchService;
class MessageLabel;
class QCheckBox;
class QComboBox;
class QLineEdit;

// A courier's profile as the dispatcher keeps it: phone, vehicle, on duty.
class CourierProfileDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourierProfileDialog)
public:
    CourierProfileDialog(DispatchService& dispatch, const CourierSummary& courier,
                         QWidget* parent = nullptr);

    void accept() override;

private:
    DispatchService& m_dispatch;
    qint64 m_courierId;
    QLineEdit* m_phone;
    QComboBox* m_vehicle;
    QCheckBox* m_onDuty;
    MessageLabel* m_error;
    QWidget* m_save;
};
