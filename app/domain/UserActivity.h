#pragma once

#include <QtGlobal>

// What a user has done, for their detail (hexastore.admin_user_activity).
struct UserActivity {
    qint64 ordersPlaced = 0;   // as a buyer
    qint64 ordersReceived = 0; // as a seller
    qint64 products = 0;       // listed, not archived
    qint64 deliveriesDone = 0;
    qint64 deliveriesInHand = 0;
    qint64 liveSessions = 0;
};
