#pragma once

#include <QString>

// A courier as the dispatcher sees them: who, how to reach them, on duty or
// not, and how many deliveries they have in hand.
struct CourierSummary {
    enum class Vehicle { Foot, Bicycle, Car, Motorbike };

    qint64 id = 0;
    QString name;
    QString email;
    bool active = true; // the account, not the duty
    QString phone;
    Vehicle vehicle = Vehicle::Bicycle;
    bool onDuty = false;
    int deliveriesInHand = 0;
};
