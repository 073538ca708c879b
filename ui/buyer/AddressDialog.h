#pragma once

#include "domain/Address.h"

#include <QDialog>
#include <QHash>

class AddressService;
class MessageLabel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Adds or edits a delivery address. The database validates and trims every
// field; its refusal names the field, which is then marked and focused.
class AddressDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressDialog)
public:
    AddressDialog(AddressService& addresses, const Address& address, QWidget* parent = nullptr);

    qint64 savedId() const { return m_savedId; }

private:
    void save();
    QLineEdit* field(const QString& name, const QString& text, int maxLength);

    AddressService& m_addresses;
    Address m_address;
    QHash<QString, QWidget*> m_fields;
    QCheckBox* m_default;
    QPlainTextEdit* m_note;
    MessageLabel* m_error;
    qint64 m_savedId = 0;
};
