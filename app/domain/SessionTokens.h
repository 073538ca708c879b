#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

// What login and refresh hand out. The refresh token is the only secret the
// client keeps beyond the process (in the keychain, with "remember me").
struct SessionTokens {
    qint64 userId = 0;
    Role role = Role::Buyer;
    QString accessToken;
    QDateTime accessExpiresAt;
    QString refreshToken;
    QDateTime refreshExpiresAt;
    // An administrator reset the password: the session is good only for
    // change_password until a new one is set.
    bool passwordChangeRequired = false;
};
