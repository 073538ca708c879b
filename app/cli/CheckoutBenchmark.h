#pragma once

#include <QStringList>

// hexastore-admin bench checkout: checkout throughput and latency through the
// service layer with concurrent clients, next to pgbench running the same
// place_order SQL in the same run (the database's own limit here).
class CheckoutBenchmark final {
public:
    static int run(const QStringList& arguments);
};
