#pragma once

#include <QStringList>

// hexastore-admin bench dashboard: the whole dashboard (as the demo
// administrator and as a seller, through the client role and row-level
// security) next to the same figures from plain aggregate queries over the
// orders, in the same run, on N historical orders (1,000,000 by default).
class DashboardBenchmark final {
public:
    static int run(const QStringList& arguments);
};
