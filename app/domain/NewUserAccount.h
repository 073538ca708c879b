#pragma once

#include <QString>

// An account an administrator created: the one-time password is shown once
// and must be replaced at the first login.
struct NewUserAccount {
    qint64 id = 0;
    QString oneTimePassword;
};
