#pragma once

#include <QString>

// A node of the category tree (parentId 0 for a root).
struct Category {
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
};
