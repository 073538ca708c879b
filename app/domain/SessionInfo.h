#pragma once

#include <QDateTime>
#include <QString>

// One of the caller's live sessions (hexastore.my_sessions()).
struct SessionInfo {
    qint64 id = 0;
    QString device;
    QDateTime createdAt;
    QDateTime lastRefreshedAt;
    bool current = false;
    bool restricted = false; // after a forced reset: good only for a new password
};
