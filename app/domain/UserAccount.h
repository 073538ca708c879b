#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

// A row of hexastore.users as the client may see it.
struct UserAccount {
    qint64 id = 0;
    QString email;
    QString fullName;
    Role role = Role::Buyer;
    bool active = true;
    QDateTime createdAt;
    QDateTime lastLoginAt; // null: never logged in
    bool mustChangePassword = false;
};
