#include "AddressDialog.h"

#include "ui/widgets/MessageLabel.h"

#include "db/WhenReady.h"
#include "services/orders/AddressService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AddressDialog::AddressDialog(AddressService& addresses, const Address& address, QWidget* parent)
    : QDialog(parent)
    , m_addresses(addresses)
    , m_address(address)
    , m_default(new QCheckBox(tr("Use as my default address"), this))
    , m_note(new QPlainTextEdit(address.note, this))
    , m_error(new MessageLabel(this))
{
    setObjectName(u"addressDialog"_s);
    setWindowTitle(address.id ? tr("Edit address") : tr("New address"));
    auto* form = new QFormLayout;
    form->addRow(tr("Recipient:"), field(u"recipient"_s, address.recipient, 200));
    form->addRow(tr("Phone:"), field(u"phone"_s, address.phone, 30));
    form->addRow(tr("Street:"), field(u"street"_s, address.street, 200));
    auto* houseRow = new QHBoxLayout;
    houseRow->addWidget(field(u"house"_s, address.house, 20));
    houseRow->addWidget(new QLabel(tr("Apartment:"), this));
    houseRow->addWidget(field(u"apartment"_s, address.apartment, 20));
    form->addRow(tr("House:"), houseRow);
    form->addRow(tr("Postal code:"), field(u"postal_code"_s, address.postalCode, 12));
    form->addRow(tr("City:"), field(u"city"_s, address.city, 100));
    form->addRow(tr("Country:"), field(u"country"_s, address.country, 100));
    m_note->setObjectName(u"note"_s);
    m_note->setPlaceholderText(tr("For the courier: entrance, floor, opening hours…"));
    m_note->setFixedHeight(60);
    m_fields.insert(u"note"_s, m_note);
    form->addRow(tr("Note:"), m_note);
    m_default->setObjectName(u"isDefault"_s);
    m_default->setChecked(address.isDefault);
    form->addRow(QString(), m_default);
    m_error->setObjectName(u"addressError"_s);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveAddress"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddressDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit* AddressDialog::field(const QString& name, const QString& text, int maxLength)
{
    auto* edit = new QLineEdit(text, this);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    m_fields.insert(name, edit);
    return edit;
}

void AddressDialog::save()
{
    auto text = [this](const QString& name) {
        return qobject_cast<QLineEdit*>(m_fields.value(name))->text();
    };
    Address a = m_address;
    a.recipient = text(u"recipient"_s);
    a.phone = text(u"phone"_s);
    a.street = text(u"street"_s);
    a.house = text(u"house"_s);
    a.apartment = text(u"apartment"_s);
    a.postalCode = text(u"postal_code"_s);
    a.city = text(u"city"_s);
    a.country = text(u"country"_s);
    a.note = m_note->toPlainText();
    a.isDefault = m_default->isChecked();
    for (QWidget* w : std::as_const(m_fields))
        MessageLabel::markField(w, false);
    whenReady(m_addresses.save(a), this, [this](const Result<qint64>& saved) {
        if (!saved) {
            m_error->showError(saved.error().message());
            if (QWidget* w = m_fields.value(saved.error().field())) {
                MessageLabel::markField(w, true);
                w->setFocus();
            }
            return;
        }
        m_savedId = *saved;
        accept();
    });
}
