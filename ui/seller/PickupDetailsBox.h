#pragma once

#include <QGroupBox>

class MessageLabel;
class PickupDetailsService;
class QLineEdit;
class QPushButton;

// On a seller's account page: where couriers collect the parcels.
class PickupDetailsBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PickupDetailsBox)
public:
    explicit PickupDetailsBox(PickupDetailsService& pickup, QWidget* parent = nullptr);

    void reload();

private:
    void save();

    PickupDetailsService& m_pickup;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    QPushButton* m_save;
    MessageLabel* m_message;
};
