#pragma once

#include <QString>

// A buyer's delivery address. Orders keep their own copy.
struct Address {
    qint64 id = 0; // 0: not saved yet
    QString recipient;
    QString phone;
    QString country;
    QString city;
    QString street;
    QString house;
    QString apartment;
    QString postalCode;
    QString note;
    bool isDefault = false;
};
