#pragma once

#include <QString>

struct Brand {
    qint64 id = 0;
    QString name;
};
