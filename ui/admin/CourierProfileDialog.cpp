#include "CourierProfileDialog.h"

#include "db/WhenReady.h"
#include "models/CourierTableModel.h"
#include "services/delivery/DispatchService.h"
#include "ui/widgets/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CourierProfileDialog::CourierProfileDialog(DispatchService& dispatch, const CourierSummary& courier,
                                           QWidget* parent)
    : QDialog(parent)
    , m_dispatch(dispatch)
    , m_courierId(courier.id)
    , m_phone(new QLineEdit(courier.phone, this))
    , m_vehicle(new QComboBox(this))
    , m_onDuty(new QCheckBox(tr("On duty: may be given deliveries"), this))
    , m_error(new MessageLabel(this))
{
    setObjectName(u"courierProfileDialog"_s);
    setWindowTitle(tr("Courier %1").arg(courier.name));
    m_phone->setObjectName(u"courierPhone"_s);
    m_phone->setPlaceholderText(tr("+49 30 1234567"));
    m_vehicle->setObjectName(u"courierVehicle"_s);
    for (auto v : {CourierSummary::Vehicle::Foot, CourierSummary::Vehicle::Bicycle,
                   CourierSummary::Vehicle::Motorbike, CourierSummary::Vehicle::Car})
        m_vehicle->addItem(CourierTableModel::vehicleDisplayName(v), int(v));
    m_vehicle->setCurrentIndex(m_vehicle->findData(int(courier.vehicle)));
    m_onDuty->setObjectName(u"courierOnDuty"_s);
    m_onDuty->setChecked(courier.onDuty);
    m_error->setObjectName(u"courierProfileError"_s);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Vehicle:"), m_vehicle);
    form->addRow(QString(), m_onDuty);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveCourierProfile"_s);
    m_save = buttons->button(QDialogButtonBox::Save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CourierProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CourierProfileDialog::reject);
}

void CourierProfileDialog::accept()
{
    m_save->setEnabled(false);
    const auto vehicle = static_cast<CourierSummary::Vehicle>(m_vehicle->currentData().toInt());
    whenReady(
        m_dispatch.setCourierProfile(m_courierId, m_phone->text(), vehicle, m_onDuty->isChecked()),
        this, [this](const VoidResult& saved) {
            m_save->setEnabled(true);
            MessageLabel::markField(m_phone, !saved && saved.error().field() == u"phone"_s);
            if (!saved) {
                m_error->showError(saved.error().message());
                return;
            }
            QDialog::accept();
        });
}
