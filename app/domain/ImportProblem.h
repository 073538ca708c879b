#pragma once

#include <QString>

// A row of an imported file that cannot be taken as it is: where (the line of
// the file and the column's name in its header) and why.
struct ImportProblem {
    int line = 0;
    QString column; // empty: the row as a whole
    QString reason;
};
