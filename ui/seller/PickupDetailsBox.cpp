#include "PickupDetailsBox.h"

#include "db/WhenReady.h"
#include "services/delivery/PickupDetailsService.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

PickupDetailsBox::PickupDetailsBox(PickupDetailsService& pickup, QWidget* parent)
    : QGroupBox(tr("Pickup for couriers"), parent)
    , m_pickup(pickup)
    , m_address(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_save(WidgetHelpers::namedButton(this, tr("Save pickup details"), u"savePickup"_s))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"pickupDetails"_s);
    m_address->setObjectName(u"pickupAddress"_s);
    m_address->setPlaceholderText(tr("Street and number, postcode and city, where to ring"));
    m_phone->setObjectName(u"pickupPhone"_s);
    m_phone->setPlaceholderText(tr("+49 30 1234567"));
    m_message->setObjectName(u"pickupMessage"_s);
    m_message->hide();
    auto* form = new QFormLayout(this);
    form->addRow(tr("Pickup address:"), m_address);
    form->addRow(tr("Phone:"), m_phone);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch();
    form->addRow(QString(), saveRow);
    form->addRow(QString(), m_message);
    connect(m_save, &QPushButton::clicked, this, &PickupDetailsBox::save);
    reload();
}

void PickupDetailsBox::reload()
{
    whenReady(m_pickup.mine(), this, [this](const Result<PickupDetails>& details) {
        if (!details) {
            m_message->showError(details.error().message());
            return;
        }
        m_address->setText(details->address);
        m_phone->setText(details->phone);
    });
}

void PickupDetailsBox::save()
{
    m_save->setEnabled(false);
    whenReady(m_pickup.save({m_address->text(), m_phone->text()}), this,
              [this](const VoidResult& saved) {
                  m_save->setEnabled(true);
                  MessageLabel::markField(m_phone, !saved && saved.error().field() == u"phone"_s);
                  MessageLabel::markField(m_address,
                                          !saved && saved.error().field() == u"pickup_address"_s);
                  if (!saved) {
                      m_message->showError(saved.error().message());
                      return;
                  }
                  m_message->showSuccess(tr("Couriers now see these pickup details."));
              });
}
