#pragma once

#include <QDateTime>
#include <QString>

// One login attempt on an account (hexastore.login_events, kept 90 days).
struct LoginEvent {
    enum class Outcome { Ok, PasswordChangeRequired, WrongPassword, Locked, Disabled };
    qint64 id = 0;
    QDateTime at;
    Outcome outcome = Outcome::Ok;
    QString device;

    bool succeeded() const
    {
        return outcome == Outcome::Ok || outcome == Outcome::PasswordChangeRequired;
    }
};
