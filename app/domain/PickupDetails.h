#pragma once

#include <QString>

// Where a courier collects a seller's parcels, and whom to call there.
struct PickupDetails {
    QString address;
    QString phone;
};
